#include "core/reports/ReportTable.h"

#include "core/common/Csv.h"
#include "core/reports/XlsxSheet.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace motcua::reports {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("motcua::reports", text);
}

} // namespace

QString cellText(const QVariant& value, CellKind kind)
{
    if (!value.isValid()) {
        return kind == CellKind::Text ? QString() : QStringLiteral("–");
    }
    switch (kind) {
    case CellKind::Share:
        return QString::number(value.toDouble() * 100, 'f', 1);
    case CellKind::Days:
        return QString::number(value.toDouble(), 'f', 1);
    case CellKind::Count:
    case CellKind::Text:
        break;
    }
    return value.toString();
}

QList<QStringList> ReportTable::textRows() const
{
    QList<QStringList> out;
    QStringList header;
    for (const TableColumn& column : columns) {
        header << column.header;
    }
    out << header;
    for (const QVariantList& row : rows) {
        QStringList cells;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            cells << cellText(row.value(c), columns.at(c).kind);
        }
        out << cells;
    }
    return out;
}

Status writeTableCsv(const ReportTable& table, const QString& path)
{
    QList<QStringList> rows{{table.agencyParent}, {table.agency}, {table.title}};
    for (const QString& line : table.lines) {
        rows << QStringList{line};
    }
    rows.append(table.textRows());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv(rows)) < 0 || !file.commit()) {
        return Error::invalid(QStringLiteral("csv"), tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    return {};
}

Status writeTableXlsx(const ReportTable& table, const QString& path)
{
    auto workbook = openWorkbook(path);
    if (!workbook) {
        return workbook.error();
    }
    const XlsxFormats formats(*workbook);
    XlsxSheet sheet(workbook_add_worksheet(*workbook, table.sheetName.toUtf8().constData()));
    const int last = static_cast<int>(table.columns.size()) - 1;
    const int header =
        writeXlsxHeading(sheet, formats, last, table.agencyParent, table.agency, {}, table.title, table.lines, {});
    lxw_worksheet* worksheet = sheet.get();
    for (int c = 0; c <= last; ++c) {
        const TableColumn& column = table.columns.at(c);
        sheet.text(header, c, column.header, formats.header);
        worksheet_set_column(worksheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), column.width, nullptr);
    }
    worksheet_set_row(worksheet, static_cast<lxw_row_t>(header), 45, nullptr);
    int row = header + 1;
    for (const QVariantList& values : table.rows) {
        for (int c = 0; c <= last; ++c) {
            const QVariant value = values.value(c);
            switch (table.columns.at(c).kind) {
            case CellKind::Text:
                sheet.text(row, c, value.toString(), formats.text);
                continue;
            case CellKind::Count:
                value.isValid() ? sheet.number(row, c, value.toDouble(), formats.cell) : sheet.blank(row, c, formats.cell);
                continue;
            case CellKind::Share:
                value.isValid() ? sheet.number(row, c, value.toDouble(), formats.percent)
                                : sheet.blank(row, c, formats.percent);
                continue;
            case CellKind::Days:
                value.isValid() ? sheet.number(row, c, value.toDouble(), formats.days) : sheet.blank(row, c, formats.days);
                continue;
            }
        }
        ++row;
    }
    writeXlsxSignature(sheet, formats, row + 1, last);
    worksheet_freeze_panes(worksheet, static_cast<lxw_row_t>(header + 1), 1);
    return closeWorkbook(*workbook, sheet, path);
}

QString signatureBlockHtml()
{
    return QStringLiteral("<table width=\"100%\"><tr><td></td><td align=\"center\"><i>%1</i></td></tr>"
                          "<tr><td align=\"center\"><b>%2</b><br><i>%3</i></td>"
                          "<td align=\"center\"><b>%4</b><br><i>%5</i></td></tr></table>")
        .arg(tr("…, day … month … year …").toHtmlEscaped(), tr("PREPARED BY").toHtmlEscaped(),
             tr("(signature, full name)").toHtmlEscaped(), tr("HEAD OF THE AGENCY").toHtmlEscaped(),
             tr("(signature, full name, seal)").toHtmlEscaped());
}

QString tableHtml(const ReportTable& table)
{
    QString html =
        QStringLiteral("<html><head><meta charset=\"utf-8\"><style>"
                       "body { font-family: 'Noto Serif', 'Times New Roman', serif; }"
                       "table.form { border-collapse: collapse; width: 100%; }"
                       "table.form th, table.form td { border: 1px solid black; padding: 1px 3px; font-size: 8pt; }"
                       "table.form th { font-weight: bold; text-align: center; vertical-align: middle; }"
                       "td.n { text-align: right; }"
                       "</style></head><body>");
    html += QStringLiteral("<table width=\"100%\"><tr><td align=\"center\">%1<br><b>%2</b></td><td></td></tr></table>")
                .arg(table.agencyParent.toUpper().toHtmlEscaped(), table.agency.toUpper().toHtmlEscaped());
    html += QStringLiteral("<p align=\"center\"><b>%1</b>").arg(table.title.toHtmlEscaped());
    for (const QString& line : table.lines) {
        html += QStringLiteral("<br>") + line.toHtmlEscaped();
    }
    html += QStringLiteral("</p><table class=\"form\" cellspacing=\"0\" cellpadding=\"2\" border=\"1\"><tr>");
    const QList<QStringList> rows = table.textRows();
    for (const QString& header : rows.constFirst()) {
        html += QStringLiteral("<th>%1</th>").arg(header.toHtmlEscaped());
    }
    html += QStringLiteral("</tr>");
    for (qsizetype r = 1; r < rows.size(); ++r) {
        html += QStringLiteral("<tr>");
        for (qsizetype c = 0; c < rows.at(r).size(); ++c) {
            const bool number = table.columns.at(c).kind != CellKind::Text;
            html += QStringLiteral("<td%1>%2</td>")
                        .arg(number ? QStringLiteral(" class=\"n\" align=\"right\"") : QString(),
                             rows.at(r).at(c).toHtmlEscaped());
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>") + signatureBlockHtml() + QStringLiteral("</body></html>");
    return html;
}

} // namespace motcua::reports
