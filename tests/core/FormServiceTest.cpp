// forms::FormService: what the windows and the command line print, read from storage with only what each form
// prints, with the template in use and the right to print it.
#include "core/forms/FormService.h"
#include "core/forms/FormTemplates.h"
#include "core/forms/FormText.h"
#include "core/storage/CatalogueRepository.h"
#include "core/workflow/ClosureService.h"
#include "core/workflow/ExtensionService.h"
#include "core/workflow/HandoverService.h"
#include "core/workflow/IntakeService.h"
#include "core/workflow/PauseService.h"
#include "tests/support/CatchQt.h"
#include "tests/support/WorkflowFixture.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::forms;

namespace {

FormService service(test::WorkflowFixture& f, const QString& login)
{
    return {f.db.database(), f.db.clock(), f.users.value(login)};
}

// The form's values as printed before the service: from every department and user (workflow::DossierDetails).
FormData fullyLoaded(test::WorkflowFixture& f, FormKind kind, const QString& code)
{
    auto details = workflow::DossierDetails::load(f.as(QStringLiteral("clerk")), code);
    REQUIRE(details.ok());
    auto data = dossierFormData(kind, *details);
    REQUIRE(data.ok());
    return *data;
}

} // namespace

TEST_CASE("Form service: each form of a dossier prints what the fully loaded dossier printed", "[forms][print]")
{
    test::WorkflowFixture f;
    const QString code = f.receive().code;
    const auto check = [&](FormKind kind) {
        INFO(formKey(kind).toStdString());
        auto form = service(f, QStringLiteral("clerk")).dossierForm(kind, code);
        REQUIRE(form.ok());
        CHECK(form->kind == kind);
        CHECK(form->title == formTitle(kind) + QStringLiteral(" – ") + code);
        CHECK(form->code == (kind == FormKind::Receipt || kind == FormKind::ControlSlip ? code : QString()));
        CHECK(form->form.text() == shippedTemplate(kind));
        const FormData full = fullyLoaded(f, kind, code);
        CHECK(form->data.fields == full.fields);
        CHECK(form->data.tables == full.tables);
    };
    check(FormKind::Receipt);
    check(FormKind::ControlSlip);

    auto clerk = f.as(QStringLiteral("clerk"));
    auto head = f.as(QStringLiteral("head.bcxb"));
    auto leader = f.as(QStringLiteral("leader"));
    REQUIRE(workflow::HandoverService(clerk).handover(code, QStringLiteral("Chuyển phòng")).ok());
    f.db.clock().set(f.at(2026, 11, 23, 14, 0));
    REQUIRE(workflow::PauseService(head)
                .pause(code, dossier::PauseReason::Supplement, QStringLiteral("Bản sao giấy phép kinh doanh"))
                .ok());
    f.db.clock().set(f.at(2026, 11, 25, 9, 0));
    REQUIRE(workflow::PauseService(clerk).resume(code, QStringLiteral("Đã bổ sung")).ok());
    const QDateTime due = workflow::DossierDetails::load(clerk, code)->dossier.dueAt;
    REQUIRE(workflow::ExtensionService(leader).extend(code, due.addDays(7), QStringLiteral("Cần xác minh")).ok());
    check(FormKind::ControlSlip);
    check(FormKind::Supplement);
    check(FormKind::Apology);

    auto refusal = service(f, QStringLiteral("clerk")).dossierForm(FormKind::Refusal, code);
    REQUIRE_FALSE(refusal.ok());
    CHECK(refusal.error().code == ErrorCode::IllegalState);
    REQUIRE(workflow::ClosureService(head).refuse(code, QStringLiteral("Không thuộc thẩm quyền")).ok());
    check(FormKind::Refusal);

    auto unknown = service(f, QStringLiteral("clerk")).dossierForm(FormKind::Receipt, QStringLiteral("000-none"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == ErrorCode::NotFound);
    // Anyone signed in prints a dossier's forms, as the dossier window and the command line always allowed.
    CHECK(service(f, QStringLiteral("cv.bcxb")).dossierForm(FormKind::Receipt, code).ok());
}

TEST_CASE("Form service: a form reads only the names it prints", "[forms][print]")
{
    test::WorkflowFixture f;
    const dossier::Dossier received = f.receive();
    auto procedure = storage::CatalogueRepository(f.db.database()).procedureById(received.procedureId);
    REQUIRE(procedure.ok());
    const NamesPrinted receipt = namesPrinted(FormKind::Receipt, received, *procedure);
    CHECK(receipt.users == QSet<qint64>{received.receivedBy});
    CHECK(receipt.departments == QSet<qint64>{procedure->departmentId});

    auto clerk = f.as(QStringLiteral("clerk"));
    REQUIRE(workflow::HandoverService(clerk).handover(received.code, QStringLiteral("Chuyển phòng")).ok());
    const dossier::Dossier handed = workflow::DossierDetails::load(clerk, received.code)->dossier;
    const NamesPrinted slip = namesPrinted(FormKind::ControlSlip, handed, *procedure);
    for (const dossier::StepInstance& step : handed.steps) {
        CHECK(slip.departments.contains(step.departmentId));
    }
    CHECK(slip.users.contains(received.receivedBy));
    CHECK(namesPrinted(FormKind::Receipt, handed, *procedure).departments.size() == 1);
}

TEST_CASE("Form service: the register for those who handle dossiers, Mẫu 02 at the counter for clerks",
          "[forms][print]")
{
    test::WorkflowFixture f;
    const QString code = f.receive().code;

    for (const QString& login :
         {QStringLiteral("clerk"), QStringLiteral("head.bcxb"), QStringLiteral("leader"), QStringLiteral("admin")}) {
        INFO(login.toStdString());
        CHECK(FormService::mayPrintRegister(f.users.value(login)));
        auto book = service(f, login).registerHeading(QDate(2026, 11, 1), QDate(2026, 11, 30));
        REQUIRE(book.ok());
        CHECK(book->title == formTitle(FormKind::Register) + QStringLiteral(" 01/11/2026–30/11/2026"));
        CHECK(book->lines == 1);
        CHECK(book->from == QDate(2026, 11, 1));
        CHECK(book->to == QDate(2026, 11, 30));
        CHECK(book->data.fields.value(QStringLiteral("count")) == QStringLiteral("1"));
        CHECK(book->data.fields.value(QStringLiteral("printed_at")) == QStringLiteral("08:00, ngày 23/11/2026"));
        CHECK(book->data.tables.isEmpty()); // the lines are read page by page as printed
    }
    CHECK_FALSE(FormService::mayPrintRegister(f.users.value(QStringLiteral("cv.bcxb"))));
    auto refused = service(f, QStringLiteral("cv.bcxb")).registerHeading(QDate(2026, 11, 1), QDate(2026, 11, 30));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Forbidden);
    CHECK(refused.error().message.contains(identity::roleName(identity::Role::Head))); // says who may
    auto upsideDown = service(f, QStringLiteral("clerk")).registerHeading(QDate(2026, 11, 30), QDate(2026, 11, 1));
    REQUIRE_FALSE(upsideDown.ok());
    CHECK(upsideDown.error().code == ErrorCode::InvalidInput);

    workflow::ReceiveRequest request = test::WorkflowFixture::bulletinRequest();
    const QStringList missing{QStringLiteral("Sơ yếu lý lịch")};
    auto clerkContext = f.as(QStringLiteral("clerk"));
    const auto recorded = workflow::IntakeService(clerkContext)
                              .recordSupplementRequest(request, missing, QStringLiteral("Mang bản chính"));
    REQUIRE(recorded.ok());
    auto supplement = service(f, QStringLiteral("clerk")).intakeSupplement(recorded->id);
    REQUIRE(supplement.ok());
    CHECK(supplement->kind == FormKind::Supplement);
    CHECK(supplement->title == formTitle(FormKind::Supplement) + QStringLiteral(" – ") + request.applicant.name);
    auto agency = storage::CatalogueRepository(f.db.database()).agency();
    REQUIRE(agency.ok());
    CHECK(supplement->data.fields.value(QStringLiteral("agency_name")) == forms::text::headerName(agency->name));
    CHECK(supplement->data.fields.value(QStringLiteral("applicant_phone")) == request.applicant.phone);
    CHECK(supplement->data.fields.value(QStringLiteral("requested_by")) == QStringLiteral("Cán bộ clerk"));
    CHECK(supplement->data.fields.value(QStringLiteral("requested_at")) == QStringLiteral("08:00, ngày 23/11/2026"));
    CHECK(supplement->data.fields.value(QStringLiteral("supplement_number")) == QStringLiteral("1/2026"));
    CHECK(supplement->data.fields.value(QStringLiteral("reason")) == QStringLiteral("Mang bản chính"));
    REQUIRE(supplement->data.tables.value(QStringLiteral("missing")).size() == 1);
    CHECK(service(f, QStringLiteral("head.bcxb")).intakeSupplement(recorded->id).error().code == ErrorCode::Forbidden);

    // An agency's own template is the one printed.
    QString edited = shippedTemplate(FormKind::Receipt);
    edited.replace(QStringLiteral("NGƯỜI TIẾP NHẬN HỒ SƠ"), QStringLiteral("CÔNG CHỨC TIẾP NHẬN"));
    REQUIRE(FormTemplates(f.db.database(), f.db.clock())
                .load(f.users.value(QStringLiteral("admin")), FormKind::Receipt, edited)
                .ok());
    auto receipt = service(f, QStringLiteral("clerk")).dossierForm(FormKind::Receipt, code);
    REQUIRE(receipt.ok());
    CHECK(receipt->form.text() == edited);
}
