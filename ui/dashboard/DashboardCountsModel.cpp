#include "ui/dashboard/DashboardCountsModel.h"

#include <QFont>

namespace motcua::ui {

using storage::DashboardRow;

DashboardCountsModel::DashboardCountsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void DashboardCountsModel::setRows(QList<DashboardRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_total = {};
    for (const DashboardRow& row : std::as_const(m_rows)) {
        m_total.overdue += row.overdue;
        m_total.dueToday += row.dueToday;
        m_total.dueSoon += row.dueSoon;
        m_total.paused += row.paused;
    }
    endResetModel();
}

int DashboardCountsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size()) + 1; // the last row holds the totals
}

int DashboardCountsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 DashboardCountsModel::count(const DashboardRow& row, int column)
{
    switch (column) {
    case Overdue:
        return row.overdue;
    case DueToday:
        return row.dueToday;
    case DueSoon:
        return row.dueSoon;
    case Paused:
        return row.paused;
    default:
        return 0;
    }
}

QVariant DashboardCountsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const bool isTotal = index.row() == static_cast<int>(m_rows.size());
    const DashboardRow& row = isTotal ? m_total : m_rows.at(index.row());
    const int column = index.column();
    const bool isCount = column >= Overdue && column <= Paused;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Department:
            if (isTotal) {
                return tr("Total");
            }
            return row.departmentCode.isEmpty() ? tr("(no department)") : row.departmentName;
        case Step:
            if (isTotal || row.step <= 0) {
                return QString();
            }
            return row.stepName.isEmpty() ? tr("B%1").arg(row.step) : tr("B%1 · %2").arg(row.step).arg(row.stepName);
        default:
            return isCount ? QVariant(count(row, column)) : QVariant();
        }
    case Qt::ToolTipRole:
        return column == Department && !isTotal ? QVariant(row.departmentCode) : QVariant();
    case Qt::TextAlignmentRole:
        return isCount ? QVariant(static_cast<int>(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::FontRole:
        if (isTotal) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case DepartmentCodeRole:
        return row.departmentCode;
    case StepRole:
        return row.step;
    case StepNameRole:
        return row.stepName;
    case CountRole:
        return isCount ? QVariant(count(row, column)) : QVariant();
    case TotalRowRole:
        return isTotal;
    default:
        return {};
    }
}

QVariant DashboardCountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Department:
        return tr("Department");
    case Step:
        return tr("Step");
    case Overdue:
        return tr("Overdue");
    case DueToday:
        return tr("Due today");
    case DueSoon:
        return tr("Due within 1 working day");
    case Paused:
        return tr("Paused");
    default:
        return {};
    }
}

} // namespace motcua::ui
