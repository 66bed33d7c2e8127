#include "ui/reports/ReportTableModel.h"

namespace motcua::ui {

using namespace motcua::reports;

ReportTableModel::ReportTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ReportTableModel::setTable(const ReportTable& table)
{
    beginResetModel();
    m_table = table;
    m_hasTable = true;
    endResetModel();
}

void ReportTableModel::clear()
{
    beginResetModel();
    m_table = {};
    m_hasTable = false;
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_table.columns.size());
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const TableColumn& column = m_table.columns.at(index.column());
    const QVariant value = m_table.rows.at(index.row()).value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(value, column.kind);
    case Qt::ToolTipRole:
        return column.kind == CellKind::Text ? value : QVariant();
    case ValueRole:
        return value;
    case Qt::TextAlignmentRole:
        return column.kind == CellKind::Text ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                             : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        return m_table.columns.at(section).header;
    }
    return {};
}

} // namespace motcua::ui
