#include "ui/calendar/MovedDueModel.h"

#include "core/calendar/Explanation.h"

#include <cstdlib>

namespace motcua::ui {

MovedDueModel::MovedDueModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void MovedDueModel::setMoved(const QList<workflow::MovedDue>& moved)
{
    beginResetModel();
    m_moved = moved;
    endResetModel();
}

int MovedDueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_moved.size());
}

int MovedDueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MovedDueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_moved.size()) {
        return {};
    }
    const workflow::MovedDue& moved = m_moved.at(index.row());
    if (role == CodeRole) {
        return moved.code;
    }
    if (role == Qt::TextAlignmentRole && index.column() == Move) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case Code:
        return moved.code;
    case Applicant:
        return moved.applicant;
    case DueBefore:
        return calendar::formatShortMoment(moved.dueBefore);
    case DueAfter:
        return calendar::formatShortMoment(moved.dueAfter);
    case Move:
        return role == Qt::ToolTipRole ? calendar::formatWorkingDuration(std::abs(moved.workingMinutes), moved.dayMinutes)
                                       : workflow::formatMove(moved);
    default:
        return {};
    }
}

QVariant MovedDueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Code:
        return tr("Dossier code");
    case Applicant:
        return tr("Applicant");
    case DueBefore:
        return tr("Due now");
    case DueAfter:
        return tr("New due");
    case Move:
        return tr("Moves by");
    default:
        return {};
    }
}

} // namespace motcua::ui
