#include "ui/admin/AdminLogModel.h"

#include "core/storage/Settings.h"
#include "ui/widgets/PlainText.h"

#include <QJsonArray>
#include <QLocale>

namespace motcua::ui {

AdminLogModel::AdminLogModel(storage::Database& database, const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_log(database, clock)
{}

void AdminLogModel::setFilter(const storage::AdminLogFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_filter.limit = kPageSize;
    m_filter.beforeId = 0;
    m_entries.clear();
    m_atEnd = true; // a view asking for more during the reset gets nothing: the first page comes below
    endResetModel();
    m_atEnd = false;
    const auto total = m_log.count(m_filter);
    m_total = total.value_or(0);
    if (!total) {
        emit loadFailed(total.error().message);
    }
    fetchMore({});
}

bool AdminLogModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void AdminLogModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd) {
        return;
    }
    storage::AdminLogFilter page = m_filter;
    page.beforeId = m_entries.isEmpty() ? 0 : m_entries.constLast().id;
    auto entries = m_log.entries(page);
    if (!entries) {
        m_atEnd = true;
        emit loadFailed(entries.error().message);
        return;
    }
    m_atEnd = entries->size() < page.limit;
    if (entries->isEmpty()) {
        return;
    }
    const int first = static_cast<int>(m_entries.size());
    beginInsertRows({}, first, first + static_cast<int>(entries->size()) - 1);
    m_entries.append(*entries);
    endInsertRows();
}

int AdminLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AdminLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AdminLogModel::kindName(const QString& kind)
{
    if (kind == QLatin1String("user")) {
        return tr("Users");
    }
    if (kind == QLatin1String("setting")) {
        return tr("Settings");
    }
    if (kind == QLatin1String("backup")) {
        return tr("Backups");
    }
    if (kind == QLatin1String("catalogue") || kind == QLatin1String("procedure") || kind == QLatin1String("process")) {
        return tr("Catalogue");
    }
    if (kind == QLatin1String("calendar")) {
        return tr("Calendar");
    }
    if (kind == QLatin1String("template")) {
        return tr("Form templates");
    }
    return kind;
}

QString AdminLogModel::actionName(const QString& action)
{
    static const QList<std::pair<const char*, const char*>> names{
        {"user.added", QT_TR_NOOP("User added")},
        {"user.edited", QT_TR_NOOP("User edited")},
        {"user.enabled", QT_TR_NOOP("User enabled")},
        {"user.disabled", QT_TR_NOOP("User disabled")},
        {"user.password_changed", QT_TR_NOOP("Own password changed")},
        {"user.password_reset", QT_TR_NOOP("Password reset")},
        {"user.unlocked", QT_TR_NOOP("Account unlocked")},
        {"setting.changed", QT_TR_NOOP("Setting changed")},
        {"backup.automatic", QT_TR_NOOP("Automatic backup")},
        {"backup.failed", QT_TR_NOOP("Automatic backup failed")},
    };
    for (const auto& [key, name] : names) {
        if (action == QLatin1String(key)) {
            return tr(name);
        }
    }
    return action;
}

QString AdminLogModel::detailName(const QString& key)
{
    static const QList<std::pair<const char*, const char*>> names{
        {"login", QT_TR_NOOP("login")},   {"roles", QT_TR_NOOP("roles")}, {"department", QT_TR_NOOP("department")},
        {"name", QT_TR_NOOP("full name")}, {"file", QT_TR_NOOP("file")},   {"error", QT_TR_NOOP("error")},
    };
    for (const auto& [known, name] : names) {
        if (key == QLatin1String(known)) {
            return tr(name);
        }
    }
    return key;
}

QString AdminLogModel::describe(const storage::AdminLogEntry& entry)
{
    const QJsonObject& details = entry.details;
    if (entry.action == QLatin1String("setting.changed")) {
        const QString key = details.value(QStringLiteral("key")).toString();
        const auto known = storage::Settings::keyFromName(key);
        const auto shown = [](const QString& value) { return value.isEmpty() ? tr("(none)") : value; };
        return tr("%1: %2 → %3")
            .arg(known ? storage::Settings::label(*known) : key, shown(details.value(QStringLiteral("old")).toString()),
                 shown(details.value(QStringLiteral("new")).toString()));
    }
    QStringList parts;
    for (auto item = details.constBegin(); item != details.constEnd(); ++item) {
        QString value;
        if (item.value().isArray()) {
            QStringList values;
            for (const QJsonValue& element : item.value().toArray()) {
                values << element.toVariant().toString();
            }
            value = values.join(QStringLiteral(", "));
        } else {
            value = item.value().toVariant().toString();
        }
        parts << QStringLiteral("%1: %2").arg(detailName(item.key()), value);
    }
    return parts.join(QStringLiteral("; "));
}

QVariant AdminLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size()) {
        return {};
    }
    const storage::AdminLogEntry& entry = m_entries.at(index.row());
    if (role == ActionRole) {
        return entry.action;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case Time:
        return QLocale().toString(entry.at, QStringLiteral("dd/MM/yyyy HH:mm:ss"));
    case User:
        return entry.userId == 0 ? tr("(the program)") : entry.userLogin;
    case Kind:
        return actionName(entry.action);
    case Change:
        return role == Qt::ToolTipRole ? plainToolTip(describe(entry)) : describe(entry);
    default:
        return {};
    }
}

QVariant AdminLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Time:
        return tr("When");
    case User:
        return tr("Who");
    case Kind:
        return tr("Action");
    case Change:
        return tr("What changed");
    default:
        return {};
    }
}

} // namespace motcua::ui
