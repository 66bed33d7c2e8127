// forms::RegisterTemplate: Mẫu 07's template taken apart as the streamed register prints it (heading, the table's
// head, each column's cell, the part below the table); a template whose table of rows cannot be taken apart is
// refused when loaded and when printed, the problem named.
#include "core/forms/RegisterTemplate.h"
#include "core/forms/FormService.h"
#include "core/forms/FormTemplates.h"
#include "core/storage/FormTemplateRepository.h"
#include "tests/support/CatchQt.h"
#include "tests/support/WorkflowFixture.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::forms;

namespace {

FormData registerFields()
{
    FormData data;
    data.fields = {{QStringLiteral("agency_name"), QStringLiteral("Sở Thông tin và Truyền thông")},
                   {QStringLiteral("from_date"), QStringLiteral("01/11/2026")},
                   {QStringLiteral("to_date"), QStringLiteral("30/11/2026")},
                   {QStringLiteral("count"), QStringLiteral("2")},
                   {QStringLiteral("place_date"), QStringLiteral("Rạch Giá, ngày 30 tháng 11 năm 2026")}};
    return data;
}

const Row kRow{{QStringLiteral("no"), QStringLiteral("7")},
               {QStringLiteral("code"), QStringLiteral("000.00.16.H33-261123-0001")},
               {QStringLiteral("applicant"), QStringLiteral("Nguyễn Thị Hương Giang")},
               {QStringLiteral("address_phone"), QStringLiteral("Số 12 <Trần Phú>; 0912 345 678")},
               {QStringLiteral("status"), QStringLiteral("Đang giải quyết")}};

QString withTable(const QString& table)
{
    return QStringLiteral("<html><body>\n<p><b>SỔ THEO DÕI HỒ SƠ</b> {{from_date}}</p>\n%1\n<p>{{place_date}}</p>\n"
                          "</body></html>")
        .arg(table);
}

} // namespace

TEST_CASE("Register template: the shipped one taken apart, its columns, head, heading and closing", "[forms]")
{
    auto parsed = RegisterTemplate::parse(shippedTemplate(FormKind::Register));
    REQUIRE(parsed.ok());
    const RegisterTemplate& form = *parsed;
    const QStringList fields{QStringLiteral("no"),
                             QStringLiteral("code"),
                             QStringLiteral("procedure"),
                             QStringLiteral("applicant"),
                             QStringLiteral("address_phone"),
                             QStringLiteral("department"),
                             QStringLiteral("received_at"),
                             QStringLiteral("due_at"),
                             QStringLiteral("returned_at"),
                             QStringLiteral("returned_how"),
                             QString()};
    const QList<qreal> widths{3, 16, 14, 10, 11, 8, 8, 8, 8, 7, 7};
    REQUIRE(form.columns().size() == fields.size());
    for (qsizetype column = 0; column < fields.size(); ++column) {
        INFO("column " << column);
        CHECK(form.columns().at(column).field == fields.at(column));
        CHECK(form.columns().at(column).percent == widths.at(column)); // from the head's <th width="N%">
    }
    CHECK(form.columns().at(0).alignment == Qt::AlignHCenter);
    CHECK(form.columns().at(1).alignment == Qt::AlignLeft);
    CHECK(form.tablePercent() == 100);
    REQUIRE(form.headRows() == 1);
    REQUIRE(form.head().size() == 11);
    CHECK(form.head().at(1).content.render({}).trimmed() == QStringLiteral("Mã hồ sơ"));
    CHECK(form.head().at(10).column == 10);
    CHECK(form.head().at(10).header);

    const FormData data = registerFields();
    const QString heading = form.heading(data, 2);
    CHECK(heading.contains(QStringLiteral("SỔ THEO DÕI HỒ SƠ")));
    CHECK(heading.contains(QStringLiteral("Từ ngày 01/11/2026 đến ngày 30/11/2026 (2 hồ sơ)")));
    CHECK(heading.contains(QStringLiteral("<style>"))); // the document's head goes with each part
    CHECK_FALSE(heading.contains(QStringLiteral("Mã hồ sơ")));
    const QString closing = form.closing(data, 2);
    CHECK(closing.contains(QStringLiteral("NGƯỜI LẬP SỔ")));
    CHECK(closing.contains(QStringLiteral("Rạch Giá, ngày 30 tháng 11 năm 2026")));
    CHECK_FALSE(closing.contains(QStringLiteral("SỔ THEO DÕI HỒ SƠ")));
    CHECK(form.emptyLine(data).contains(QStringLiteral("Không có hồ sơ nào được tiếp nhận")));
    CHECK(form.emptyAlignment() == Qt::AlignHCenter);

    CHECK(form.cellText(0, kRow, data) == QStringLiteral("7"));
    CHECK(form.cellText(4, kRow, data) == QStringLiteral("Số 12 <Trần Phú>; 0912 345 678")); // as is, not HTML
    CHECK(form.cellText(10, kRow, data).isEmpty());
}

