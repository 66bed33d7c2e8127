#include "ui/calendar/CalendarEntryModel.h"

#include <QFont>

namespace motcua::ui {

CalendarEntryModel::CalendarEntryModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CalendarEntryModel::setEntries(const QList<calendar::CalendarEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int CalendarEntryModel::rowOf(const QDate& date) const
{
    for (qsizetype row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).date == date) {
            return static_cast<int>(row);
        }
    }
    return -1;
}

int CalendarEntryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int CalendarEntryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CalendarEntryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size()) {
        return {};
    }
    const calendar::CalendarEntry& entry = m_entries.at(index.row());
    switch (role) {
    case DateRole:
        return entry.date;
    case ConfirmedRole:
        return entry.confirmed;
    case Qt::FontRole:
        if (!entry.confirmed) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::ToolTipRole:
        return entry.confirmed ? entry.source : tr("%1 — generated, not confirmed yet").arg(entry.source);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return entry.date.toString(QStringLiteral("dd/MM"));
        case Kind:
            return calendar::dayKindName(entry.kind);
        case Name:
            return entry.name;
        case Source:
            return entry.source;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant CalendarEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Date:
        return tr("Day");
    case Kind:
        return tr("Kind");
    case Name:
        return tr("Name");
    case Source:
        return tr("Source");
    default:
        return {};
    }
}

} // namespace motcua::ui
