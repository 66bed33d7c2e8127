// The register (Mẫu 07) streamed to PDF page by page (print/RegisterPainter): a register longer than the old cap of
// 2,000 lines, read back with poppler's pdftotext and pdfinfo, page by page; its progress; a cancelled one; an
// agency's template (heading, titles, columns) printed as it says.
#include "core/forms/FormService.h"
#include "core/forms/FormTemplates.h"
#include "print/RegisterPainter.h"
#include "tests/support/CatchQt.h"
#include "tests/support/DossierCopies.h"
#include "tests/support/PdfTools.h"
#include "tests/support/WorkflowFixture.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace motcua;

namespace {

const QString kLongName = QStringLiteral("Nguyễn Hoàng Thị Phương Thảo Quỳnh Như Ngọc Diễm Khuê");
const QString kLongAddress = QStringLiteral("Số 1234/56/78, đường Nguyễn Trung Trực nối dài, khu phố Phước Lộc, "
                                            "phường Vĩnh Quang, thành phố Rạch Giá, tỉnh Kiên Giang");

forms::RegisterHeading heading(test::WorkflowFixture& f, const QDate& from, const QDate& to)
{
    auto heading = forms::FormService(f.db.database(), f.db.clock(), f.users.value(QStringLiteral("clerk")))
                       .registerHeading(from, to);
    REQUIRE(heading.ok());
    return *heading;
}

// A dossier whose applicant's name and address wrap over several lines of their columns; its code.
QString receiveLong(test::WorkflowFixture& f)
{
    workflow::ReceiveRequest request = test::WorkflowFixture::bulletinRequest();
    request.applicant.name = kLongName;
    request.applicant.address = kLongAddress;
    return f.receive(request).code;
}

print::RegisterRows rowsOf(test::WorkflowFixture& f, const forms::RegisterHeading& book)
{
    return print::registerRows(std::make_shared<storage::RegisterReader>(f.db.database(), book.from, book.to));
}

} // namespace

TEST_CASE("Register as PDF: 2,500 dossiers stream page by page, the head on every page, no row cut", "[print]")
{
    test::WorkflowFixture f;
    QTemporaryDir folder;
    const QString first = receiveLong(f);
    const QStringList copies = test::copyDossier(f.db.database(), first, 2498);
    f.db.clock().set(f.at(2026, 11, 27, 10, 0));
    const QString last = f.receive().code;

    const forms::RegisterHeading book = heading(f, QDate(2026, 11, 1), QDate(2026, 11, 30));
    REQUIRE(book.lines == 2500);
    print::RegisterPainter painter(book, rowsOf(f, book));
    QList<std::pair<qint64, qint64>> told;
    const QString path = folder.filePath(QStringLiteral("register.pdf"));
    auto written = print::writeRegisterPdf(path, painter, [&](qint64 done, qint64 total) {
        told.append({done, total});
        return true;
    });
    REQUIRE(written.ok());
    CHECK_FALSE(written->cancelled);
    CHECK(written->rows == 2500);

    const test::PdfInfo info = test::pdfInfo(path);
    CHECK(info.pages == written->pages);
    CHECK(info.size.contains(QStringLiteral("A4")));
    CHECK(info.size.startsWith(QStringLiteral("842 x 595"))); // landscape
    CHECK(info.title == book.title);
    // Told after every page, rows done growing to the total.
    REQUIRE(told.size() == written->pages);
    CHECK(told.constLast() == std::pair<qint64, qint64>{2500, 2500});
    for (qsizetype i = 1; i < told.size(); ++i) {
        CHECK(told.at(i).first >= told.at(i - 1).first);
        CHECK(told.at(i).second == 2500);
    }

    const QStringList pages = test::pdfPages(path);
    REQUIRE(pages.size() == info.pages);
    CHECK(pages.at(0).contains(QStringLiteral("SỔ THEO DÕI HỒ SƠ")));
    CHECK(pages.at(0).contains(QStringLiteral("Từ ngày 01/11/2026 đến ngày 30/11/2026 (2500 hồ sơ)")));
    CHECK_FALSE(pages.at(1).contains(QStringLiteral("SỔ THEO DÕI HỒ SƠ"))); // the heading once
    CHECK(pages.at(0).contains(first + QLatin1Char(' ')));
    CHECK(pages.constLast().contains(last));
    CHECK(pages.constLast().contains(QStringLiteral("NGƯỜI LẬP SỔ")));
    int rows = 0;
    for (qsizetype page = 0; page < pages.size(); ++page) {
        INFO("page " << page + 1);
        const QString& text = pages.at(page);
        CHECK(text.contains(QStringLiteral("Trang %1").arg(page + 1)));
        // A row whole on its page: its code, and the applicant's name and address each whole (they wrap).
        const int codes = static_cast<int>(text.count(first));
        const bool lastPage = page == pages.size() - 1;
        CHECK(text.count(kLongName) == codes);
        CHECK(text.count(kLongAddress) == codes);
        if (codes > 0 || (lastPage && text.contains(last))) {
            CHECK(text.count(QStringLiteral("Mã hồ sơ")) == 1); // the table's head on every page with rows
        }
        rows += codes;
    }
    CHECK(rows == 2499); // the first dossier and its copies, each once
    CHECK(pages.join(QLatin1Char(' ')).count(last) == 1);
    // The copies' longer codes may wrap at their last hyphen: read without the spaces, each once.
    const QString joined = pages.join(QString()).remove(QLatin1Char(' '));
    for (const QString& code : {copies.constFirst(), copies.at(1200), copies.constLast()}) {
        INFO(code.toStdString());
        const QRegularExpression alone(QRegularExpression::escape(code) + QStringLiteral("(?!\\d)"));
        int found = 0;
        for (auto match = alone.globalMatch(joined); match.hasNext(); match.next()) {
            ++found;
        }
        CHECK(found == 1);
    }
    CHECK(written->pages > 2500 / 40); // about a dozen rows a page of this size
}

