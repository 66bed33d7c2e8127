#include "core/storage/DossierQueries.h"
#include "core/storage/DossierRepository.h"
#include "core/storage/OpenDossierDeadlines.h"
#include "core/workflow/AssignmentService.h"
#include "core/workflow/AvailableActions.h"
#include "core/workflow/ClosureService.h"
#include "core/workflow/DossierDetails.h"
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
using calendar::WorkCalendar;

namespace {

qint64 count(test::WorkflowFixture& f, const QString& table)
{
    QSqlQuery query(f.db.database().connection());
    query.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    query.next();
    return query.value(0).toLongLong();
}

Dossier load(test::WorkflowFixture& f, const QString& code)
{
    return *storage::DossierRepository(f.db.database()).byCode(code);
}

} // namespace

TEST_CASE("Intake: a complete dossier gets its code, register entry, due moment and first step", "[workflow][intake]")
{
    test::WorkflowFixture f;
    const Dossier first = f.receive();
    CHECK(first.code == QStringLiteral("000.00.16.H33-261123-0001"));
    CHECK(first.status == DossierStatus::Accepted);
    CHECK(first.registerBook == QStringLiteral("2026"));
    CHECK(first.registerEntry == 1);
    CHECK(first.receivedAt == f.at(2026, 11, 23, 8, 0));
    const auto expected =
        calendar::DeadlineCalculator(*f.calendar)
            .due(first.receivedAt, calendar::TimeLimit::days(20), calendar::CountingRule::WorkingTime);
    CHECK(first.dueAt == *expected);
    CHECK(first.dueAt == f.at(2026, 12, 22, 8, 0)); // 20 working days, Culture Day 24/11 skipped
    CHECK(first.applicant.phone == QStringLiteral("0912345678"));
    CHECK(first.documents.size() == 4);
    REQUIRE(first.steps.size() == 1);
    CHECK(first.steps[0].dueAt == f.at(2026, 11, 23, 14, 0)); // 4 working hours: 210 min before lunch, 30 after
    CHECK(first.steps[0].assigneeId == f.users.value(QStringLiteral("clerk")).id);
    REQUIRE(first.events.size() == 1);
    CHECK(first.events[0].action == QStringLiteral("receive"));

    const Dossier second = f.receive();
    CHECK(second.code == QStringLiteral("000.00.16.H33-261123-0002"));
    CHECK(second.registerEntry == 2);
    f.db.clock().set(f.at(2026, 11, 25, 9, 0));
    CHECK(f.receive().code == QStringLiteral("000.00.16.H33-261125-0001"));
}

TEST_CASE("Intake: incomplete or invalid dossiers are refused and nothing is stored", "[workflow][intake]")
{
    test::WorkflowFixture f;
    auto clerk = f.as(QStringLiteral("clerk"));
    IntakeService intake(clerk);

    auto missing = test::WorkflowFixture::bulletinRequest();
    missing.documents = {{2, 1}};
    const auto refused = intake.receive(missing);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("documents"));
    CHECK(refused.error().message.contains(QStringLiteral("Tờ khai đề nghị cấp giấy phép xuất bản bản tin")));
    CHECK(refused.error().message.contains(QStringLiteral("Sơ yếu lý lịch")));

    struct Case {
        const char* field;
        std::function<void(ReceiveRequest&)> spoil;
    };
    const auto c = GENERATE(Case{"applicant.name",
                                 [](ReceiveRequest& r) {
                                     r.applicant.name.clear();
                                 }},
                            Case{"applicant.address",
                                 [](ReceiveRequest& r) {
                                     r.applicant.address = QStringLiteral("  ");
                                 }},
                            Case{"applicant.identity_number",
                                 [](ReceiveRequest& r) {
                                     r.applicant.identityNumber = QStringLiteral("12345");
                                 }},
                            Case{"applicant.identity_number",
                                 [](ReceiveRequest& r) {
                                     r.applicant.birthDate = QDate(1991, 1, 1);
                                 }},
                            Case{"applicant.phone",
                                 [](ReceiveRequest& r) {
                                     r.applicant.phone = QStringLiteral("0123");
                                 }},
                            Case{"applicant.email",
                                 [](ReceiveRequest& r) {
                                     r.applicant.email = QStringLiteral("a@b");
                                 }},
                            Case{"applicant.tax_code",
                                 [](ReceiveRequest& r) {
                                     r.applicant.kind = Applicant::Kind::Organisation;
                                     r.applicant.taxCode = QStringLiteral("0100109107");
                                     r.applicant.representative = QStringLiteral("Trần Văn Nam");
                                 }},
                            Case{"applicant.representative",
                                 [](ReceiveRequest& r) {
                                     r.applicant.kind = Applicant::Kind::Organisation;
                                     r.applicant.taxCode = QStringLiteral("0100109106");
                                 }},
                            Case{"procedure",
                                 [](ReceiveRequest& r) {
                                     r.procedureCode = QStringLiteral("9.999999");
                                 }},
                            Case{"documents",
                                 [](ReceiveRequest& r) {
                                     r.documents.append({9, 1});
                                 }},
                            Case{"sets",
                                 [](ReceiveRequest& r) {
                                     r.sets = 0;
                                 }},
                            Case{"fee_paid", [](ReceiveRequest& r) {
                                     r.feePaid = -1;
                                 }});
    auto request = test::WorkflowFixture::bulletinRequest();
    c.spoil(request);
    const auto result = intake.receive(request);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::InvalidInput);
    CHECK(result.error().field == QString::fromLatin1(c.field));
    CHECK(count(f, QStringLiteral("dossier")) == 0);
    CHECK(count(f, QStringLiteral("code_sequence")) == 0);
}

