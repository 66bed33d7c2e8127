#include "ui/reports/Ii06aTableModel.h"

#include <QFont>

namespace motcua::ui {

using namespace motcua::reports;

Ii06aTableModel::Ii06aTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_columns(ii06aColumns(Ii06aGrouping::Field))
{}

void Ii06aTableModel::setReport(const Ii06aReport& report)
{
    beginResetModel();
    m_report = report;
    m_columns = ii06aColumns(report.grouping);
    m_hasReport = true;
    endResetModel();
}

void Ii06aTableModel::clear()
{
    beginResetModel();
    m_report = {};
    m_hasReport = false;
    endResetModel();
}

int Ii06aTableModel::columnOf(Ii06aColumn column) const
{
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        if (m_columns.at(c).column == column) {
            return static_cast<int>(c);
        }
    }
    return -1;
}

int Ii06aTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_hasReport ? 0 : static_cast<int>(m_report.rows.size()) + 1;
}

int Ii06aTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

const Ii06aCounts& Ii06aTableModel::countsOf(int row) const
{
    return row < m_report.rows.size() ? m_report.rows.at(row).counts : m_report.total;
}

QVariant Ii06aTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount()) {
        return {};
    }
    const Ii06aColumnInfo& info = m_columns.at(index.column());
    const bool total = index.row() == m_report.rows.size();
    switch (role) {
    case Qt::DisplayRole:
        if (info.column == Ii06aColumn::Number) {
            return total ? QString() : QString::number(index.row() + 1);
        }
        if (info.column == Ii06aColumn::Label) {
            return total ? ii06aTotalLabel() : m_report.rows.at(index.row()).label(m_report.grouping);
        }
        return ii06aText(ii06aValue(countsOf(index.row()), info.column, m_report.dayMinutes), info.kind);
    case ValueRole:
        return ii06aValue(countsOf(index.row()), info.column, m_report.dayMinutes);
    case TotalRowRole:
        return total;
    case Qt::TextAlignmentRole:
        return info.kind == Ii06aValueKind::Text ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                 : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (total) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant Ii06aTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    const Ii06aColumnInfo& info = m_columns.at(section);
    QStringList path;
    for (const QString& header : info.headers) {
        if (!header.isEmpty()) {
            path << header;
        }
    }
    if (role == Qt::DisplayRole) {
        return QStringLiteral("%1\n%2").arg(info.number, ii06aColumnName(info));
    }
    if (role == Qt::ToolTipRole) {
        return QStringLiteral("%1 %2").arg(info.number, path.join(QStringLiteral(" › ")));
    }
    return {};
}

} // namespace motcua::ui
