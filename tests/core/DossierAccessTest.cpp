#include "core/storage/DossierRepository.h"
#include "core/workflow/ExtensionService.h"
#include "core/workflow/HandoverService.h"
#include "core/workflow/PauseService.h"
#include "tests/support/CatchQt.h"
#include "tests/support/WorkflowFixture.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace motcua;
using namespace motcua::dossier;
using namespace motcua::workflow;
using test::count;
using test::load;

TEST_CASE("Workflow: a change based on a stale version is refused", "[workflow][concurrency]")
{
    test::WorkflowFixture f;
    const Dossier received = f.receive();
    auto clerk = f.as(QStringLiteral("clerk"));
    auto leader = f.as(QStringLiteral("leader"));
    // Two people opened version 1; the first extends, the second's hand-over must not overwrite it.
    REQUIRE(ExtensionService(leader).extend(received.code, received.dueAt.addDays(3), QStringLiteral("x"), 1).ok());
    const auto stale = HandoverService(clerk).handover(received.code, {}, {}, 1);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::Conflict);
    const Dossier stored = load(f, received.code);
    CHECK(stored.currentStep == 1);
    CHECK(stored.version == 2);
    CHECK(HandoverService(clerk).handover(received.code, {}, {}, 2).ok());
}

TEST_CASE("Workflow: the event log is append-only", "[workflow][events]")
{
    test::WorkflowFixture f;
    f.receive();
    QSqlQuery query(f.db.database().connection());
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE dossier_event SET action = 'x'")));
    CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM dossier_event")));
    CHECK(count(f, QStringLiteral("dossier_event")) == 1);
}