TEST_CASE("Intake: the supplement request at intake is the only trace", "[workflow][intake]")
{
    test::WorkflowFixture f;
    auto clerk = f.as(QStringLiteral("clerk"));
    auto request = test::WorkflowFixture::bulletinRequest();
    request.documents = {{2, 1}};
    REQUIRE(IntakeService(clerk).recordSupplementRequest(request, {QStringLiteral("Đơn đề nghị")}).ok());
    CHECK(count(f, QStringLiteral("intake_supplement")) == 1);
    CHECK(count(f, QStringLiteral("dossier")) == 0);
}

TEST_CASE("Intake: roles and back-dated entry", "[workflow][intake][roles]")
{
    test::WorkflowFixture f;
    auto specialist = f.as(QStringLiteral("cv.bcxb"));
    CHECK(IntakeService(specialist).receive(test::WorkflowFixture::bulletinRequest()).error().code ==
          ErrorCode::Forbidden);

    auto request = test::WorkflowFixture::bulletinRequest();
    request.receivedAt = f.at(2025, 6, 30, 9, 0);
    auto clerk = f.as(QStringLiteral("clerk"));
    CHECK(IntakeService(clerk).receive(request).error().code == ErrorCode::Forbidden);
    auto clerkAdmin = f.as(QStringLiteral("clerk.admin"));
    const auto old = IntakeService(clerkAdmin).receive(request);
    REQUIRE(old.ok());
    CHECK(old->code == QStringLiteral("000.00.16.H33-250630-0001"));
    CHECK(old->registerBook == QStringLiteral("2025"));

    request.receivedAt = f.at(2026, 11, 24, 9, 0); // tomorrow
    CHECK(IntakeService(clerkAdmin).receive(request).error().field == QStringLiteral("received_at"));
}

