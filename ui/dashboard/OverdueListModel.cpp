#include "ui/dashboard/OverdueListModel.h"

#include "core/calendar/Explanation.h"
#include "core/common/AgencyTime.h"
#include "ui/widgets/DueColours.h"
#include "ui/widgets/PlainText.h"

#include <QBrush>

#include <algorithm>

namespace motcua::ui {

using calendar::WorkCalendar;
using storage::DossierSummary;

OverdueListModel::OverdueListModel(std::shared_ptr<const calendar::WorkCalendar> calendar, QObject* parent)
    : QAbstractTableModel(parent)
    , m_calendar(std::move(calendar))
{}

void OverdueListModel::setRows(QList<DossierSummary> rows, const QDateTime& now)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(rows.size());
    const QDate today = toAgencyTime(now).date();
    for (DossierSummary& summary : rows) {
        Row row;
        row.daysLate = m_calendar->workingDaysBetween(toAgencyTime(summary.dueAt).date(), today);
        row.minutesLate =
            m_calendar->workingMinutesBetween(WorkCalendar::stamp(summary.dueAt), WorkCalendar::stamp(now));
        row.summary = std::move(summary);
        m_rows.append(std::move(row));
    }
    endResetModel();
}

int OverdueListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OverdueListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OverdueListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    const DossierSummary& summary = row.summary;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Code:
            return summary.code;
        case Applicant:
            return summary.applicantName;
        case Procedure:
            return summary.procedureName;
        case Department:
            return summary.departmentName;
        case Assignee:
            return summary.assigneeName;
        case Due:
            return calendar::formatShortMoment(summary.dueAt);
        case DaysLate:
            return latenessText(row);
        default:
            return {};
        }
    case Qt::BackgroundRole:
        return row.minutesLate > 0 && !row.summary.paused && !dossier::isPaused(row.summary.status)
                   ? QVariant(QBrush(overdueColour()))
                   : QVariant();
    case Qt::ForegroundRole:
        return row.minutesLate > 0 ? QVariant(QBrush(QColor(Qt::black))) : QVariant();
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Procedure:
            return plainToolTip(QStringLiteral("%1 — %2").arg(summary.procedureCode, summary.procedureName));
        case Department:
            return plainToolTip(summary.departmentCode);
        case Assignee:
            return plainToolTip(summary.assigneeLogin);
        case DaysLate:
            return row.minutesLate > 0 ? tr("Overdue %1")
                                             .arg(calendar::formatWorkingDuration(
                                                 row.minutesLate, m_calendar->hours().standardDayMinutes()))
                                       : QVariant();
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == DaysLate ? QVariant(static_cast<int>(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case SortRole:
        switch (index.column()) {
        case Due:
            return summary.dueAt;
        case DaysLate:
            return row.minutesLate; // finer than the days, same order
        default:
            return data(index, Qt::DisplayRole);
        }
    case CodeRole:
        return summary.code;
    case DaysLateRole:
        return row.daysLate;
    case MinutesLateRole:
        return row.minutesLate;
    default:
        return {};
    }
}

QString OverdueListModel::latenessText(const Row& row) const
{
    const int dayMinutes = m_calendar->hours().standardDayMinutes();
    if (row.summary.paused || dossier::isPaused(row.summary.status)) {
        return tr("paused");
    }
    if (row.minutesLate > 0) {
        return tr("late %1").arg(calendar::formatWorkingDurationShort(row.minutesLate, dayMinutes));
    }
    return tr("%1 left").arg(calendar::formatWorkingDurationShort(-row.minutesLate, dayMinutes));
}

QList<QStringList> OverdueListModel::table() const
{
    QList<QStringList> lines;
    QStringList titles;
    for (int column = 0; column < ColumnCount; ++column) {
        titles << headerData(column, Qt::Horizontal).toString();
    }
    lines << titles;
    for (int row = 0; row < rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < ColumnCount; ++column) {
            cells << index(row, column).data().toString();
        }
        lines << cells;
    }
    return lines;
}

QVariant OverdueListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Code:
        return tr("Code");
    case Applicant:
        return tr("Applicant");
    case Procedure:
        return tr("Procedure");
    case Department:
        return tr("Department");
    case Assignee:
        return tr("Assignee");
    case Due:
        return tr("Due");
    case DaysLate:
        return tr("Late / left");
    default:
        return {};
    }
}

} // namespace motcua::ui