TEST_CASE("Register as PDF: cancelled, no file is left under the name, an older one stays as it was", "[print]")
{
    test::WorkflowFixture f;
    QTemporaryDir folder;
    const QString first = f.receive().code;
    test::copyDossier(f.db.database(), first, 300);
    const forms::RegisterHeading book = heading(f, QDate(2026, 11, 1), QDate(2026, 11, 30));

    const QString path = folder.filePath(QStringLiteral("register.pdf"));
    int pages = 0;
    {
        print::RegisterPainter painter(book, rowsOf(f, book));
        auto cancelled = print::writeRegisterPdf(path, painter, [&](qint64 done, qint64 total) {
            CHECK(done < total);
            return ++pages < 3;
        });
        REQUIRE(cancelled.ok());
        CHECK(cancelled->cancelled);
        CHECK(cancelled->pages == 3);
        CHECK(cancelled->rows < 301);
    }
    CHECK(pages == 3);
    CHECK_FALSE(QFile::exists(path));
    CHECK(QDir(folder.path()).entryList(QDir::Files).isEmpty()); // nor its temporary file

    QFile older(path);
    REQUIRE(older.open(QIODevice::WriteOnly));
    older.write("an older register");
    older.close();
    {
        print::RegisterPainter painter(book, rowsOf(f, book));
        auto cancelled = print::writeRegisterPdf(path, painter, [](qint64, qint64) { return false; });
        REQUIRE(cancelled.ok());
        CHECK(cancelled->cancelled);
    }
    REQUIRE(older.open(QIODevice::ReadOnly));
    CHECK(older.readAll() == "an older register");
    older.close();

    // A folder that does not exist: an error naming the PDF, no file.
    print::RegisterPainter painter(book, rowsOf(f, book));
    auto refused = print::writeRegisterPdf(folder.filePath(QStringLiteral("missing/register.pdf")), painter);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("pdf"));
}

TEST_CASE("Register as PDF: an empty period is one page that says so, a failing row source stops it", "[print]")
{
    test::WorkflowFixture f;
    QTemporaryDir folder;
    f.receive();
    const forms::RegisterHeading empty = heading(f, QDate(2026, 10, 1), QDate(2026, 10, 31));
    CHECK(empty.lines == 0);
    print::RegisterPainter painter(empty, rowsOf(f, empty));
    const QString path = folder.filePath(QStringLiteral("empty.pdf"));
    auto written = print::writeRegisterPdf(path, painter);
    REQUIRE(written.ok());
    CHECK(written->pages == 1);
    CHECK(written->rows == 0);
    const QString text = test::pdfText(path);
    CHECK(text.contains(QStringLiteral("Không có hồ sơ nào được tiếp nhận trong khoảng thời gian này.")));
    CHECK(text.contains(QStringLiteral("Mã hồ sơ")));
    CHECK(text.contains(QStringLiteral("NGƯỜI LẬP SỔ")));

    const forms::RegisterHeading november = heading(f, QDate(2026, 11, 1), QDate(2026, 11, 30));
    int calls = 0;
    print::RegisterPainter failing(november, [&]() -> Result<QList<forms::Row>> {
        if (++calls > 1) {
            return Error::storage(QStringLiteral("the server went away"));
        }
        return QList<forms::Row>{
            {{QStringLiteral("no"), QStringLiteral("1")}, {QStringLiteral("code"), QStringLiteral("X-1")}}};
    });
    const QString broken = folder.filePath(QStringLiteral("broken.pdf"));
    auto stopped = print::writeRegisterPdf(broken, failing);
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().message == QStringLiteral("the server went away"));
    CHECK_FALSE(QFile::exists(broken));
}