TEST_CASE("Workflow: a dossier pins the process version in force at receipt", "[workflow][versions]")
{
    test::WorkflowFixture f;
    auto clerkAdmin = f.as(QStringLiteral("clerk.admin"));
    auto request = test::WorkflowFixture::bulletinRequest();
    request.receivedAt = f.at(2025, 6, 30, 9, 0);
    const Dossier before = *IntakeService(clerkAdmin).receive(request);
    request.receivedAt = f.at(2025, 7, 1, 9, 0);
    const Dossier after = *IntakeService(clerkAdmin).receive(request);

    storage::CatalogueRepository catalogue(f.db.database());
    const catalogue::Procedure procedure = *catalogue.procedure(QStringLiteral("1.009374"));
    REQUIRE(procedure.processes.size() == 2);
    CHECK(before.processId == procedure.processes[0].id);
    CHECK(after.processId == procedure.processes[1].id);

    // A new issue does not move received dossiers; changing an issue in use is refused, nothing changes.
    catalogue::Catalogue edited = catalogue::CatalogueJson::shipped();
    for (catalogue::Procedure& p : edited.procedures) {
        if (p.code == QStringLiteral("1.009374")) {
            catalogue::ProcessVersion third = p.processes.last();
            third.issue = 3;
            third.issuedOn = QDate(2026, 1, 1);
            third.changeNote = QStringLiteral("Lần 3");
            p.processes.append(third);
        }
    }
    REQUIRE(catalogue.import(edited).ok());
    CHECK(load(f, before.code).processId == before.processId);
    CHECK(load(f, after.code).processId == after.processId);
    CHECK(catalogue.procedure(QStringLiteral("1.009374"))->processes.size() == 3);

    for (catalogue::Procedure& p : edited.procedures) {
        if (p.code == QStringLiteral("1.009374")) {
            p.processes[0].steps[2].content = QStringLiteral("Nội dung đã sửa");
        }
    }
    const Status changed = catalogue.import(edited);
    REQUIRE_FALSE(changed.ok());
    CHECK(changed.error().field == QStringLiteral("procedures[0].processes[0]"));
    CHECK(catalogue.procedure(QStringLiteral("1.009374"))->processes[0].steps[2].content !=
          QStringLiteral("Nội dung đã sửa"));
}

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

TEST_CASE("Workflow: a catalogue edit does not change the terms of dossiers already received", "[workflow][versions]")
{
    test::WorkflowFixture f;
    auto request = test::WorkflowFixture::bulletinRequest();
    request.procedureCode = QStringLiteral("1.003868"); // restart, 15 working days
    const QString code = f.receive(request).code;
    catalogue::Catalogue edited = catalogue::CatalogueJson::shipped();
    for (catalogue::Procedure& procedure : edited.procedures) {
        if (procedure.code == QStringLiteral("1.003868")) {
            procedure.limit = calendar::TimeLimit::days(30);
        }
    }
    REQUIRE(storage::CatalogueRepository(f.db.database()).import(edited).ok());
    auto clerk = f.as(QStringLiteral("clerk"));
    auto head = f.as(QStringLiteral("head.bcxb"));
    REQUIRE(HandoverService(clerk).handover(code, {}).ok());
    REQUIRE(PauseService(head).pause(code, PauseReason::Supplement, {}).ok());
    f.db.clock().set(f.at(2026, 12, 7, 9, 0));
    auto resumed = PauseService(clerk).resume(code, {});
    REQUIRE(resumed.ok());
    CHECK(resumed->limit.amount == 15);
    CHECK(resumed->dueAt ==
          *calendar::DeadlineCalculator(*f.calendar)
               .due(f.at(2026, 12, 7, 9, 0), calendar::TimeLimit::days(15), calendar::CountingRule::WorkingTime));
}

TEST_CASE("Workflow: extension with apology, by a leader only", "[workflow][extend]")
{
    test::WorkflowFixture f;
    const Dossier received = f.receive();
    auto head = f.as(QStringLiteral("head.bcxb"));
    auto leader = f.as(QStringLiteral("leader"));
    const QDateTime later = received.dueAt.addDays(7);
    CHECK(ExtensionService(head).extend(received.code, later, QStringLiteral("Cần xác minh")).error().code ==
          ErrorCode::Forbidden);
    CHECK(
        ExtensionService(leader).extend(received.code, received.dueAt.addDays(-1), QStringLiteral("x")).error().field ==
        QStringLiteral("new_due"));
    CHECK(ExtensionService(leader).extend(received.code, later, QStringLiteral(" ")).error().field ==
          QStringLiteral("reason"));
    auto extended = ExtensionService(leader).extend(received.code, later, QStringLiteral("Cần xác minh thêm"));
    REQUIRE(extended.ok());
    CHECK(extended->dueAt == later);
    CHECK(extended->legalDueAt == received.dueAt);
    REQUIRE(extended->extensions.size() == 1);
    CHECK(extended->extensions[0].oldDueAt == received.dueAt);
    CHECK(extended->extensions[0].apologyBy == f.users.value(QStringLiteral("leader")).id);

    // Not while the clock is stopped: resuming would push the promised date back again.
    auto clerk = f.as(QStringLiteral("clerk"));
    REQUIRE(HandoverService(clerk).handover(received.code, {}).ok());
    REQUIRE(PauseService(head).pause(received.code, PauseReason::Supplement, {}).ok());
    CHECK(ExtensionService(leader).extend(received.code, later.addDays(7), QStringLiteral("x")).error().code ==
          ErrorCode::IllegalState);
}

