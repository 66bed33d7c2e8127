#include "core/storage/DossierRepository.h"
#include "core/workflow/DossierDetails.h"
#include "core/workflow/HandoverService.h"
#include "core/workflow/PauseService.h"
#include "tests/support/CatchQt.h"
#include "tests/support/WorkflowFixture.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::dossier;
using namespace motcua::workflow;
using calendar::WorkCalendar;
using test::load;

TEST_CASE("Workflow: pauses move the due moments by the paused working time", "[workflow][pause]")
{
    test::WorkflowFixture f;
    const Dossier received = f.receive();
    const QString code = received.code;
    auto clerk = f.as(QStringLiteral("clerk"));
    auto head = f.as(QStringLiteral("head.bcxb"));
    REQUIRE(HandoverService(clerk).handover(code, {}).ok());

    f.db.clock().set(f.at(2026, 11, 23, 14, 0));
    auto paused = PauseService(head).pause(code, PauseReason::Supplement, QStringLiteral("Thiếu bản sao"));
    REQUIRE(paused.ok());
    CHECK(paused->status == DossierStatus::SupplementRequested);
    CHECK(PauseService(head).pause(code, PauseReason::Other, {}).error().code == ErrorCode::IllegalState);
    CHECK(HandoverService(head).handover(code, {}).error().code == ErrorCode::IllegalState);
    const QDateTime stepDue = paused->steps.last().dueAt;

    // Two pauses kept in history: supplement 14:00 Mon → 10:00 Wed (24/11 is a day off): 210 + 150 minutes.
    f.db.clock().set(f.at(2026, 11, 25, 10, 0));
    auto resumed = PauseService(clerk).resume(code, QStringLiteral("Đã bổ sung"));
    REQUIRE(resumed.ok());
    CHECK(resumed->status == DossierStatus::Processing);
    const auto shifted = [&](const QDateTime& moment, qint64 minutes) {
        return WorkCalendar::toDateTime(f.calendar->addWorkingMinutes(WorkCalendar::stamp(moment), minutes));
    };
    CHECK(resumed->dueAt == shifted(received.dueAt, 360));
    CHECK(resumed->steps.last().dueAt == shifted(stepDue, 360));

    f.db.clock().set(f.at(2026, 11, 25, 13, 30));
    REQUIRE(PauseService(head).pause(code, PauseReason::Financial, {}).ok());
    CHECK(load(f, code).status == DossierStatus::FinancialObligation);
    f.db.clock().set(f.at(2026, 11, 25, 15, 30));
    REQUIRE(PauseService(head).resume(code, {}).ok());
    const Dossier stored = load(f, code);
    CHECK(stored.pauses.size() == 2);
    CHECK(stored.dueAt == shifted(received.dueAt, 480));
    CHECK(PauseService(clerk).resume(code, {}).error().code == ErrorCode::IllegalState);
}

TEST_CASE("Workflow: a procedure set to restart counts its whole limit again after a supplement", "[workflow][pause]")
{
    test::WorkflowFixture f;
    auto request = test::WorkflowFixture::bulletinRequest();
    request.procedureCode = QStringLiteral("1.003868"); // "restart", 15 working days
    request.documents = {{1, 1}, {2, 1}, {3, 1}, {4, 1}};
    const QString code = f.receive(request).code;
    auto clerk = f.as(QStringLiteral("clerk"));
    auto head = f.as(QStringLiteral("head.bcxb"));
    REQUIRE(HandoverService(clerk).handover(code, {}).ok());
    f.db.clock().set(f.at(2026, 11, 26, 9, 0));
    REQUIRE(PauseService(head).pause(code, PauseReason::Supplement, {}).ok());
    f.db.clock().set(f.at(2026, 12, 7, 9, 0));
    auto resumed = PauseService(clerk).resume(code, {});
    REQUIRE(resumed.ok());
    const QDateTime restarted =
        *calendar::DeadlineCalculator(*f.calendar)
             .due(f.at(2026, 12, 7, 9, 0), calendar::TimeLimit::days(15), calendar::CountingRule::WorkingTime);
    CHECK(resumed->dueAt == restarted);

    // "Why this date?" tells the same: the count started again at the resume.
    const auto details = DossierDetails::load(head, code);
    REQUIRE(details.ok());
    CHECK(details->dueExplanation.constLast().contains(restarted.toString(QStringLiteral("dd/MM/yyyy"))));
    CHECK(details->dueExplanation.join(QLatin1Char('\n')).contains(QStringLiteral("yêu cầu bổ sung")));
}
