#pragma once

#include "core/storage/AdminLog.h"

#include <QAbstractTableModel>

namespace motcua::ui {

// The administration log, newest first, read from the database a page at a time (canFetchMore / fetchMore, keyset
// paging on the entry's id) with the filter given: when, who, the kind of change and what changed. Read-only.
class AdminLogModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Time, User, Kind, Change, ColumnCount };
    enum Role { ActionRole = Qt::UserRole + 1 };
    static constexpr int kPageSize = 100;

    AdminLogModel(storage::Database& database, const Clock& clock, QObject* parent = nullptr);

    // Drops the rows and loads the first page of `filter`, and counts its entries.
    void setFilter(const storage::AdminLogFilter& filter);
    qint64 totalCount() const { return m_total; }
    const storage::AdminLogEntry& entry(int row) const { return m_entries.at(row); }

    // For people: the kind ("user" → "Users"), the action ("user.disabled" → "User disabled") and its details.
    static QString kindName(const QString& kind);
    static QString actionName(const QString& action);
    static QString describe(const storage::AdminLogEntry& entry);
    static QString detailName(const QString& key); // "login" → "tài khoản"

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void loadFailed(const QString& message);

private:
    storage::AdminLog m_log;
    storage::AdminLogFilter m_filter;
    QList<storage::AdminLogEntry> m_entries;
    qint64 m_total = 0;
    bool m_atEnd = true;
};

} // namespace motcua::ui
