#include "core/storage/AdminLog.h"

#include "core/storage/SqlQuery.h"
#include "core/storage/StoredMoment.h"

#include <QJsonDocument>

namespace motcua::storage {

Status AdminLog::append(qint64 userId, const QString& action, const QJsonObject& details)
{
    QSqlQuery query(m_database.connection());
    return exec(query, QStringLiteral("INSERT INTO admin_log (at, user_id, action, details) VALUES (?, ?, ?, ?)"),
                {storedMoment(m_clock.now()), userId > 0 ? QVariant(userId) : QVariant(), action,
                 QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))});
}

Result<QList<AdminLogEntry>> AdminLog::entries(int limit) const
{
    QSqlQuery query(m_database.connection());
    if (Status status = exec(query,
                             QStringLiteral("SELECT l.id, l.at, coalesce(l.user_id, 0), coalesce(u.login, ''), "
                                            "l.action, l.details FROM admin_log l LEFT JOIN user_account u ON "
                                            "u.id = l.user_id ORDER BY l.id DESC LIMIT ?"),
                             {limit});
        !status) {
        return status.error();
    }
    QList<AdminLogEntry> entries;
    while (query.next()) {
        entries.append({query.value(0).toLongLong(), momentFromStored(query.value(1)), query.value(2).toLongLong(),
                        query.value(3).toString(), query.value(4).toString(),
                        QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object()});
    }
    return entries;
}

} // namespace motcua::storage