TEST_CASE("Register template: an agency's cells, spans and widths as written", "[forms]")
{
    const QString text = withTable(
        QStringLiteral("<table width=\"90%\" border=\"1\">\n"
                       "<thead><tr><th rowspan=\"2\" width=\"10%\">STT</th><th colspan=\"2\">Người nộp và hồ sơ</th>"
                       "<td rowspan=\"2\" align=\"right\">Tình trạng</td></tr>\n"
                       "<tr><th>Số hồ sơ</th><th style=\"width: 30%\">Người nộp</th></tr></thead>\n"
                       "{{#rows}}<tr><td align=\"center\">{{ no }}</td><td>{{code}}</td>"
                       "<td width=\"200\"><b>{{applicant}}</b><br>{{address_phone}} &amp; {{agency_name}}</td>"
                       "<td style=\"text-align: right\">{{status}}</td></tr>{{/rows}}\n"
                       "</table>"));
    auto parsed = RegisterTemplate::parse(text);
    INFO((parsed.ok() ? QString() : parsed.error().message).toStdString());
    REQUIRE(parsed.ok());
    const RegisterTemplate& form = *parsed;
    CHECK(form.tablePercent() == 90);
    REQUIRE(form.columns().size() == 4);
    CHECK(form.columns().at(0).field == QStringLiteral("no"));
    CHECK(form.columns().at(0).percent == 10); // from the title standing over it alone
    CHECK(form.columns().at(1).percent == 0);  // none given: it shares what is left
    CHECK(form.columns().at(2).pixels == 200); // the cell's own width comes first
    CHECK(form.columns().at(2).percent == 0);
    CHECK(form.columns().at(2).field.isEmpty());
    CHECK(form.columns().at(3).alignment == Qt::AlignRight);

    REQUIRE(form.headRows() == 2);
    REQUIRE(form.head().size() == 5);
    const auto at = [&](int index) {
        const RegisterTemplate::HeadCell& cell = form.head().at(index);
        return std::tuple{cell.row, cell.column, cell.rowSpan, cell.columnSpan};
    };
    CHECK(at(0) == std::tuple{0, 0, 2, 1});
    CHECK(at(1) == std::tuple{0, 1, 1, 2});
    CHECK(at(2) == std::tuple{0, 3, 2, 1});
    CHECK(at(3) == std::tuple{1, 1, 1, 1}); // beside the number's title, which spans both rows
    CHECK(at(4) == std::tuple{1, 2, 1, 1});
    CHECK_FALSE(form.head().at(2).header);
    CHECK(form.head().at(2).alignment == Qt::AlignRight);

    const FormData data = registerFields();
    CHECK(form.cellText(2, kRow, data) ==
          QStringLiteral("Nguyễn Thị Hương Giang") + QChar::LineSeparator +
              QStringLiteral("Số 12 <Trần Phú>; 0912 345 678 & Sở Thông tin và Truyền thông"));
    CHECK(form.emptyLine(data).isEmpty()); // no {{^rows}}: an empty register shows the head alone
    CHECK(form.closing(data, 2).contains(QStringLiteral("Rạch Giá, ngày 30 tháng 11 năm 2026")));
    CHECK(cellPlainText(QStringLiteral("  a&nbsp;b &#7845;  <i>c</i>\n d ")) ==
          QStringLiteral("a") + QChar(0xa0) + QStringLiteral("b ấ c d"));
}

