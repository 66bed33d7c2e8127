#include "core/reports/Ii06aTable.h"

#include "core/common/Csv.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSaveFile>

namespace motcua::reports {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("motcua::reports", text);
}

QJsonValue jsonValue(const QVariant& value)
{
    if (!value.isValid()) {
        return QJsonValue::Null;
    }
    if (value.typeId() == QMetaType::LongLong) {
        return value.toLongLong();
    }
    return value.toDouble();
}

QJsonObject rowJson(const QList<Ii06aColumnInfo>& columns, const Ii06aCounts& counts, int dayMinutes)
{
    QJsonObject object;
    for (const Ii06aColumnInfo& info : columns) {
        if (!info.jsonKey.isEmpty()) {
            object.insert(info.jsonKey, jsonValue(ii06aValue(counts, info.column, dayMinutes)));
        }
    }
    return object;
}

QStringList rowText(const QList<Ii06aColumnInfo>& columns, const QString& number, const QString& label,
                    const Ii06aCounts& counts, int dayMinutes)
{
    QStringList cells;
    for (const Ii06aColumnInfo& info : columns) {
        if (info.column == Ii06aColumn::Number) {
            cells << number;
        } else if (info.column == Ii06aColumn::Label) {
            cells << label;
        } else {
            cells << ii06aText(ii06aValue(counts, info.column, dayMinutes), info.kind);
        }
    }
    return cells;
}

} // namespace

QList<Ii06aColumnInfo> ii06aColumns(Ii06aGrouping grouping)
{
    using enum Ii06aColumn;
    using enum CellKind;
    const QString receivedGroup = tr("Dossiers received for handling");
    const QString inPeriod = tr("Received in the period");
    const QString results = tr("Resolved");
    const QString late = tr("Late");
    const QString inProgress = tr("In progress");
    const QString closed = tr("Closed without a result");
    const QString total = tr("Total");
    const QString label = grouping == Ii06aGrouping::Procedure ? tr("Field, procedure") : tr("Field");
    return {
        {Number, QStringLiteral("(1)"), {tr("No."), {}, {}}, {}, Text},
        {Label, QStringLiteral("(2)"), {label, {}, {}}, {}, Text},
        {Received,
         QStringLiteral("(3)"),
         {receivedGroup, tr("Total received"), {}},
         QStringLiteral("received_total"),
         Count},
        {ReceivedOnline,
         QStringLiteral("(4)"),
         {receivedGroup, inPeriod, tr("Online")},
         QStringLiteral("received_online"),
         Count},
        {ReceivedDirect,
         QStringLiteral("(5)"),
         {receivedGroup, inPeriod, tr("At the counter or by post")},
         QStringLiteral("received_direct"),
         Count},
        {CarriedOver,
         QStringLiteral("(6)"),
         {receivedGroup, tr("Carried over from the previous period"), {}},
         QStringLiteral("carried_over"),
         Count},
        {Resolved, QStringLiteral("(7)"), {results, total, {}}, QStringLiteral("resolved_total"), Count},
        {Early, QStringLiteral("(8)"), {results, tr("Early"), {}}, QStringLiteral("resolved_early"), Count},
        {OnTime, QStringLiteral("(9)"), {results, tr("On time"), {}}, QStringLiteral("resolved_on_time"), Count},
        {Late, QStringLiteral("(10)"), {results, late, total}, QStringLiteral("resolved_late"), Count},
        {LateWithApology,
         QStringLiteral("(10a)"),
         {results, late, tr("With an apology letter")},
         QStringLiteral("resolved_late_with_apology"),
         Count},
        {LateWithoutApology, QStringLiteral("(10b)"), {results, late, tr("Without an apology letter")}, {}, Count},
        {InProgress, QStringLiteral("(11)"), {inProgress, total, {}}, QStringLiteral("in_progress_total"), Count},
        {Within,
         QStringLiteral("(12)"),
         {inProgress, tr("Within the deadline"), {}},
         QStringLiteral("in_progress_within"),
         Count},
        {Overdue,
         QStringLiteral("(13)"),
         {inProgress, tr("Overdue"), {}},
         QStringLiteral("in_progress_overdue"),
         Count},
        {Paused,
         QStringLiteral("(11a)"),
         {inProgress, tr("Paused at the end of the period"), {}},
         QStringLiteral("in_progress_paused"),
         Count},
        {Closed, QStringLiteral("(14)"), {closed, total, {}}, {}, Count},
        {Refused,
         QStringLiteral("(14a)"),
         {closed, tr("Refused after acceptance"), {}},
         QStringLiteral("refused"),
         Count},
        {Withdrawn, QStringLiteral("(14b)"), {closed, tr("Withdrawn"), {}}, QStringLiteral("withdrawn"), Count},
        {Stopped, QStringLiteral("(14c)"), {closed, tr("Stopped"), {}}, QStringLiteral("stopped"), Count},
        {OnTimeShare,
         QStringLiteral("(15)"),
         {tr("Share resolved early or on time (%)"), {}, {}},
         QStringLiteral("on_time_share"),
         Share},
        {Progress,
         QStringLiteral("(16)"),
         {tr("Processing progress (%)"), {}, {}},
         QStringLiteral("progress_indicator"),
         Share},
        {OnlineShare,
         QStringLiteral("(17)"),
         {tr("Share received online (%)"), {}, {}},
         QStringLiteral("online_share"),
         Share},
        {AverageDays,
         QStringLiteral("(18)"),
         {tr("Average handling time (working days)"), {}, {}},
         QStringLiteral("average_working_days"),
         Days},
    };
}

