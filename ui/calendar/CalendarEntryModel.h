#pragma once

#include "core/calendar/CalendarEntry.h"

#include <QAbstractTableModel>

namespace motcua::ui {

// The dated entries of one calendar year beside the year view: day, kind, name, source; the generated,
// unconfirmed ones in italics. Some twenty rows a year: loaded whole.
class CalendarEntryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Date, Kind, Name, Source, ColumnCount };
    enum Role { DateRole = Qt::UserRole + 1, ConfirmedRole };

    explicit CalendarEntryModel(QObject* parent = nullptr);

    void setEntries(const QList<calendar::CalendarEntry>& entries);
    // The row of the entry on `date`, or -1.
    int rowOf(const QDate& date) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<calendar::CalendarEntry> m_entries;
};

} // namespace motcua::ui
