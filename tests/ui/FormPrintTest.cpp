// The printed forms as paper: each rendered to PDF, its text read back with poppler's pdftotext, its page size
// with pdfinfo, and the barcode and QR code scanned from the rendered page with zbar's zbarimg.
#include "core/forms/FormService.h"
#include "core/forms/FormTemplates.h"
#include "core/forms/FormText.h"
#include "core/workflow/ClosureService.h"
#include "core/workflow/ExtensionService.h"
#include "core/workflow/HandoverService.h"
#include "core/workflow/PauseService.h"
#include "print/BarcodeImage.h"
#include "print/FormDocument.h"
#include "tests/support/CatchQt.h"
#include "tests/support/PdfTools.h"
#include "tests/support/WorkflowFixture.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>
#include <QTextDocument>

using namespace motcua;
using forms::FormKind;

namespace {

const QString kLongName = QStringLiteral("Nguyễn Hoàng Thị Phương Thảo Quỳnh Như Ngọc Diễm Khuê");
const QString kLongAddress = QStringLiteral("Số 1234/56/78, đường Nguyễn Trung Trực nối dài, khu phố Phước Lộc, "
                                            "phường Vĩnh Quang, thành phố Rạch Giá, tỉnh Kiên Giang");

using test::PdfInfo;
using test::pdfInfo;
using test::pdfText;

QString run(const QString& program, const QStringList& arguments)
{
    return test::runTool(program, arguments);
}

// What zbarimg reads on the first page, rendered at 300 dpi as a scanner or camera would see it.
QStringList scanFirstPage(const QString& pdf, const QString& folder)
{
    const QString prefix = folder + QStringLiteral("/page");
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-png"), QStringLiteral("-f"), QStringLiteral("1"),
         QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, prefix});
    const QString output = run(QStringLiteral("zbarimg"), {QStringLiteral("-q"), prefix + QStringLiteral(".png")});
    QStringList symbols = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    symbols.sort();
    return symbols;
}

struct Printed {
    QString text;
    PdfInfo info;
    QString path;
};

// A form as the windows and the command line print it: prepared by the service as the clerk, then built.
Result<print::FormDocument> build(const Result<forms::PrintableForm>& form)
{
    return form ? print::FormDocument::build(*form) : Result<print::FormDocument>(form.error());
}

forms::FormService service(test::WorkflowFixture& f)
{
    return {f.db.database(), f.db.clock(), f.users.value(QStringLiteral("clerk"))};
}

Result<print::FormDocument> dossierForm(test::WorkflowFixture& f, FormKind kind, const QString& code)
{
    return build(service(f).dossierForm(kind, code));
}

Printed printed(const Result<print::FormDocument>& document, const QTemporaryDir& folder)
{
    INFO((document ? QString() : document.error().message).toStdString());
    REQUIRE(document.ok());
    const QString path = folder.filePath(forms::formKey(document->kind()) + QStringLiteral(".pdf"));
    REQUIRE(document->writePdf(path).ok());
    return {pdfText(path), pdfInfo(path), path};
}

workflow::DossierDetails details(test::WorkflowFixture& f, const QString& code)
{
    auto loaded = workflow::DossierDetails::load(f.as(QStringLiteral("clerk")), code);
    REQUIRE(loaded.ok());
    return *loaded;
}

workflow::ReceiveRequest longRequest()
{
    workflow::ReceiveRequest request = test::WorkflowFixture::bulletinRequest();
    request.applicant.name = kLongName;
    request.applicant.address = kLongAddress;
    return request;
}

} // namespace