QString ii06aColumnName(const Ii06aColumnInfo& column)
{
    QStringList path = column.headers;
    path.removeAll(QString());
    if (path.size() >= 2 && path.constLast() == tr("Total")) {
        return path.at(path.size() - 2);
    }
    return path.value(path.size() - 1);
}

QList<Ii06aHeaderCell> ii06aHeaderCells(const QList<Ii06aColumnInfo>& columns)
{
    QList<Ii06aHeaderCell> cells;
    const int count = static_cast<int>(columns.size());
    const auto sameUpTo = [&](int a, int b, int level) {
        for (int l = 0; l <= level; ++l) {
            if (columns.at(a).headers.value(l) != columns.at(b).headers.value(l)) {
                return false;
            }
        }
        return true;
    };
    for (int level = 0; level < kHeaderLevels; ++level) {
        for (int column = 0; column < count;) {
            const QString text = columns.at(column).headers.value(level);
            if (text.isEmpty()) {
                ++column;
                continue;
            }
            int last = column;
            while (last + 1 < count && sameUpTo(column, last + 1, level)) {
                ++last;
            }
            int lastRow = level;
            const auto emptyBelow = [&](int row) {
                for (int c = column; c <= last; ++c) {
                    if (!columns.at(c).headers.value(row).isEmpty()) {
                        return false;
                    }
                }
                return true;
            };
            while (lastRow + 1 < kHeaderLevels && emptyBelow(lastRow + 1)) {
                ++lastRow;
            }
            cells.append({level, column, lastRow, last, text});
            column = last + 1;
        }
    }
    return cells;
}

QVariant ii06aValue(const Ii06aCounts& counts, Ii06aColumn column, int dayMinutes)
{
    const auto optional = [](const std::optional<double>& value) {
        return value ? QVariant(*value) : QVariant();
    };
    switch (column) {
    case Ii06aColumn::Number:
    case Ii06aColumn::Label:
        return {};
    case Ii06aColumn::Received:
        return counts.received();
    case Ii06aColumn::ReceivedOnline:
        return counts.receivedOnline;
    case Ii06aColumn::ReceivedDirect:
        return counts.receivedDirect;
    case Ii06aColumn::CarriedOver:
        return counts.carriedOver;
    case Ii06aColumn::Resolved:
        return counts.resolved;
    case Ii06aColumn::Early:
        return counts.early;
    case Ii06aColumn::OnTime:
        return counts.onTime;
    case Ii06aColumn::Late:
        return counts.late;
    case Ii06aColumn::LateWithApology:
        return counts.lateWithApology;
    case Ii06aColumn::LateWithoutApology:
        return counts.lateWithoutApology();
    case Ii06aColumn::InProgress:
        return counts.inProgress;
    case Ii06aColumn::Within:
        return counts.within;
    case Ii06aColumn::Overdue:
        return counts.overdue;
    case Ii06aColumn::Paused:
        return counts.paused;
    case Ii06aColumn::Closed:
        return counts.closedWithoutResult();
    case Ii06aColumn::Refused:
        return counts.refused;
    case Ii06aColumn::Withdrawn:
        return counts.withdrawn;
    case Ii06aColumn::Stopped:
        return counts.stopped;
    case Ii06aColumn::OnTimeShare:
        return optional(counts.onTimeShare());
    case Ii06aColumn::Progress:
        return optional(counts.progressIndicator());
    case Ii06aColumn::OnlineShare:
        return optional(counts.onlineShare());
    case Ii06aColumn::AverageDays:
        return optional(counts.averageWorkingDays(dayMinutes));
    }
    return {};
}

QString ii06aText(const QVariant& value, Ii06aValueKind kind)
{
    return cellText(value, kind);
}

QString ii06aTitle()
{
    return tr("SITUATION AND RESULTS OF HANDLING ADMINISTRATIVE PROCEDURES");
}

QString ii06aPeriodLine(const ReportPeriod& period)
{
    return tr("Reporting period: from %1 to %2")
        .arg(period.from.toString(QStringLiteral("dd/MM/yyyy")), period.to.toString(QStringLiteral("dd/MM/yyyy")));
}

QString ii06aUnitLine()
{
    return tr("Unit: dossiers");
}

QString ii06aTotalLabel()
{
    return QCoreApplication::translate("motcua::reports", "Total", "the row that adds up the others");
}

