#include "core/storage/DossierRepository.h"
#include "core/workflow/AssignmentService.h"
#include "core/workflow/ClosureService.h"
#include "core/workflow/HandoverService.h"
#include "core/workflow/PauseService.h"
#include "tests/support/CatchQt.h"
#include "tests/support/WorkflowFixture.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::dossier;
using namespace motcua::workflow;
using test::load;

TEST_CASE("Workflow: the whole life of a dossier, step by step, by the right people", "[workflow][lifecycle]")
{
    test::WorkflowFixture f;
    const QString code = f.receive().code;

    auto clerk = f.as(QStringLiteral("clerk"));
    auto head = f.as(QStringLiteral("head.bcxb"));
    auto specialist = f.as(QStringLiteral("cv.bcxb"));
    auto otherSpecialist = f.as(QStringLiteral("cv2.bcxb"));
    auto otherHead = f.as(QStringLiteral("head.bcvt"));
    auto leader = f.as(QStringLiteral("leader"));

    // B1 → B2: the desk hands over to the head of the press department.
    CHECK(HandoverService(head).handover(code, {}).error().code == ErrorCode::Forbidden);
    f.db.clock().set(f.at(2026, 11, 23, 10, 0));
    auto step2 = HandoverService(clerk).handover(code, QStringLiteral("Chuyển phòng BCXB"));
    REQUIRE(step2.ok());
    CHECK(step2->status == DossierStatus::Processing);
    CHECK(step2->currentStep == 2);
    CHECK(step2->steps[0].outcome == QStringLiteral("on-time")); // due 14:00, finished 10:00 the same day
    CHECK(step2->departmentId == f.departmentIds.value(QStringLiteral("BCXB")));

    // B2: only the head of BCXB assigns, and only to a specialist of BCXB.
    CHECK(AssignmentService(otherHead).assign(code, QStringLiteral("cv.bcxb")).error().code == ErrorCode::Forbidden);
    CHECK(AssignmentService(head).assign(code, QStringLiteral("head.bcvt")).error().field ==
          QStringLiteral("assignee"));
    f.db.clock().set(f.at(2026, 11, 23, 11, 0));
    REQUIRE(HandoverService(head).handover(code, {}, QStringLiteral("cv.bcxb")).ok());

    // B3: the assigned specialist only (another specialist may not).
    CHECK(HandoverService(otherSpecialist).handover(code, {}).error().code == ErrorCode::Forbidden);
    CHECK(HandoverService(clerk).handover(code, {}).error().code == ErrorCode::Forbidden);
    f.db.clock().set(f.at(2026, 12, 1, 9, 0));
    auto step4 = HandoverService(specialist).handover(code, QStringLiteral("Đủ điều kiện"));
    REQUIRE(step4.ok());
    CHECK(step4->currentStep == 4);

    // B4 head → B5 leader; the result is not ready before the step before the return.
    CHECK(ClosureService(clerk).returnResult(code, {}).error().code == ErrorCode::IllegalState);
    REQUIRE(HandoverService(head).handover(code, {}).ok());
    CHECK(HandoverService(clerk).handover(code, {}).error().code == ErrorCode::Forbidden);

    // B5 → B6: handing over into the return step makes the result ready, with its timeliness.
    f.db.clock().set(f.at(2026, 12, 2, 15, 0));
    auto ready = HandoverService(leader).markResultReady(code, QStringLiteral("Đã ký giấy phép"));
    REQUIRE(ready.ok());
    CHECK(ready->status == DossierStatus::ResultReady);
    CHECK(ready->currentStep == 6);
    CHECK(ready->outcome == QStringLiteral("early"));
    CHECK(HandoverService(leader).markResultReady(code, {}).error().code == ErrorCode::IllegalState);
    CHECK(PauseService(clerk).pause(code, PauseReason::Supplement, {}).error().code == ErrorCode::IllegalState);

    // B6: the desk returns the result; the dossier is closed for good.
    CHECK(ClosureService(leader).returnResult(code, {}).error().code == ErrorCode::Forbidden);
    f.db.clock().set(f.at(2026, 12, 3, 8, 0));
    auto returned = ClosureService(clerk).returnResult(code, QStringLiteral("Trả trực tiếp"));
    REQUIRE(returned.ok());
    CHECK(returned->status == DossierStatus::Returned);
    CHECK(returned->returnedAt == f.at(2026, 12, 3, 8, 0));
    CHECK(HandoverService(clerk).handover(code, {}).error().code == ErrorCode::IllegalState);
    CHECK(ClosureService(clerk).withdraw(code, QStringLiteral("x")).error().code == ErrorCode::IllegalState);

    const Dossier stored = load(f, code);
    QStringList actions;
    for (const Event& event : stored.events) {
        actions << event.action;
    }
    CHECK(actions == QStringList{QStringLiteral("receive"), QStringLiteral("handover"), QStringLiteral("handover"),
                                 QStringLiteral("handover"), QStringLiteral("handover"), QStringLiteral("ready"),
                                 QStringLiteral("return")});
    CHECK(stored.steps.size() == 6);
    for (const StepInstance& step : stored.steps) {
        CHECK(step.finishedAt.isValid());
        CHECK_FALSE(step.outcome.isEmpty());
    }
}