namespace {

// The shipped register's template with `edits` made to it, loaded as the agency's.
void loadAgencyRegister(test::WorkflowFixture& f, const QList<std::pair<QString, QString>>& edits)
{
    QString text = forms::shippedTemplate(forms::FormKind::Register);
    for (const auto& [from, to] : edits) {
        INFO(from.toStdString());
        REQUIRE(text.contains(from));
        text.replace(from, to);
    }
    auto loaded = forms::FormTemplates(f.db.database(), f.db.clock())
                      .load(f.users.value(QStringLiteral("admin")), forms::FormKind::Register, text);
    INFO((loaded.ok() ? QString() : loaded.error().message).toStdString());
    REQUIRE(loaded.ok());
}

struct Printed {
    print::RegisterPrinted written;
    int told = 0; // pages the progress was told of
    QStringList pages;
};

Printed printTo(test::WorkflowFixture& f, const QString& path)
{
    const forms::RegisterHeading book = heading(f, QDate(2026, 11, 1), QDate(2026, 11, 30));
    print::RegisterPainter painter(book, rowsOf(f, book));
    Printed printed;
    auto written = print::writeRegisterPdf(path, painter, [&](qint64, qint64) {
        ++printed.told;
        return true;
    });
    REQUIRE(written.ok());
    printed.written = *written;
    printed.pages = test::pdfPages(path);
    REQUIRE(printed.pages.size() == written->pages);
    return printed;
}

} // namespace

TEST_CASE("Register as PDF: an agency's template prints its heading, titles and columns, still streamed", "[print]")
{
    test::WorkflowFixture f;
    QTemporaryDir folder;
    const QString first = receiveLong(f);
    test::copyDossier(f.db.database(), first, 2499);

    const Printed shipped = printTo(f, folder.filePath(QStringLiteral("shipped.pdf")));
    CHECK(shipped.written.rows == 2500);
    CHECK(shipped.pages.at(0).contains(QStringLiteral("Phương thức nhận kết quả")));
    CHECK_FALSE(shipped.pages.at(0).contains(first + QLatin1Char(' ') + kLongName)); // the procedure comes first

    loadAgencyRegister(
        f,
        {// a heading line changed, one below the table too
         {QStringLiteral("<b style=\"font-size: 11pt;\">SỔ THEO DÕI HỒ SƠ</b>"),
          QStringLiteral("<b style=\"font-size: 11pt;\">SỔ THEO DÕI HỒ SƠ TIẾP NHẬN TẠI BỘ PHẬN MỘT CỬA</b>")},
         {QStringLiteral("NGƯỜI LẬP SỔ"), QStringLiteral("CÁN BỘ THEO DÕI SỔ")},
         // a title renamed
         {QStringLiteral(">Mã hồ sơ<"), QStringLiteral(">Số hồ sơ<")},
         // the applicant before the procedure, title and cell
         {QStringLiteral("<th width=\"14%\">Tên thủ tục hành chính</th><th width=\"10%\">Tên cá nhân, tổ chức</th>"),
          QStringLiteral("<th width=\"10%\">Tên cá nhân, tổ chức</th><th width=\"14%\">Tên thủ tục hành chính</th>")},
         {QStringLiteral("<td>{{procedure}}</td><td>{{applicant}}</td>"),
          QStringLiteral("<td>{{applicant}}</td><td>{{procedure}}</td>")},
         // a column dropped, its width given to the one for signing
         {QStringLiteral("<th width=\"7%\">Phương thức nhận kết quả</th><th width=\"7%\">Ký nhận</th>"),
          QStringLiteral("<th width=\"14%\">Ký nhận</th>")},
         {QStringLiteral("<td>{{returned_how}}</td>"), QString()}});
    const Printed agency = printTo(f, folder.filePath(QStringLiteral("agency.pdf")));
    CHECK(agency.written.rows == 2500);
    CHECK(agency.told == agency.written.pages); // page after page, as the shipped one
    // As many pages as the shipped layout, within a page in fifty: the rows are as tall.
    CHECK(std::abs(agency.written.pages - shipped.written.pages) <= shipped.written.pages / 50 + 1);

    const QStringList& pages = agency.pages;
    CHECK(pages.at(0).contains(QStringLiteral("SỔ THEO DÕI HỒ SƠ TIẾP NHẬN TẠI BỘ PHẬN MỘT CỬA")));
    CHECK(pages.at(0).contains(QStringLiteral("Từ ngày 01/11/2026 đến ngày 30/11/2026 (2500 hồ sơ)")));
    CHECK_FALSE(pages.at(1).contains(QStringLiteral("SỔ THEO DÕI HỒ SƠ")));
    CHECK(pages.at(0).contains(first + QLatin1Char(' ') + kLongName)); // the columns in the agency's order
    CHECK(pages.constLast().contains(QStringLiteral("CÁN BỘ THEO DÕI SỔ")));
    const QString all = pages.join(QLatin1Char(' '));
    CHECK_FALSE(all.contains(QStringLiteral("NGƯỜI LẬP SỔ")));
    CHECK_FALSE(all.contains(QStringLiteral("Mã hồ sơ")));
    CHECK_FALSE(all.contains(QStringLiteral("Phương thức nhận kết quả")));
    for (qsizetype page = 0; page < pages.size(); ++page) {
        INFO("page " << page + 1);
        const QString& text = pages.at(page);
        CHECK(text.contains(QStringLiteral("Trang %1").arg(page + 1)));
        if (text.contains(first)) {
            // The renamed head on every page with rows, once.
            CHECK(text.count(QStringLiteral("Số hồ sơ")) == 1);
            CHECK(text.count(QStringLiteral("Tên cá nhân, tổ chức")) == 1);
            CHECK(text.count(QStringLiteral("Ký nhận")) == 1);
            CHECK(text.count(kLongName) == text.count(kLongAddress)); // no row cut
        }
    }
}

