#pragma once

#include "core/catalogue/Agency.h"
#include "core/identity/User.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace motcua::ui {

// The agency's users for the administrator: login, name, roles, department, active, locked until. A few dozen
// rows: loaded whole.
class UserTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Login, Name, Roles, Department, Active, LockedUntil, ColumnCount };
    enum Role { LoginRole = Qt::UserRole + 1 };

    explicit UserTableModel(QObject* parent = nullptr);

    void setUsers(const QList<identity::User>& users, const QList<catalogue::Department>& departments,
                  const QDateTime& now);
    const identity::User* user(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<identity::User> m_users;
    QHash<qint64, QString> m_departments;
    QDateTime m_now;
};

} // namespace motcua::ui
