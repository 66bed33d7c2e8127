#include "core/workflow/HandoverService.h"
#include "core/dossier/EventText.h"
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
    const auto toSpecialist = HandoverService(head).handover(code, {}, QStringLiteral("cv.bcxb"));
    REQUIRE(toSpecialist.ok());
    // The history names the person handed to, as the assignment does, not their login.
    CHECK(dossier::eventDetails(toSpecialist->events.constLast().details)
              .contains(QStringLiteral("Đến: Cán bộ cv.bcxb")));

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

TEST_CASE("Assignment: at the head's assignment step the chosen specialist gets the next step, with the note",
          "[workflow][assign]")
{
    test::WorkflowFixture f;
    auto clerk = f.as(QStringLiteral("clerk"));
    auto head = f.as(QStringLiteral("head.bcxb"));
    const QString code = f.receive().code;
    REQUIRE(HandoverService(clerk).handover(code, {}).ok()); // B2: the head assigns a specialist
    f.db.clock().set(f.at(2026, 11, 23, 10, 0));
    // The head's own step offers the specialists of B3, not the head.
    CHECK(AssignmentService(head).assign(code, QStringLiteral("head.bcxb")).error().field ==
          QStringLiteral("assignee"));
    auto assigned =
        AssignmentService(head).assign(code, QStringLiteral("cv.bcxb"), QStringLiteral("Xử lý gấp, đã quá hạn"));
    REQUIRE(assigned.ok());
    CHECK(assigned->currentStep == 3);
    CHECK(assigned->assigneeId == f.users.value(QStringLiteral("cv.bcxb")).id);
    REQUIRE(assigned->steps.size() == 3);
    CHECK(assigned->steps.at(1).finishedAt == f.at(2026, 11, 23, 10, 0));
    CHECK(assigned->steps.at(1).note == QStringLiteral("Xử lý gấp, đã quá hạn"));
    CHECK(assigned->steps.at(2).assigneeId == assigned->assigneeId);
    const QString history = dossier::eventDetails(assigned->events.constLast().details);
    CHECK(history.contains(QStringLiteral("Bước 2 → 3")));
    CHECK(history.contains(QStringLiteral("Đến: Cán bộ cv.bcxb")));
    CHECK(history.contains(QStringLiteral("Ghi chú: Xử lý gấp, đã quá hạn")));

    // At the specialist's own step the head reassigns it to another specialist; the note is kept as well.
    auto reassigned =
        AssignmentService(head).assign(code, QStringLiteral("cv2.bcxb"), QStringLiteral("Anh An nghỉ phép"));
    REQUIRE(reassigned.ok());
    CHECK(reassigned->currentStep == 3);
    CHECK(reassigned->assigneeId == f.users.value(QStringLiteral("cv2.bcxb")).id);
    CHECK(dossier::eventDetails(reassigned->events.constLast().details)
              .contains(QStringLiteral("Ghi chú: Anh An nghỉ phép")));
}
