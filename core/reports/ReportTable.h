#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace motcua::reports {

// What a cell of a report holds: text, a count, a share (a fraction), working days.
enum class CellKind { Text, Count, Share, Days };

// A cell's value as text: counts as they are, shares as percentages with one decimal, days with one decimal, "–"
// for nothing (an invalid QVariant) except in a text column.
QString cellText(const QVariant& value, CellKind kind);

struct TableColumn {
    QString header;
    CellKind kind = CellKind::Count;
    double width = 11; // in the workbook, in characters
};

// A report as one plain table, the way the screen shows it and every export writes it (CSV, XLSX, the printed
// page): the agency's header, a title and the lines under it (period, department…), one header row, the rows, and
// the signature block. Values are numbers as numbers (qint64 counts, double shares and days) or text.
struct ReportTable {
    QString sheetName; // at most 31 characters, no []:*?/\ (the workbook's rule)
    QString agencyParent;
    QString agency;
    QString title;
    QStringList lines;
    QList<TableColumn> columns;
    QList<QVariantList> rows;

    // The header row, then each row as text.
    QList<QStringList> textRows() const;
};

// UTF-8 with a byte-order mark (core/common/Csv.h): the agency, the title and its lines, then the table as text.
// Written whole or not at all; the error names "csv".
Status writeTableCsv(const ReportTable& table, const QString& path);
// An XLSX workbook through libxlsxwriter: the heading, a bold header row frozen with the first column, numbers as
// numbers (shares as percentages, an empty cell for nothing), the columns' widths, A4 landscape, the signature
// block. The error names "xlsx".
Status writeTableXlsx(const ReportTable& table, const QString& path);
// The table as an HTML page for print/ReportDocument (A4 landscape), with the signature block.
QString tableHtml(const ReportTable& table);
// The signature block of every printed report (who drew it up, the head of the agency), as HTML.
QString signatureBlockHtml();

} // namespace motcua::reports