TEST_CASE("Printed forms: each form as PDF holds the dossier's code, applicant, procedure, moments and papers",
          "[print]")
{
    test::WorkflowFixture f;
    QTemporaryDir folder;
    const dossier::Dossier received = f.receive(longRequest());
    const QString code = received.code;
    const workflow::DossierDetails atReceipt = details(f, code);
    const QString receivedAt = QStringLiteral("08:00, ngày 23/11/2026");
    const QString dueAt = forms::text::moment(received.dueAt);

    SECTION("Mẫu 01: two copies on A5, every document received")
    {
        const Printed receipt = printed(dossierForm(f, FormKind::Receipt, code), folder);
        CHECK(receipt.info.pages == 2);
        CHECK(receipt.info.size.contains(QStringLiteral("(A5)")));
        for (const QString& expected :
             {code, kLongName, kLongAddress, atReceipt.procedure.name, receivedAt, dueAt,
              QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), QStringLiteral("Độc lập - Tự do - Hạnh phúc"),
              atReceipt.agency.name, QStringLiteral("Rạch Giá, ngày 23 tháng 11 năm 2026"),
              QStringLiteral("20 ngày làm việc")}) {
            INFO(expected.toStdString());
            CHECK(receipt.text.count(expected) >= 2); // on both copies
        }
        CHECK(receipt.text.count(QStringLiteral("Liên 1: Lưu")) == 1);
        CHECK(receipt.text.count(QStringLiteral("Liên 2: Giao người nộp")) == 1);
        CHECK(receipt.text.indexOf(QStringLiteral("Liên 1: Lưu")) < receipt.text.indexOf(QStringLiteral("Liên 2")));
        for (const dossier::ReceivedDocument& document : received.documents) {
            INFO(document.name.toStdString());
            CHECK(receipt.text.contains(document.name));
        }
        CHECK(scanFirstPage(receipt.path, folder.path()) ==
              QStringList{QStringLiteral("CODE-128:") + code, QStringLiteral("QR-Code:") + code});
    }

    auto clerk = f.as(QStringLiteral("clerk"));
    auto head = f.as(QStringLiteral("head.bcxb"));
    REQUIRE(workflow::HandoverService(clerk).handover(code, QStringLiteral("Chuyển phòng chuyên môn")).ok());
    f.db.clock().set(f.at(2026, 11, 23, 14, 0));
    REQUIRE(workflow::PauseService(head)
                .pause(code, dossier::PauseReason::Supplement, QStringLiteral("Bản sao có chứng thực giấy phép"))
                .ok());
    f.db.clock().set(f.at(2026, 11, 25, 9, 0));
    REQUIRE(workflow::PauseService(clerk).resume(code, QStringLiteral("Đã bổ sung")).ok());
    const QDateTime oldDue = details(f, code).dossier.dueAt;
    const QDateTime newDue = oldDue.addDays(7);
    auto leader = f.as(QStringLiteral("leader"));
    REQUIRE(workflow::ExtensionService(leader)
                .extend(code, newDue, QStringLiteral("Cần xác minh thêm với cơ quan liên quan"))
                .ok());

    SECTION("Mẫu 02, 04, 06 during processing")
    {
        const workflow::DossierDetails now = details(f, code);
        const Printed supplement = printed(dossierForm(f, FormKind::Supplement, code), folder);
        CHECK(supplement.info.size.contains(QStringLiteral("(A5)")));
        for (const QString& expected :
             {code, kLongName, now.procedure.name, QStringLiteral("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"),
              QStringLiteral("Bản sao có chứng thực giấy phép")}) {
            INFO(expected.toStdString());
            CHECK(supplement.text.contains(expected));
        }

        const Printed apology = printed(dossierForm(f, FormKind::Apology, code), folder);
        for (const QString& expected :
             {code, kLongName, now.procedure.name, QStringLiteral("23/11/2026"), forms::text::moment(oldDue),
              forms::text::moment(newDue), QStringLiteral("Cần xác minh thêm với cơ quan liên quan")}) {
            INFO(expected.toStdString());
            CHECK(apology.text.contains(expected));
        }

        const Printed slip = printed(dossierForm(f, FormKind::ControlSlip, code), folder);
        CHECK(slip.info.size.contains(QStringLiteral("(A5)")));
        for (const QString& expected :
             {code, kLongName, now.procedure.name, receivedAt, forms::text::moment(newDue),
              QStringLiteral("PHIẾU KIỂM SOÁT QUÁ TRÌNH"), QStringLiteral("Giao: Bộ phận Một cửa"),
              QStringLiteral("Chuyển phòng chuyên môn"), now.departmentName(now.dossier.steps.at(1).departmentId)}) {
            INFO(expected.toStdString());
            CHECK(slip.text.contains(expected));
        }
        CHECK(scanFirstPage(slip.path, folder.path()) ==
              QStringList{QStringLiteral("CODE-128:") + code, QStringLiteral("QR-Code:") + code});
    }

    SECTION("Mẫu 03 and 05 once refused or stopped; Mẫu 07 for the period on A4 landscape")
    {
        REQUIRE(workflow::ClosureService(head)
                    .refuse(code, QStringLiteral("Hồ sơ không thuộc thẩm quyền giải quyết"))
                    .ok());
        const Printed refusal = printed(dossierForm(f, FormKind::Refusal, code), folder);
        for (const QString& expected : {code, kLongName, atReceipt.procedure.name, receivedAt,
                                        QStringLiteral("Hồ sơ không thuộc thẩm quyền giải quyết")}) {
            INFO(expected.toStdString());
            CHECK(refusal.text.contains(expected));
        }
        CHECK_FALSE(dossierForm(f, FormKind::Stop, code).ok());

        const dossier::Dossier other = f.receive(longRequest());
        REQUIRE(workflow::ClosureService(leader)
                    .stop(other.code, QStringLiteral("Người nộp đề nghị dừng giải quyết"))
                    .ok());
        const Printed stop = printed(dossierForm(f, FormKind::Stop, other.code), folder);
        for (const QString& expected : {other.code, kLongName, QStringLiteral("Người nộp đề nghị dừng giải quyết"),
                                        QStringLiteral("25/11/2026")}) {
            INFO(expected.toStdString());
            CHECK(stop.text.contains(expected));
        }
    }
}