QJsonObject ii06aJson(const Ii06aReport& report)
{
    const QList<Ii06aColumnInfo> columns = ii06aColumns(report.grouping);
    QJsonArray rows;
    for (const Ii06aRow& row : report.rows) {
        QJsonObject object = rowJson(columns, row.counts, report.dayMinutes);
        object.insert(QStringLiteral("field"), row.field);
        if (report.grouping == Ii06aGrouping::Procedure) {
            object.insert(QStringLiteral("procedure"), row.procedureCode);
            object.insert(QStringLiteral("procedure_name"), row.procedureName);
        }
        rows.append(object);
    }
    const QJsonObject total = rowJson(columns, report.total, report.dayMinutes);
    return {{QStringLiteral("period"), QJsonObject{{QStringLiteral("from"), report.period.from.toString(Qt::ISODate)},
                                                   {QStringLiteral("to"), report.period.to.toString(Qt::ISODate)}}},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("total"), total}};
}

QList<QStringList> ii06aTextRows(const Ii06aReport& report)
{
    const QList<Ii06aColumnInfo> columns = ii06aColumns(report.grouping);
    QList<QStringList> rows;
    for (int level = 0; level < kHeaderLevels; ++level) {
        QStringList header;
        for (const Ii06aColumnInfo& info : columns) {
            header << info.headers.value(level);
        }
        rows << header;
    }
    QStringList numbers;
    for (const Ii06aColumnInfo& info : columns) {
        numbers << info.number;
    }
    rows << numbers;
    int number = 0;
    for (const Ii06aRow& row : report.rows) {
        rows << rowText(columns, QString::number(++number), row.label(report.grouping), row.counts, report.dayMinutes);
    }
    rows << rowText(columns, {}, ii06aTotalLabel(), report.total, report.dayMinutes);
    return rows;
}

Status writeIi06aCsv(const Ii06aReport& report, const QString& path)
{
    QList<QStringList> rows{
        {report.agencyParent}, {report.agency}, {ii06aTitle()}, {ii06aPeriodLine(report.period)}, {ii06aUnitLine()}};
    rows.append(ii06aTextRows(report));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv(rows)) < 0 || !file.commit()) {
        return Error::invalid(QStringLiteral("csv"), tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    return {};
}

QString ii06aHtml(const Ii06aReport& report)
{
    const QList<Ii06aColumnInfo> columns = ii06aColumns(report.grouping);
    const auto escaped = [](const QString& text) {
        return text.toHtmlEscaped();
    };
    QString html =
        QStringLiteral("<html><head><meta charset=\"utf-8\"><style>"
                       "body { font-family: 'Noto Serif', 'Times New Roman', serif; }"
                       "table.form { border-collapse: collapse; width: 100%; }"
                       "table.form th, table.form td { border: 1px solid black; padding: 1px 2px; font-size: 6pt; }"
                       "table.form th { font-weight: bold; text-align: center; vertical-align: middle; }"
                       "td.n { text-align: right; } tr.total td { font-weight: bold; }"
                       "</style></head><body>");
    html += QStringLiteral("<table width=\"100%\"><tr><td align=\"center\">%1<br><b>%2</b></td>"
                           "<td align=\"center\"><b>Biểu số II.06a/VPCP/KSTT</b></td></tr></table>")
                .arg(escaped(report.agencyParent.toUpper()), escaped(report.agency.toUpper()));
    html += QStringLiteral("<p align=\"center\"><b>%1</b><br>%2</p><p align=\"right\"><i>%3</i></p>")
                .arg(escaped(ii06aTitle()), escaped(ii06aPeriodLine(report.period)), escaped(ii06aUnitLine()));
    html += QStringLiteral("<table class=\"form\" cellspacing=\"0\" cellpadding=\"2\" border=\"1\">");
    const QList<Ii06aHeaderCell> cells = ii06aHeaderCells(columns);
    for (int level = 0; level < kHeaderLevels; ++level) {
        html += QStringLiteral("<tr>");
        for (const Ii06aHeaderCell& cell : cells) {
            if (cell.row == level) {
                // Column (2), the names of fields or procedures, gets the room it needs.
                const bool label = cell.column == 1 && cell.lastColumn == 1;
                html += QStringLiteral("<th rowspan=\"%1\" colspan=\"%2\"%3>%4</th>")
                            .arg(cell.lastRow - cell.row + 1)
                            .arg(cell.lastColumn - cell.column + 1)
                            .arg(label ? QStringLiteral(" width=\"14%\"") : QString(), escaped(cell.text));
            }
        }
        html += QStringLiteral("</tr>");
    }
    const QList<QStringList> rows = ii06aTextRows(report).mid(kHeaderLevels);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const bool numbering = r == 0;
        const bool total = r == rows.size() - 1;
        html += total ? QStringLiteral("<tr class=\"total\">") : QStringLiteral("<tr>");
        for (qsizetype c = 0; c < rows.at(r).size(); ++c) {
            const bool number = !numbering && c > 1;
            html += QStringLiteral("<%1%2>%3</%1>")
                        .arg(numbering ? QStringLiteral("th") : QStringLiteral("td"),
                             number ? QStringLiteral(" class=\"n\" align=\"right\"") : QString(),
                             escaped(rows.at(r).at(c)));
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    html += signatureBlockHtml();
    html += QStringLiteral("</body></html>");
    return html;
}

} // namespace motcua::reports
