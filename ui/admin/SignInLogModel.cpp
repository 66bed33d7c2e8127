#include "ui/admin/SignInLogModel.h"

namespace motcua::ui {

using storage::SignInLogEntry;

SignInLogModel::SignInLogModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void SignInLogModel::setEntries(const QList<SignInLogEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

QString SignInLogModel::outcomeName(SignInLogEntry::Outcome outcome)
{
    switch (outcome) {
    case SignInLogEntry::Outcome::Success:
        return tr("Signed in");
    case SignInLogEntry::Outcome::Failure:
        return tr("Wrong password");
    case SignInLogEntry::Outcome::Locked:
        return tr("Locked");
    case SignInLogEntry::Outcome::Disabled:
        return tr("Account disabled");
    case SignInLogEntry::Outcome::Unlocked:
        return tr("Unlocked by the administrator");
    }
    return {};
}

int SignInLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int SignInLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SignInLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size() || role != Qt::DisplayRole) {
        return {};
    }
    const SignInLogEntry& entry = m_entries.at(index.row());
    switch (index.column()) {
    case Time:
        return entry.at.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
    case Login:
        return entry.login;
    case Workstation:
        return entry.workstation;
    case Outcome:
        return outcomeName(entry.outcome);
    default:
        return {};
    }
}

QVariant SignInLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Time:
        return tr("Time");
    case Login:
        return tr("Login");
    case Workstation:
        return tr("Workstation");
    case Outcome:
        return tr("Outcome");
    default:
        return {};
    }
}

} // namespace motcua::ui