TEST_CASE("Register template: one whose table of rows cannot be taken apart is refused, the problem named", "[forms]")
{
    const QString head = QStringLiteral("<thead><tr><th>TT</th><th>Mã hồ sơ</th></tr></thead>\n");
    const QString row = QStringLiteral("{{#rows}}<tr><td>{{no}}</td><td>{{code}}</td></tr>{{/rows}}\n");
    const auto [text, problem] = GENERATE_REF(table<QString, QString>({
        {QStringLiteral("<html><body>{{#rows}}<p>{{no}}. {{code}}</p>{{/rows}}</body></html>"),
         QStringLiteral("dòng 1: {{#rows}} không nằm trong một bảng (<table>)")},
        {withTable(QStringLiteral("<table>\n") + row + QStringLiteral("</table>")),
         QStringLiteral("bảng các dòng của sổ không có phần đầu")},
        {withTable(QStringLiteral("<table>\n") + head +
                   QStringLiteral("{{#rows}}<tr><td>{{no}}</td><td>{{code}}</td></tr>\n<tr><td colspan=\"2\">"
                                  "{{status}}</td></tr>{{/rows}}\n</table>")),
         QStringLiteral("phải chứa một dòng của bảng (<tr>), in cho mỗi hồ sơ; ở đây có 2")},
        {withTable(
             QStringLiteral("<table>\n<thead><tr><th>TT</th><th>Mã hồ sơ</th><th>Tên thủ tục</th></tr></thead>\n") +
             row + QStringLiteral("</table>")),
         QStringLiteral("dòng 1 của phần đầu bảng rộng 3 cột, nhưng dòng giữa {{#rows}} và {{/rows}} có 2 ô")},
        {withTable(QStringLiteral("<table>\n") + head + row +
                   QStringLiteral("<tfoot><tr><td colspan=\"2\">Tổng: {{count}}</td></tr></tfoot>\n</table>")),
         QStringLiteral("dòng 6: bảng các dòng của sổ có một dòng sau {{/rows}}")},
        {withTable(QStringLiteral("<table>\n<thead><tr><th>{{#agency_email}}TT</th><th>Mã hồ sơ{{/agency_email}}</th>"
                                  "</tr></thead>\n") +
                   row + QStringLiteral("</table>")),
         QStringLiteral("một tiêu đề của bảng sổ không tự điền được (sổ được in thành từng phần: phía trên bảng, "
                        "bảng, phía dưới bảng): dòng 4: {{#agency_email}} không được đóng")},
        {withTable(QStringLiteral("<table>\n") + head +
                   QStringLiteral("{{#rows}}<tr><td colspan=\"2\">{{no}} {{code}}</td></tr>{{/rows}}\n</table>")),
         QStringLiteral("dòng 5: một ô của dòng giữa {{#rows}} và {{/rows}} trải qua nhiều cột hoặc dòng")},
        {withTable(QStringLiteral("<table>\n") + head +
                   QStringLiteral("{{#rows}}<tr><td>{{no}}</td><td>{{code}}</td>"
                                  "</tr>{{/rows}}\n")),
         QStringLiteral("dòng 3: bảng các dòng của sổ không được đóng bằng </table>")},
    }));
    INFO(text.toStdString());
    auto parsed = RegisterTemplate::parse(text);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().field == QStringLiteral("template"));
    INFO(parsed.error().message.toStdString());
    CHECK(parsed.error().message.contains(problem));

    // Loading it is refused with that message, and the template in use stays the shipped one.
    test::WorkflowFixture f;
    FormTemplates templates(f.db.database(), f.db.clock());
    auto refused = templates.load(f.users.value(QStringLiteral("admin")), FormKind::Register, text);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message == parsed.error().message);
    CHECK_FALSE(storage::FormTemplateRepository(f.db.database()).find(QStringLiteral("register"))->has_value());
}

TEST_CASE("Register template: a stored one that cannot print the register is an error when printed, never the "
          "shipped one in silence",
          "[forms]")
{
    test::WorkflowFixture f;
    f.receive();
    FormService service(f.db.database(), f.db.clock(), f.users.value(QStringLiteral("clerk")));
    const identity::User admin = f.users.value(QStringLiteral("admin"));

    // An agency's template that prints: the register carries it.
    QString edited = shippedTemplate(FormKind::Register);
    edited.replace(QStringLiteral("<th width=\"16%\">Mã hồ sơ</th>"),
                   QStringLiteral("<th width=\"16%\">Số hồ sơ</th>"));
    REQUIRE(FormTemplates(f.db.database(), f.db.clock()).load(admin, FormKind::Register, edited).ok());
    auto book = service.registerHeading(QDate(2026, 11, 1), QDate(2026, 11, 30));
    REQUIRE(book.ok());
    CHECK(book->form.head().at(1).content.render({}).trimmed() == QStringLiteral("Số hồ sơ"));

    // One stored before the register was streamed, its rows in a list: refused when printed, the problem named.
    REQUIRE(storage::FormTemplateRepository(f.db.database())
                .save(QStringLiteral("register"),
                      {QStringLiteral("<ul>{{#rows}}<li>{{code}}</li>{{/rows}}</ul>"), f.db.clock().now(), admin.id})
                .ok());
    auto refused = service.registerHeading(QDate(2026, 11, 1), QDate(2026, 11, 30));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("template"));
    INFO(refused.error().message.toStdString());
    CHECK(refused.error().message.startsWith(QStringLiteral("Mẫu in của cơ quan cho Mẫu 07")));
    CHECK(refused.error().message.contains(QStringLiteral("{{#rows}} không nằm trong một bảng (<table>)")));
}
