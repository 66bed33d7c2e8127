#include "core/storage/DossierRepository.h"
#include "core/storage/OpenDossierDeadlines.h"
#include "core/workflow/ClosureService.h"
#include "core/workflow/PauseService.h"
#include "tests/support/CatchQt.h"
#include "tests/support/WorkflowFixture.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::dossier;
using namespace motcua::workflow;
using test::load;

TEST_CASE("Calendar edits report the open dossiers whose due moment they would move", "[workflow][calendar]")
{
    test::WorkflowFixture f;
    auto press = test::WorkflowFixture::bulletinRequest();
    press.procedureCode = QStringLiteral("2.001171"); // 12 working hours: due Wednesday 25/11 14:00
    press.documents = {{1, 1}};
    const Dossier soon = f.receive(press);
    const Dossier later = f.receive(); // 20 working days: due 22/12
    const QString closed = f.receive(press).code;
    auto clerk = f.as(QStringLiteral("clerk"));
    REQUIRE(ClosureService(clerk).withdraw(closed, QStringLiteral("Rút")).ok());

    calendar::CalendarService service(f.db.database(), f.db.clock());
    const storage::OpenDossierDeadlines open(f.db.database());
    REQUIRE(open.openDeadlines()->size() == 2);
    // A day off on Wednesday 25/11 moves both open dossiers by a day; the withdrawn one is not reported.
    const calendar::SetEntry dayOff{
        {QDate(2026, 11, 25), calendar::DayKind::DayOff, QStringLiteral("Nghỉ đột xuất"), {}, true}};
    const auto report = service.preview(dayOff, open);
    REQUIRE(report.ok());
    REQUIRE(report->size() == 2);
    CHECK(report->at(0).code == soon.code);
    CHECK(report->at(0).dueBefore == soon.dueAt);
    CHECK(report->at(0).dueAfter > soon.dueAt);
    CHECK(report->at(1).code == later.code);
    // Stored due moments are never moved by the edit itself.
    REQUIRE(service.apply(dayOff, open).ok());
    CHECK(load(f, soon.code).dueAt == soon.dueAt);
    // A day off after every due moment moves nothing.
    const calendar::SetEntry farAway{{QDate(2027, 3, 3), calendar::DayKind::DayOff, QStringLiteral("x"), {}, true}};
    CHECK(service.preview(farAway, open)->isEmpty());
}