TEST_CASE("Workflow: refuse, stop and withdraw, each by its role", "[workflow][closure]")
{
    test::WorkflowFixture f;
    auto clerk = f.as(QStringLiteral("clerk"));
    auto head = f.as(QStringLiteral("head.bcxb"));
    auto specialist = f.as(QStringLiteral("cv.bcxb"));
    auto leader = f.as(QStringLiteral("leader"));

    const QString refused = f.receive().code;
    CHECK(ClosureService(specialist).refuse(refused, QStringLiteral("x")).error().code == ErrorCode::Forbidden);
    auto otherHead = f.as(QStringLiteral("head.bcvt")); // head of another department
    CHECK(ClosureService(otherHead).refuse(refused, QStringLiteral("x")).error().code == ErrorCode::Forbidden);
    CHECK(ClosureService(head).refuse(refused, QString()).error().field == QStringLiteral("reason"));
    CHECK(ClosureService(head).refuse(refused, QStringLiteral("Không thuộc thẩm quyền"))->status ==
          DossierStatus::Refused);

    const QString stopped = f.receive().code;
    CHECK(ClosureService(head).stop(stopped, QStringLiteral("x")).error().code == ErrorCode::Forbidden);
    CHECK(ClosureService(leader).stop(stopped, QStringLiteral("Theo đề nghị"))->status == DossierStatus::Stopped);

    const QString withdrawn = f.receive().code;
    CHECK(ClosureService(head).withdraw(withdrawn, QStringLiteral("x")).error().code == ErrorCode::Forbidden);
    const auto done = ClosureService(clerk).withdraw(withdrawn, QStringLiteral("Người nộp xin rút"));
    REQUIRE(done.ok());
    CHECK(done->status == DossierStatus::Withdrawn);
    CHECK(done->steps.last().finishedAt.isValid());
    CHECK(ClosureService(leader).stop(withdrawn, QStringLiteral("x")).error().code == ErrorCode::IllegalState);
}

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

TEST_CASE("Queries: worklists filter in SQL", "[workflow][queries]")
{
    test::WorkflowFixture f;
    const QString first = f.receive().code;
    auto other = test::WorkflowFixture::bulletinRequest();
    other.applicant.name = QStringLiteral("Trần Văn Đức");
    other.applicant.identityNumber = QStringLiteral("091085012345");
    other.applicant.birthDate = QDate(1985, 3, 3);
    const QString second = f.receive(other).code;
    auto clerk = f.as(QStringLiteral("clerk"));
    REQUIRE(HandoverService(clerk).handover(second, {}).ok());

    storage::DossierQueries queries(f.db.database());
    storage::DossierFilter filter;
    filter.search = QStringLiteral("tran van duc");
    CHECK(queries.list(filter)->size() == 1);
    filter.search = QStringLiteral("0912345678");
    CHECK(queries.count(filter).value() == 2);
    filter = {};
    filter.departmentCode = QStringLiteral("BCXB");
    REQUIRE(queries.list(filter)->size() == 1);
    CHECK(queries.list(filter)->at(0).code == second);
    filter = {};
    filter.statuses = {DossierStatus::Accepted};
    CHECK(queries.list(filter)->at(0).code == first);
    filter = {};
    filter.overdueAt = f.at(2026, 12, 22, 9, 0);
    CHECK(queries.count(filter).value() == 2);
    filter.overdueAt = f.at(2026, 12, 22, 8, 0);
    CHECK(queries.count(filter).value() == 0);
}

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