TEST_CASE("Printed forms: the layout fits the paper and an agency's template is used", "[print]")
{
    test::WorkflowFixture f;
    QTemporaryDir folder;
    forms::FormTemplates templates(f.db.database(), f.db.clock());
    const dossier::Dossier received = f.receive(longRequest());

    auto document = dossierForm(f, FormKind::Receipt, received.code);
    REQUIRE(document.ok());
    // Each copy on its own A5 page: the laid-out document is two pages, as wide as the paper allows.
    const QPageLayout layout = document->pageLayout();
    CHECK(layout.pageSize().id() == QPageSize::A5);
    const auto laidOut = document->layOut(layout);
    CHECK(laidOut->pageCount() == 2);
    CHECK(laidOut->document().size().width() <= laidOut->document().pageSize().width() + 1); // rounded to pixels

    QString edited = forms::shippedTemplate(FormKind::Receipt);
    edited.replace(QStringLiteral("NGƯỜI TIẾP NHẬN HỒ SƠ"), QStringLiteral("CÔNG CHỨC TIẾP NHẬN"));
    REQUIRE(templates.load(f.users.value(QStringLiteral("admin")), FormKind::Receipt, edited).ok());
    const Printed custom = printed(dossierForm(f, FormKind::Receipt, received.code), folder);
    CHECK(custom.text.count(QStringLiteral("CÔNG CHỨC TIẾP NHẬN")) == 2);
    CHECK_FALSE(custom.text.contains(QStringLiteral("NGƯỜI TIẾP NHẬN HỒ SƠ")));

    CHECK(print::barcodeImage(print::Symbology::Code128, {}).error().field == QStringLiteral("code"));
    auto written = document->writePdf(folder.filePath(QStringLiteral("missing/folder/receipt.pdf")));
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().field == QStringLiteral("pdf"));
}
