#include "ui/admin/UserTableModel.h"

namespace motcua::ui {

UserTableModel::UserTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void UserTableModel::setUsers(const QList<identity::User>& users, const QList<catalogue::Department>& departments,
                              const QDateTime& now)
{
    beginResetModel();
    m_users = users;
    m_departments.clear();
    for (const catalogue::Department& department : departments) {
        m_departments.insert(department.id, department.name);
    }
    m_now = now;
    endResetModel();
}

const identity::User* UserTableModel::user(int row) const
{
    return row >= 0 && row < m_users.size() ? &m_users.at(row) : nullptr;
}

int UserTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex& index, int role) const
{
    const identity::User* shown = index.isValid() ? user(index.row()) : nullptr;
    if (!shown) {
        return {};
    }
    if (role == LoginRole) {
        return shown->login;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Login:
        return shown->login;
    case Name:
        return shown->fullName;
    case Roles: {
        QStringList names;
        for (identity::Role held : shown->roles) {
            names << identity::roleName(held);
        }
        return names.join(QStringLiteral(", "));
    }
    case Department:
        return m_departments.value(shown->departmentId);
    case Active:
        return shown->active ? tr("Yes") : tr("Disabled");
    case LockedUntil:
        return shown->lockedAt(m_now) ? shown->lockedUntil.toString(QStringLiteral("HH:mm dd/MM/yyyy")) : QString();
    default:
        return {};
    }
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Login:
        return tr("Login");
    case Name:
        return tr("Full name");
    case Roles:
        return tr("Roles");
    case Department:
        return tr("Department");
    case Active:
        return tr("Active");
    case LockedUntil:
        return tr("Locked until");
    default:
        return {};
    }
}

} // namespace motcua::ui
