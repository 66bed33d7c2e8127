#pragma once

#include "core/reports/Ii06aReport.h"
#include "core/reports/ReportTable.h"

#include <QJsonObject>
#include <QStringList>
#include <QVariant>

namespace motcua::reports {

// The columns of form II.06a as every output shows them (screen, CSV, XLSX, command line), in order.
enum class Ii06aColumn {
    Number,
    Label,
    Received,
    ReceivedOnline,
    ReceivedDirect,
    CarriedOver,
    Resolved,
    Early,
    OnTime,
    Late,
    LateWithApology,
    LateWithoutApology,
    InProgress,
    Within,
    Overdue,
    Paused,
    Closed,
    Refused,
    Withdrawn,
    Stopped,
    OnTimeShare,
    Progress,
    OnlineShare,
    AverageDays,
};

using Ii06aValueKind = CellKind;

struct Ii06aColumnInfo {
    Ii06aColumn column = Ii06aColumn::Number;
    QString number;      // "(3)", "(10a)": the numbering row of the form
    QStringList headers; // kHeaderLevels levels, top first, translated; an empty level continues the one above
    QString jsonKey;     // the key in the JSON output; empty when the column is not in it
    Ii06aValueKind kind = Ii06aValueKind::Count;
};

inline constexpr int kHeaderLevels = 3;

// The columns, their numbers and headers (column (2) names fields or procedures).
QList<Ii06aColumnInfo> ii06aColumns(Ii06aGrouping grouping);
// A column's own name where it stands alone (a screen's header): its last header, or the group it totals ((10)
// "Late", not "Total").
QString ii06aColumnName(const Ii06aColumnInfo& column);

// One header cell of the form, spanning rows [row, lastRow] of the header and columns [column, lastColumn]:
// equal headers side by side under the same parent merge across, an empty level below merges down.
struct Ii06aHeaderCell {
    int row = 0;
    int column = 0;
    int lastRow = 0;
    int lastColumn = 0;
    QString text;
};
QList<Ii06aHeaderCell> ii06aHeaderCells(const QList<Ii06aColumnInfo>& columns);

// A cell's value: a count (qint64), a share as a fraction or working days (double), nothing (an invalid QVariant)
// for a share of nothing and for the columns (1) and (2).
QVariant ii06aValue(const Ii06aCounts& counts, Ii06aColumn column, int dayMinutes);
// The value as text: counts as they are, shares as percentages with one decimal, days with one decimal, "–" for
// nothing.
QString ii06aText(const QVariant& value, Ii06aValueKind kind);

// Title and header lines of the form: "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", the period, the unit.
QString ii06aTitle();
QString ii06aPeriodLine(const ReportPeriod& period);
QString ii06aUnitLine();
QString ii06aTotalLabel();

// {"period":{"from","to"},"rows":[…],"total":{…}} with the keys of the issue (docs/reports.md).
QJsonObject ii06aJson(const Ii06aReport& report);
// The table as rows of text: the header levels, the numbering row, one row per line, the total.
QList<QStringList> ii06aTextRows(const Ii06aReport& report);
// The CSV file (core/common/Csv.h: UTF-8 with a byte-order mark): the agency, title, period and unit lines, then
// the table as text. Written whole or not at all; the error names "csv".
Status writeIi06aCsv(const Ii06aReport& report, const QString& path);
// The form as an HTML document for printing (A4 landscape): the agency's header, the title, the period and unit,
// the table with its merged header cells and the numbering row, the total, and the signature block.
QString ii06aHtml(const Ii06aReport& report);

} // namespace motcua::reports
