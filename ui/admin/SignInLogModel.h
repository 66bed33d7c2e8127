#pragma once

#include "core/storage/SignInLog.h"

#include <QAbstractTableModel>

namespace motcua::ui {

// The sign-in log, newest first: time, login as typed, workstation, outcome.
class SignInLogModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Time, Login, Workstation, Outcome, ColumnCount };

    explicit SignInLogModel(QObject* parent = nullptr);

    void setEntries(const QList<storage::SignInLogEntry>& entries);
    static QString outcomeName(storage::SignInLogEntry::Outcome outcome);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<storage::SignInLogEntry> m_entries;
};

} // namespace motcua::ui
