#include "core/workflow/IntakeService.h"
#include "core/common/Language.h"
#include "core/storage/DossierRepository.h"
#include "tests/support/CatchQt.h"
#include "tests/support/WorkflowFixture.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::dossier;
using namespace motcua::workflow;
using test::count;

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
    // The message is plain in both languages: the field travels in Error::field, never as "field: " in the text.
    const auto language = GENERATE(Language::Vietnamese, Language::English);
    REQUIRE(installTranslations(language));
    const auto result = intake.receive(request);
    installTranslations(Language::Vietnamese);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::InvalidInput);
    const QString field = QString::fromLatin1(c.field);
    CHECK(result.error().field == field);
    const QString& message = result.error().message;
    INFO(message.toStdString());
    REQUIRE_FALSE(message.isEmpty());
    CHECK_FALSE(message.startsWith(field));
    CHECK_FALSE(message.contains(field + QStringLiteral(": ")));
    CHECK_FALSE(message.at(0).isLower());
    CHECK(count(f, QStringLiteral("dossier")) == 0);
    CHECK(count(f, QStringLiteral("code_sequence")) == 0);
}

TEST_CASE("Intake: the supplement request at intake is the only trace", "[workflow][intake]")
{
    test::WorkflowFixture f;
    auto clerk = f.as(QStringLiteral("clerk"));
    auto request = test::WorkflowFixture::bulletinRequest();
    request.documents = {{2, 1}};
    const auto recorded = IntakeService(clerk).recordSupplementRequest(request, {QStringLiteral("Đơn đề nghị")});
    INFO((recorded.ok() ? QString() : recorded.error().message).toStdString());
    REQUIRE(recorded.ok());
    CHECK(count(f, QStringLiteral("intake_supplement")) == 1);
    CHECK(count(f, QStringLiteral("dossier")) == 0);
}

TEST_CASE("Intake: supplement requests at the counter are numbered by year and found again by name or phone",
          "[workflow][intake]")
{
    test::WorkflowFixture f;
    auto clerk = f.as(QStringLiteral("clerk"));
    auto request = test::WorkflowFixture::bulletinRequest();
    request.documents = {{2, 1}};
    const auto first = IntakeService(clerk).recordSupplementRequest(request, {QStringLiteral("Đơn đề nghị")},
                                                                    QStringLiteral("Mang bản chính để đối chiếu"));
    REQUIRE(first.ok());
    CHECK(first->numberText() == QStringLiteral("1/2026"));
    request.applicant.name = QStringLiteral("Trần Văn Bình");
    request.applicant.phone = QStringLiteral("0987 654 321");
    const auto second = IntakeService(clerk).recordSupplementRequest(request, {QStringLiteral("Tờ khai")});
    REQUIRE(second.ok());
    CHECK(second->number == 2);
    // A new year starts again from 1.
    f.db.clock().set(f.at(2027, 1, 4, 8, 0));
    const auto third = IntakeService(clerk).recordSupplementRequest(request, {QStringLiteral("Tờ khai")});
    REQUIRE(third.ok());
    CHECK(third->numberText() == QStringLiteral("1/2027"));
    // Nothing missing: nothing to request.
    CHECK(IntakeService(clerk).recordSupplementRequest(request, {}).error().field == QStringLiteral("documents"));

    const storage::IntakeSupplementRepository requests(f.db.database());
    const auto all = requests.list({});
    REQUIRE(all.ok());
    REQUIRE(all->size() == 3);
    CHECK(all->at(0).numberText() == QStringLiteral("1/2027"));       // newest first
    const auto byName = requests.list(QStringLiteral("huong giang")); // without accents
    REQUIRE(byName.ok());
    REQUIRE(byName->size() == 1);
    CHECK(byName->at(0).guidance == QStringLiteral("Mang bản chính để đối chiếu"));
    CHECK(byName->at(0).missing == QStringList{QStringLiteral("Đơn đề nghị")});
    const auto byPhone = requests.list(QStringLiteral("0987654321"));
    REQUIRE(byPhone.ok());
    CHECK(byPhone->size() == 2);
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
