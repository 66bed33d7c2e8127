#include "core/reports/Ii06aXlsx.h"

#include "core/reports/Ii06aTable.h"

#include <QCoreApplication>
#include <QFile>

#include <xlsxwriter.h>

namespace motcua::reports {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("motcua::reports", text);
}

// Cell formats of the sheet, owned by the workbook.
struct Formats {
    lxw_format* left = nullptr;
    lxw_format* leftBold = nullptr;
    lxw_format* centre = nullptr;
    lxw_format* centreBold = nullptr;
    lxw_format* title = nullptr;
    lxw_format* right = nullptr;
    lxw_format* header = nullptr;
    lxw_format* cell = nullptr;
    lxw_format* text = nullptr;
    lxw_format* percent = nullptr;
    lxw_format* days = nullptr;
    lxw_format* totalCell = nullptr;
    lxw_format* totalText = nullptr;
    lxw_format* totalPercent = nullptr;
    lxw_format* totalDays = nullptr;

    explicit Formats(lxw_workbook* workbook)
    {
        const auto make = [&](bool bold, lxw_format_alignments align, bool border) {
            lxw_format* format = workbook_add_format(workbook);
            format_set_font_name(format, "Times New Roman");
            format_set_font_size(format, 11);
            if (bold) {
                format_set_bold(format);
            }
            format_set_align(format, align);
            format_set_align(format, LXW_ALIGN_VERTICAL_CENTER);
            if (border) {
                format_set_border(format, LXW_BORDER_THIN);
            }
            format_set_text_wrap(format);
            return format;
        };
        left = make(false, LXW_ALIGN_LEFT, false);
        leftBold = make(true, LXW_ALIGN_LEFT, false);
        centre = make(false, LXW_ALIGN_CENTER, false);
        centreBold = make(true, LXW_ALIGN_CENTER, false);
        title = make(true, LXW_ALIGN_CENTER, false);
        format_set_font_size(title, 13);
        right = make(false, LXW_ALIGN_RIGHT, false);
        format_set_italic(right);
        header = make(true, LXW_ALIGN_CENTER, true);
        cell = make(false, LXW_ALIGN_RIGHT, true);
        text = make(false, LXW_ALIGN_LEFT, true);
        percent = make(false, LXW_ALIGN_RIGHT, true);
        format_set_num_format(percent, "0.0%");
        days = make(false, LXW_ALIGN_RIGHT, true);
        format_set_num_format(days, "0.0");
        totalCell = make(true, LXW_ALIGN_RIGHT, true);
        totalText = make(true, LXW_ALIGN_CENTER, true);
        totalPercent = make(true, LXW_ALIGN_RIGHT, true);
        format_set_num_format(totalPercent, "0.0%");
        totalDays = make(true, LXW_ALIGN_RIGHT, true);
        format_set_num_format(totalDays, "0.0");
    }
};

class Sheet {
public:
    explicit Sheet(lxw_worksheet* worksheet)
        : m_sheet(worksheet)
    {}

    void text(int row, int column, const QString& value, lxw_format* format)
    {
        keep(worksheet_write_string(m_sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column),
                                    value.toUtf8().constData(), format));
    }
    void number(int row, int column, double value, lxw_format* format)
    {
        keep(worksheet_write_number(m_sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column), value,
                                    format));
    }
    void blank(int row, int column, lxw_format* format)
    {
        keep(worksheet_write_blank(m_sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column), format));
    }
    void merge(int row, int column, int lastRow, int lastColumn, const QString& value, lxw_format* format)
    {
        if (row == lastRow && column == lastColumn) {
            text(row, column, value, format);
            return;
        }
        keep(worksheet_merge_range(m_sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column),
                                   static_cast<lxw_row_t>(lastRow), static_cast<lxw_col_t>(lastColumn),
                                   value.toUtf8().constData(), format));
    }
    lxw_worksheet* get() const { return m_sheet; }
    lxw_error error() const { return m_error; }

private:
    void keep(lxw_error error)
    {
        if (m_error == LXW_NO_ERROR) {
            m_error = error;
        }
    }

    lxw_worksheet* m_sheet;
    lxw_error m_error = LXW_NO_ERROR;
};

void writeRow(Sheet& sheet, const Formats& formats, const QList<Ii06aColumnInfo>& columns, int row,
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
    // The file is made here first, so that a folder that does not exist or a read-only one is reported in words
    // (libxlsxwriter would print its own message on standard error when it writes the file at the end).
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return Error::invalid(QStringLiteral("xlsx"),
                              tr("Cannot write the workbook %1: %2.").arg(path, probe.errorString()));
    }
    probe.close();
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook* workbook = workbook_new(file.constData());
    if (!workbook) {
        return Error::invalid(QStringLiteral("xlsx"), tr("Cannot create the workbook %1.").arg(path));
    }
    const Formats formats(workbook);
    Sheet sheet(workbook_add_worksheet(workbook, "II.06a"));
    const QList<Ii06aColumnInfo> columns = ii06aColumns(report.grouping);
    const int last = static_cast<int>(columns.size()) - 1;
    const int half = last / 2;

    // The agency's header on the left, the form's number on the right; the title, period and unit.
    sheet.merge(0, 0, 0, half, report.agencyParent.toUpper(), formats.centre);
    sheet.merge(1, 0, 1, half, report.agency.toUpper(), formats.centreBold);
    sheet.merge(0, half + 1, 0, last, QStringLiteral("Biểu số II.06a/VPCP/KSTT"), formats.centreBold);
    sheet.merge(3, 0, 3, last, ii06aTitle(), formats.title);
    sheet.merge(4, 0, 4, last, ii06aPeriodLine(report.period), formats.centre);
    sheet.merge(5, 0, 5, last, ii06aUnitLine(), formats.right);

    constexpr int headerTop = 6;
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

    // The signature block: who drew it up, the head of the agency.
    row += 1;
    sheet.merge(row, half + 1, row, last, tr("…, day … month … year …"), formats.right);
    ++row;
    sheet.merge(row, 0, row, half, tr("PREPARED BY"), formats.centreBold);
    sheet.merge(row, half + 1, row, last, tr("HEAD OF THE AGENCY"), formats.centreBold);
    ++row;
    sheet.merge(row, 0, row, half, tr("(signature, full name)"), formats.centre);
    sheet.merge(row, half + 1, row, last, tr("(signature, full name, seal)"), formats.centre);

    lxw_worksheet* worksheet = sheet.get();
    worksheet_set_column(worksheet, 0, 0, 6, nullptr);
    worksheet_set_column(worksheet, 1, 1, report.grouping == Ii06aGrouping::Procedure ? 48 : 32, nullptr);
    worksheet_set_column(worksheet, 2, static_cast<lxw_col_t>(last), 11, nullptr);
    for (int r = headerTop; r < numbers; ++r) {
        worksheet_set_row(worksheet, static_cast<lxw_row_t>(r), 45, nullptr);
    }
    worksheet_freeze_panes(worksheet, static_cast<lxw_row_t>(numbers + 1), 2);
    worksheet_set_landscape(worksheet);
    worksheet_set_paper(worksheet, 9); // A4
    worksheet_fit_to_pages(worksheet, 1, 0);

    const lxw_error written = sheet.error();
    const lxw_error closed = workbook_close(workbook);
    const lxw_error error = written != LXW_NO_ERROR ? written : closed;
    if (error != LXW_NO_ERROR) {
        return Error::invalid(
            QStringLiteral("xlsx"),
            tr("Cannot write the workbook %1: %2.").arg(path, QString::fromUtf8(lxw_strerror(error))));
    }
    return {};
}

} // namespace motcua::reports