namespace {

// Runs `action` as `login` on the dossier and rolls everything back: does the service accept it?
bool serviceAccepts(test::WorkflowFixture& f, const QString& login, const QString& code, Action action)
{
    auto context = f.as(login);
    const Dossier dossier = load(f, code);
    bool accepted = false;
    const Status rolledBack = f.db.database().transaction([&]() -> Status {
        Result<Dossier> result = Error::invalid(QStringLiteral("action"), QStringLiteral("none"));
        switch (action) {
        case Action::Assign: {
            const auto details = DossierDetails::load(context, code);
            const catalogue::ProcessStep& step = details->process.steps.at(dossier.currentStep - 1);
            QString assignee;
            for (const identity::User& user : std::as_const(f.users)) {
                if (user.departmentId == step.departmentId && user.has(step.role)) {
                    assignee = user.login;
                }
            }
            result = AssignmentService(context).assign(code, assignee);
            break;
        }
        case Action::Handover:
            result = HandoverService(context).handover(code, {});
            break;
        case Action::Ready:
            result = HandoverService(context).markResultReady(code, {});
            break;
        case Action::Pause:
            result = PauseService(context).pause(code, PauseReason::Supplement, {});
            break;
        case Action::Resume:
            result = PauseService(context).resume(code, {});
            break;
        case Action::Extend:
            result = ExtensionService(context).extend(code, dossier.dueAt.addDays(7), QStringLiteral("Xác minh"));
            break;
        case Action::Refuse:
            result = ClosureService(context).refuse(code, QStringLiteral("x"));
            break;
        case Action::Stop:
            result = ClosureService(context).stop(code, QStringLiteral("x"));
            break;
        case Action::Withdraw:
            result = ClosureService(context).withdraw(code, QStringLiteral("x"));
            break;
        case Action::Return:
            result = ClosureService(context).returnResult(code, {});
            break;
        }
        accepted = result.ok();
        return Error::storage(QStringLiteral("roll back"));
    });
    REQUIRE_FALSE(rolledBack.ok());
    return accepted;
}

} // namespace

TEST_CASE("Available actions are exactly those the services accept", "[workflow][actions]")
{
    test::WorkflowFixture f;
    auto clerk = f.as(QStringLiteral("clerk"));
    auto head = f.as(QStringLiteral("head.bcxb"));
    auto specialist = f.as(QStringLiteral("cv.bcxb"));
    auto leader = f.as(QStringLiteral("leader"));
    // Dossiers in several states: at the desk, at the head, assigned to a specialist, paused, at the leader,
    // result ready.
    QStringList codes;
    for (int i = 0; i < 6; ++i) {
        codes << f.receive().code;
    }
    for (int i = 1; i < 6; ++i) {
        REQUIRE(HandoverService(clerk).handover(codes[i], {}).ok());
    }
    for (int i = 2; i < 6; ++i) {
        REQUIRE(HandoverService(head).handover(codes[i], {}, QStringLiteral("cv.bcxb")).ok());
    }
    REQUIRE(PauseService(specialist).pause(codes[3], PauseReason::Supplement, {}).ok());
    for (int i = 4; i < 6; ++i) {
        REQUIRE(HandoverService(specialist).handover(codes[i], {}).ok());
        REQUIRE(HandoverService(head).handover(codes[i], {}).ok());
    }
    REQUIRE(HandoverService(leader).markResultReady(codes[5], {}).ok());

    const QList<Action> all{Action::Assign, Action::Handover, Action::Ready, Action::Pause,    Action::Resume,
                            Action::Extend, Action::Refuse,   Action::Stop,  Action::Withdraw, Action::Return};
    int available = 0;
    for (const QString& code : codes) {
        for (const QString& login : f.users.keys()) {
            auto context = f.as(login);
            const auto details = DossierDetails::load(context, code);
            REQUIRE(details.ok());
            const DossierInWork work{details->dossier, details->procedure, details->process};
            const QList<Action> actions = availableActions(context, work);
            available += static_cast<int>(actions.size());
            for (Action action : all) {
                INFO(code.toStdString() << " as " << login.toStdString() << ": " << actionKey(action).toStdString());
                CHECK(actions.contains(action) == serviceAccepts(f, login, code, action));
            }
        }
    }
    CHECK(available > 20);
}
