#include "core/storage/AdminLog.h"

#include "core/storage/HistoryChain.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/StoredMoment.h"

#include <QJsonDocument>

namespace motcua::storage {

Status AdminLog::append(qint64 userId, const QString& action, const QJsonObject& details)
{
    const QString at = storedMoment(m_clock.now());
    const QString text = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    QSqlQuery query(m_database.connection());
    if (!m_database.chainsHistories()) { // a test of an older migration: the line as it was written then
        return exec(query, QStringLiteral("INSERT INTO admin_log (at, user_id, action, details) VALUES (?, ?, ?, ?)"),
                    {at, userId > 0 ? QVariant(userId) : QVariant(), action, text});
    }
    auto head = HistoryChain::take(m_database, HistoryTable::AdminLog);
    if (!head) {
        return head.error();
    }
    const QByteArray hash = HistoryChain::link(head->hash, HistoryChain::adminLogContent(at, userId, action, text));
    if (Status status = exec(query,
                             QStringLiteral("INSERT INTO admin_log (at, user_id, action, details, hash) VALUES (?, ?, "
                                            "?, ?, ?) RETURNING id"),
                             {at, userId > 0 ? QVariant(userId) : QVariant(), action, text, hash});
        !status) {
        return status;
    }
    return HistoryChain::advance(m_database, HistoryTable::AdminLog, {head->entries + 1, returnedId(query), hash});
}

namespace {

const QString kSelect = QStringLiteral("SELECT l.id, l.at, coalesce(l.user_id, 0), coalesce(u.login, ''), l.action, "
                                       "l.details FROM admin_log l LEFT JOIN user_account u ON u.id = l.user_id");

// The WHERE clause of a filter and its values, in order; the page's own limits are the caller's.
QString whereOf(const AdminLogFilter& filter, QVariantList& values)
{
    QStringList conditions;
    if (filter.from.isValid()) {
        conditions << QStringLiteral("l.at >= ?");
        values << storedMoment(agencyTime(filter.from, QTime(0, 0)));
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("l.at < ?");
        values << storedMoment(agencyTime(filter.to.addDays(1), QTime(0, 0)));
    }
    if (filter.userId == 0) {
        conditions << QStringLiteral("l.user_id IS NULL");
    } else if (filter.userId > 0) {
        conditions << QStringLiteral("l.user_id = ?");
        values << filter.userId;
    }
    if (!filter.kind.isEmpty()) {
        // The kind is the part before the dot: "user" matches user.disabled, user.created, …
        conditions << QStringLiteral("(l.action = ? OR substr(l.action, 1, ?) = ?)");
        values << filter.kind << static_cast<int>(filter.kind.size() + 1) << filter.kind + QLatin1Char('.');
    }
    if (filter.beforeId > 0) {
        conditions << QStringLiteral("l.id < ?");
        values << filter.beforeId;
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

Result<QList<AdminLogEntry>> readEntries(QSqlQuery& query)
{
    QList<AdminLogEntry> entries;
    while (query.next()) {
        entries.append({query.value(0).toLongLong(), momentFromStored(query.value(1)), query.value(2).toLongLong(),
                        query.value(3).toString(), query.value(4).toString(),
                        QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object()});
    }
    return entries;
}

} // namespace

Result<QList<AdminLogEntry>> AdminLog::entries(int limit) const
{
    AdminLogFilter filter;
    filter.limit = limit;
    return entries(filter);
}

Result<QList<AdminLogEntry>> AdminLog::entries(const AdminLogFilter& filter) const
{
    QVariantList values;
    const QString where = whereOf(filter, values);
    values << filter.limit;
    QSqlQuery query(m_database.connection());
    if (Status status = exec(query, kSelect + where + QStringLiteral(" ORDER BY l.id DESC LIMIT ?"), values); !status) {
        return status.error();
    }
    return readEntries(query);
}

Result<qint64> AdminLog::count(const AdminLogFilter& filter) const
{
    AdminLogFilter all = filter;
    all.beforeId = 0;
    QVariantList values;
    const QString where = whereOf(all, values);
    QSqlQuery query(m_database.connection());
    if (Status status = exec(query, QStringLiteral("SELECT count(*) FROM admin_log l") + where, values);
        !status) {
        return status.error();
    }
    return query.next() ? query.value(0).toLongLong() : 0;
}

Result<QStringList> AdminLog::kinds() const
{
    QSqlQuery query(m_database.connection());
    if (Status status = exec(query, QStringLiteral("SELECT DISTINCT action FROM admin_log")); !status) {
        return status.error();
    }
    QStringList kinds;
    while (query.next()) {
        if (const QString kind = kindOf(query.value(0).toString()); !kinds.contains(kind)) {
            kinds << kind;
        }
    }
    kinds.sort();
    return kinds;
}

} // namespace motcua::storage
