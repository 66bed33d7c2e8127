#include "core/reports/XlsxSheet.h"

#include <QCoreApplication>
#include <QFile>

namespace motcua::reports {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("motcua::reports", text);
}

} // namespace

XlsxFormats::XlsxFormats(lxw_workbook* workbook)
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

void XlsxSheet::text(int row, int column, const QString& value, lxw_format* format)
{
    keep(worksheet_write_string(m_sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column),
                                value.toUtf8().constData(), format));
}

void XlsxSheet::number(int row, int column, double value, lxw_format* format)
{
    keep(worksheet_write_number(m_sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column), value, format));
}

void XlsxSheet::blank(int row, int column, lxw_format* format)
{
    keep(worksheet_write_blank(m_sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column), format));
}

void XlsxSheet::merge(int row, int column, int lastRow, int lastColumn, const QString& value, lxw_format* format)
{
    if (row == lastRow && column == lastColumn) {
        text(row, column, value, format);
        return;
    }
    keep(worksheet_merge_range(m_sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column),
                               static_cast<lxw_row_t>(lastRow), static_cast<lxw_col_t>(lastColumn),
                               value.toUtf8().constData(), format));
}

void XlsxSheet::keep(lxw_error error)
{
    if (m_error == LXW_NO_ERROR) {
        m_error = error;
    }
}

Result<lxw_workbook*> openWorkbook(const QString& path)
{
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
    return workbook;
}

Status closeWorkbook(lxw_workbook* workbook, const XlsxSheet& sheet, const QString& path)
{
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

int writeXlsxHeading(XlsxSheet& sheet, const XlsxFormats& formats, int last, const QString& agencyParent,
                     const QString& agency, const QString& formNumber, const QString& title,
                     const QStringList& lines, const QString& unit)
{
    const int half = last / 2;
    sheet.merge(0, 0, 0, half, agencyParent.toUpper(), formats.centre);
    sheet.merge(1, 0, 1, half, agency.toUpper(), formats.centreBold);
    if (!formNumber.isEmpty()) {
        sheet.merge(0, half + 1, 0, last, formNumber, formats.centreBold);
    }
    int row = 3;
    sheet.merge(row, 0, row, last, title, formats.title);
    for (const QString& line : lines) {
        ++row;
        sheet.merge(row, 0, row, last, line, formats.centre);
    }
    if (!unit.isEmpty()) {
        ++row;
        sheet.merge(row, 0, row, last, unit, formats.right);
    }
    return row + 1;
}

void writeXlsxSignature(XlsxSheet& sheet, const XlsxFormats& formats, int row, int last)
{
    const int half = last / 2;
    sheet.merge(row, half + 1, row, last, tr("…, day … month … year …"), formats.right);
    ++row;
    sheet.merge(row, 0, row, half, tr("PREPARED BY"), formats.centreBold);
    sheet.merge(row, half + 1, row, last, tr("HEAD OF THE AGENCY"), formats.centreBold);
    ++row;
    sheet.merge(row, 0, row, half, tr("(signature, full name)"), formats.centre);
    sheet.merge(row, half + 1, row, last, tr("(signature, full name, seal)"), formats.centre);
    lxw_worksheet* worksheet = sheet.get();
    worksheet_set_landscape(worksheet);
    worksheet_set_paper(worksheet, 9); // A4
    worksheet_fit_to_pages(worksheet, 1, 0);
}

} // namespace motcua::reports
