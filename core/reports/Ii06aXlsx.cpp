#include "core/reports/Ii06aXlsx.h"

#include "core/reports/Ii06aTable.h"
#include "core/reports/XlsxSheet.h"

namespace motcua::reports {

namespace {

void writeRow(XlsxSheet& sheet, const XlsxFormats& formats, const QList<Ii06aColumnInfo>& columns, int row,
              const QString& number, const QString& label, const Ii06aCounts& counts, int dayMinutes, bool total)
{
    for (int c = 0; c < columns.size(); ++c) {
        const Ii06aColumnInfo& info = columns.at(c);
        if (info.column == Ii06aColumn::Number) {
            sheet.text(row, c, number, total ? formats.totalText : formats.centre);
            continue;
        }
        if (info.column == Ii06aColumn::Label) {
            sheet.text(row, c, label, total ? formats.totalText : formats.text);
            continue;
        }
        const QVariant value = ii06aValue(counts, info.column, dayMinutes);
        lxw_format* format = total ? formats.totalCell : formats.cell;
        if (info.kind == Ii06aValueKind::Share) {
            format = total ? formats.totalPercent : formats.percent;
        } else if (info.kind == Ii06aValueKind::Days) {
            format = total ? formats.totalDays : formats.days;
        }
        if (value.isValid()) {
            sheet.number(row, c, value.toDouble(), format);
        } else {
            sheet.blank(row, c, format);
        }
    }
}

} // namespace

Status writeIi06aXlsx(const Ii06aReport& report, const QString& path)
{
    auto workbook = openWorkbook(path);
    if (!workbook) {
        return workbook.error();
    }
    const XlsxFormats formats(*workbook);
    XlsxSheet sheet(workbook_add_worksheet(*workbook, "II.06a"));
    const QList<Ii06aColumnInfo> columns = ii06aColumns(report.grouping);
    const int last = static_cast<int>(columns.size()) - 1;

    // The agency's header on the left, the form's number on the right; the title, period and unit.
    const int headerTop = writeXlsxHeading(sheet, formats, last, report.agencyParent, report.agency,
                                           QStringLiteral("Biểu số II.06a/VPCP/KSTT"), ii06aTitle(),
                                           {ii06aPeriodLine(report.period)}, ii06aUnitLine());
    for (const Ii06aHeaderCell& cell : ii06aHeaderCells(columns)) {
        sheet.merge(headerTop + cell.row, cell.column, headerTop + cell.lastRow, cell.lastColumn, cell.text,
                    formats.header);
    }
    const int numbers = headerTop + kHeaderLevels;
    for (int c = 0; c <= last; ++c) {
        sheet.text(numbers, c, columns.at(c).number, formats.header);
    }
    int row = numbers + 1;
    int number = 0;
    for (const Ii06aRow& line : report.rows) {
        writeRow(sheet, formats, columns, row++, QString::number(++number), line.label(report.grouping), line.counts,
                 report.dayMinutes, false);
    }
    writeRow(sheet, formats, columns, row++, {}, ii06aTotalLabel(), report.total, report.dayMinutes, true);
    writeXlsxSignature(sheet, formats, row + 1, last);

    lxw_worksheet* worksheet = sheet.get();
    worksheet_set_column(worksheet, 0, 0, 6, nullptr);
    worksheet_set_column(worksheet, 1, 1, report.grouping == Ii06aGrouping::Procedure ? 48 : 32, nullptr);
    worksheet_set_column(worksheet, 2, static_cast<lxw_col_t>(last), 11, nullptr);
    for (int r = headerTop; r < numbers; ++r) {
        worksheet_set_row(worksheet, static_cast<lxw_row_t>(r), 45, nullptr);
    }
    worksheet_freeze_panes(worksheet, static_cast<lxw_row_t>(numbers + 1), 2);
    return closeWorkbook(*workbook, sheet, path);
}

} // namespace motcua::reports
