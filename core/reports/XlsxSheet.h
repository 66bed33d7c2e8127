#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QStringList>

#include <xlsxwriter.h>

namespace motcua::reports {

// The cell formats of a report workbook (Times New Roman 11, thin borders in the table), owned by the workbook.
struct XlsxFormats {
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

    explicit XlsxFormats(lxw_workbook* workbook);
};

// One worksheet written cell by cell in Qt's terms (UTF-8 text, int rows and columns); the first error is kept.
class XlsxSheet {
public:
    explicit XlsxSheet(lxw_worksheet* worksheet)
        : m_sheet(worksheet)
    {}

    void text(int row, int column, const QString& value, lxw_format* format);
    void number(int row, int column, double value, lxw_format* format);
    void blank(int row, int column, lxw_format* format);
    // A single cell when the range is one cell.
    void merge(int row, int column, int lastRow, int lastColumn, const QString& value, lxw_format* format);
    lxw_worksheet* get() const { return m_sheet; }
    lxw_error error() const { return m_error; }

private:
    void keep(lxw_error error);

    lxw_worksheet* m_sheet;
    lxw_error m_error = LXW_NO_ERROR;
};

// A new workbook at `path`, made first as an empty file so that a folder that does not exist or a read-only one is
// reported in words (the error names "xlsx"; libxlsxwriter would only print on standard error when it closes).
Result<lxw_workbook*> openWorkbook(const QString& path);
// Closes (writes) the workbook; the first error of `sheet` or of the closing, naming "xlsx".
Status closeWorkbook(lxw_workbook* workbook, const XlsxSheet& sheet, const QString& path);

// The agency's header on the left (parent, agency) and `formNumber` on the right over columns [0, last], then the
// title, the `lines` below it and the italic `unit` on the right (when not empty). Returns the next free row.
int writeXlsxHeading(XlsxSheet& sheet, const XlsxFormats& formats, int last, const QString& agencyParent,
                     const QString& agency, const QString& formNumber, const QString& title,
                     const QStringList& lines, const QString& unit);
// The signature block from `row`: the place and date, who drew it up on the left, the head of the agency on the
// right. Sets A4 landscape, one page wide.
void writeXlsxSignature(XlsxSheet& sheet, const XlsxFormats& formats, int row, int last);

} // namespace motcua::reports
