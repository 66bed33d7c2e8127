// The printed forms as paper: each rendered to PDF, its text read back with poppler's pdftotext, its page size
// with pdfinfo, and the barcode and QR code scanned from the rendered page with zbar's zbarimg.
#include "core/forms/FormText.h"
#include "core/storage/RegisterQueries.h"
#include "core/workflow/ClosureService.h"
#include "core/workflow/ExtensionService.h"
#include "core/workflow/HandoverService.h"
#include "core/workflow/PauseService.h"
#include "tests/support/CatchQt.h"
#include "tests/support/WorkflowFixture.h"
#include "ui/print/BarcodeImage.h"
#include "ui/print/FormDocument.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>

using namespace motcua;
using forms::FormKind;

namespace {

const QString kLongName = QStringLiteral("Nguyễn Hoàng Thị Phương Thảo Quỳnh Như Ngọc Diễm Khuê");
const QString kLongAddress = QStringLiteral("Số 1234/56/78, đường Nguyễn Trung Trực nối dài, khu phố Phước Lộc, "
                                            "phường Vĩnh Quang, thành phố Rạch Giá, tỉnh Kiên Giang");

// Runs a poppler or zbar tool; they are installed by scripts/dev (poppler-utils, zbar-tools).
QString run(const QString& program, const QStringList& arguments)
{
    const QString path = QStandardPaths::findExecutable(program);
    INFO(program.toStdString() << " is missing: scripts/dev installs poppler-utils and zbar-tools");
    REQUIRE_FALSE(path.isEmpty());
    QProcess process;
    process.start(path, arguments);
    REQUIRE(process.waitForFinished(60000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The PDF's text with every run of white space made one space, so that wrapped lines read as one.
QString pdfText(const QString& pdf)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    // -raw: in the order drawn, so that a table cell's lines are not interleaved with its neighbours'.
    return run(QStringLiteral("pdftotext"),
               {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})
        .replace(space, QStringLiteral(" "));
}

struct PdfInfo {
    int pages = 0;
    QString size;
};

PdfInfo pdfInfo(const QString& pdf)
{
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    static const QRegularExpression size(QStringLiteral("Page size:\\s+(.*)"));
    return {pages.match(info).captured(1).toInt(), size.match(info).captured(1).trimmed()};
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

Printed print(const Result<ui::FormDocument>& document, const QTemporaryDir& folder)
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
    const forms::FormTemplates templates(f.db.database(), f.db.clock());
    const dossier::Dossier received = f.receive(longRequest());
    const QString code = received.code;
    const workflow::DossierDetails atReceipt = details(f, code);
    const QString receivedAt = QStringLiteral("08:00, ngày 23/11/2026");
    const QString dueAt = forms::text::moment(received.dueAt);

    SECTION("Mẫu 01: two copies on A5, every document received")
    {
        const Printed receipt = print(ui::FormDocument::forDossier(FormKind::Receipt, atReceipt, templates), folder);
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
        const Printed supplement = print(ui::FormDocument::forDossier(FormKind::Supplement, now, templates), folder);
        CHECK(supplement.info.size.contains(QStringLiteral("(A5)")));
        for (const QString& expected :
             {code, kLongName, now.procedure.name, QStringLiteral("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"),
              QStringLiteral("Bản sao có chứng thực giấy phép")}) {
            INFO(expected.toStdString());
            CHECK(supplement.text.contains(expected));
        }

        const Printed apology = print(ui::FormDocument::forDossier(FormKind::Apology, now, templates), folder);
        for (const QString& expected :
             {code, kLongName, now.procedure.name, QStringLiteral("23/11/2026"), forms::text::moment(oldDue),
              forms::text::moment(newDue), QStringLiteral("Cần xác minh thêm với cơ quan liên quan")}) {
            INFO(expected.toStdString());
            CHECK(apology.text.contains(expected));
        }

        const Printed slip = print(ui::FormDocument::forDossier(FormKind::ControlSlip, now, templates), folder);
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
        const Printed refusal =
            print(ui::FormDocument::forDossier(FormKind::Refusal, details(f, code), templates), folder);
        for (const QString& expected : {code, kLongName, atReceipt.procedure.name, receivedAt,
                                        QStringLiteral("Hồ sơ không thuộc thẩm quyền giải quyết")}) {
            INFO(expected.toStdString());
            CHECK(refusal.text.contains(expected));
        }
        CHECK_FALSE(ui::FormDocument::forDossier(FormKind::Stop, details(f, code), templates).ok());

        const dossier::Dossier other = f.receive(longRequest());
        REQUIRE(workflow::ClosureService(leader)
                    .stop(other.code, QStringLiteral("Người nộp đề nghị dừng giải quyết"))
                    .ok());
        const Printed stop =
            print(ui::FormDocument::forDossier(FormKind::Stop, details(f, other.code), templates), folder);
        for (const QString& expected : {other.code, kLongName, QStringLiteral("Người nộp đề nghị dừng giải quyết"),
                                        QStringLiteral("25/11/2026")}) {
            INFO(expected.toStdString());
            CHECK(stop.text.contains(expected));
        }

        auto lines = storage::registerLines(f.db.database(), QDate(2026, 11, 23), QDate(2026, 11, 30));
        REQUIRE(lines.ok());
        REQUIRE(lines->size() == 2);
        const Printed book = print(ui::FormDocument::forRegister(atReceipt.agency, *lines, QDate(2026, 11, 23),
                                                                 QDate(2026, 11, 30), f.db.clock().now(), templates),
                                   folder);
        CHECK(book.info.size.contains(QStringLiteral("A4")));
        static const QRegularExpression landscape(QStringLiteral("^(\\d+(\\.\\d+)?) x (\\d+(\\.\\d+)?)"));
        const QRegularExpressionMatch dimensions = landscape.match(book.info.size);
        REQUIRE(dimensions.hasMatch());
        CHECK(dimensions.captured(1).toDouble() > dimensions.captured(3).toDouble());
        for (const QString& expected :
             {QStringLiteral("SỔ THEO DÕI HỒ SƠ"), QStringLiteral("Từ ngày 23/11/2026 đến ngày 30/11/2026"), code,
              other.code, kLongName, QStringLiteral("08:00 23/11/2026")}) {
            INFO(expected.toStdString());
            CHECK(book.text.contains(expected));
        }
    }
}

TEST_CASE("Printed forms: the layout fits the paper and an agency's template is used", "[print]")
{
    test::WorkflowFixture f;
    QTemporaryDir folder;
    forms::FormTemplates templates(f.db.database(), f.db.clock());
    const dossier::Dossier received = f.receive(longRequest());

    auto document = ui::FormDocument::forDossier(FormKind::Receipt, details(f, received.code), templates);
    REQUIRE(document.ok());
    // Each copy on its own A5 page: the laid-out document is two pages, as wide as the paper allows.
    const QPageLayout layout = document->pageLayout();
    CHECK(layout.pageSize().id() == QPageSize::A5);
    const auto laidOut = document->layOut(layout);
    CHECK(laidOut->pageCount() == 2);
    CHECK(laidOut->size().width() <= laidOut->pageSize().width() + 1); // rounded up to whole pixels

    QString edited = forms::shippedTemplate(FormKind::Receipt);
    edited.replace(QStringLiteral("NGƯỜI TIẾP NHẬN HỒ SƠ"), QStringLiteral("CÔNG CHỨC TIẾP NHẬN"));
    REQUIRE(templates.load(f.users.value(QStringLiteral("admin")), FormKind::Receipt, edited).ok());
    const Printed custom =
        print(ui::FormDocument::forDossier(FormKind::Receipt, details(f, received.code), templates), folder);
    CHECK(custom.text.count(QStringLiteral("CÔNG CHỨC TIẾP NHẬN")) == 2);
    CHECK_FALSE(custom.text.contains(QStringLiteral("NGƯỜI TIẾP NHẬN HỒ SƠ")));

    CHECK(ui::barcodeImage(ui::Symbology::Code128, {}).error().field == QStringLiteral("code"));
    auto written = document->writePdf(folder.filePath(QStringLiteral("missing/folder/receipt.pdf")));
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().field == QStringLiteral("pdf"));
}