TEST_CASE("Register as PDF: a head of two rows, titles over several columns, on every page", "[print]")
{
    test::WorkflowFixture f;
    QTemporaryDir folder;
    const QString first = f.receive().code;
    test::copyDossier(f.db.database(), first, 299);
    loadAgencyRegister(
        f,
        {{QStringLiteral("<th width=\"3%\">TT</th>"), QStringLiteral("<th width=\"3%\" rowspan=\"2\">TT</th>")},
         {QStringLiteral("<th width=\"16%\">Mã hồ sơ</th><th width=\"14%\">Tên thủ tục hành chính</th>"
                         "<th width=\"10%\">Tên cá nhân, tổ chức</th>"),
          QStringLiteral("<th width=\"16%\" rowspan=\"2\">Mã hồ sơ</th><th width=\"14%\" rowspan=\"2\">Tên thủ tục "
                         "hành chính</th><th width=\"10%\" rowspan=\"2\">Tên cá nhân, tổ chức</th>")},
         {QStringLiteral("<th width=\"11%\">Địa chỉ, số điện thoại</th><th width=\"8%\">Cơ quan chủ trì giải "
                         "quyết</th>"),
          QStringLiteral("<th width=\"11%\" rowspan=\"2\">Địa chỉ, số điện thoại</th><th width=\"8%\" "
                         "rowspan=\"2\">Cơ quan chủ trì giải quyết</th><th colspan=\"3\">Thời gian</th>"
                         "<th width=\"7%\" rowspan=\"2\">Phương thức nhận kết quả</th><th width=\"7%\" "
                         "rowspan=\"2\">Ký nhận</th></tr><tr>")},
         {QStringLiteral("<th width=\"7%\">Phương thức nhận kết quả</th><th width=\"7%\">Ký nhận</th>"), QString()}});
    auto book = heading(f, QDate(2026, 11, 1), QDate(2026, 11, 30));
    REQUIRE(book.form.headRows() == 2);
    const Printed printed = printTo(f, folder.filePath(QStringLiteral("two-rows.pdf")));
    CHECK(printed.written.rows == 300);
    REQUIRE(printed.pages.size() > 2);
    for (qsizetype page = 0; page < printed.pages.size(); ++page) {
        INFO("page " << page + 1);
        const QString& text = printed.pages.at(page);
        if (text.contains(first)) {
            CHECK(text.count(QStringLiteral("Thời gian")) == 1);
            CHECK(text.count(QStringLiteral("Nhận hồ sơ")) == 1);
            CHECK(text.count(QStringLiteral("Hẹn trả kết quả")) == 1);
            CHECK(text.count(QStringLiteral("Ký nhận")) == 1);
        }
    }
}
