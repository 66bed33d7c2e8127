#include "core/storage/HistoryChain.h"

#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"

#include <QCryptographicHash>

#include <utility>

namespace motcua::storage {

namespace {

constexpr int kBatch = 5000;

void addField(QByteArray& bytes, const QVariant& value)
{
    if (!value.isValid() || value.isNull()) {
        bytes.append('\0');
        return;
    }
    const QByteArray text = value.toString().toUtf8();
    bytes.append('\1');
    bytes.append(QByteArray::number(text.size()));
    bytes.append(':');
    bytes.append(text);
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace

QString historyTableName(HistoryTable table)
{
    return table == HistoryTable::DossierEvent ? QStringLiteral("dossier_event") : QStringLiteral("admin_log");
}

QList<HistoryTable> historyTables()
{
    return {HistoryTable::DossierEvent, HistoryTable::AdminLog};
}

QStringList historyTableNames()
{
    return {historyTableName(HistoryTable::DossierEvent), historyTableName(HistoryTable::AdminLog)};
}

QString HistoryChain::headText(const HistoryHead& head)
{
    return QStringLiteral("%1 %2 %3").arg(head.entries).arg(head.lastId).arg(QString::fromLatin1(head.hash.toHex()));
}

std::optional<HistoryHead> HistoryChain::headFromText(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(' '));
    bool entriesOk = false;
    bool idOk = false;
    if (parts.size() != 3) {
        return std::nullopt;
    }
    HistoryHead head{parts.at(0).toLongLong(&entriesOk), parts.at(1).toLongLong(&idOk),
                     QByteArray::fromHex(parts.at(2).toLatin1())};
    if (!entriesOk || !idOk || head.hash.size() != kHashSize) {
        return std::nullopt;
    }
    return head;
}

QMap<QString, HistoryHead> HistoryChain::heads(const QSqlDatabase& db)
{
    QMap<QString, HistoryHead> result;
    for (HistoryTable table : historyTables()) {
        if (auto head = read(db, table)) {
            result.insert(historyTableName(table), *head);
        }
    }
    return result;
}

QByteArray HistoryChain::genesis()
{
    return QByteArray(kHashSize, '\0');
}

QString HistoryChain::contentColumns(HistoryTable table)
{
    return table == HistoryTable::DossierEvent ? QStringLiteral("dossier_id, at, actor_id, action, details")
                                               : QStringLiteral("at, user_id, action, details");
}

QByteArray HistoryChain::content(HistoryTable table, const QVariantList& columns)
{
    QByteArray bytes;
    bytes.reserve(256);
    addField(bytes, historyTableName(table));
    for (const QVariant& value : columns) {
        addField(bytes, value);
    }
    return bytes;
}

QByteArray HistoryChain::eventContent(qint64 dossierId, const QString& at, qint64 actorId, const QString& action,
                                      const QString& details)
{
    return content(HistoryTable::DossierEvent, {dossierId, at, idOrNull(actorId), action, details});
}

QByteArray HistoryChain::adminLogContent(const QString& at, qint64 userId, const QString& action,
                                         const QString& details)
{
    return content(HistoryTable::AdminLog, {at, idOrNull(userId), action, details});
}

QByteArray HistoryChain::link(const QByteArray& previous, const QByteArray& content)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previous);
    hash.addData(content);
    return hash.result();
}

HistoryChain::Linked HistoryChain::linkAll(const QByteArray& head, const QList<QByteArray>& contents)
{
    Linked linked{{}, head};
    linked.hashes.reserve(contents.size());
    for (const QByteArray& content : contents) {
        linked.head = link(linked.head, content);
        linked.hashes.append(linked.head);
    }
    return linked;
}

Result<HistoryHead> HistoryChain::take(Database& database, HistoryTable table)
{
    return readHead(database.connection(), table, database.dialect().forUpdate());
}

Status HistoryChain::advance(Database& database, HistoryTable table, const HistoryHead& head)
{
    QSqlQuery query(database.connection());
    return exec(query, QStringLiteral("UPDATE history_head SET entries = ?, last_id = ?, hash = ? WHERE chain = ?"),
                {head.entries, head.lastId, head.hash, historyTableName(table)});
}

Result<HistoryHead> HistoryChain::read(const QSqlDatabase& db, HistoryTable table)
{
    return readHead(db, table, {});
}

Result<HistoryHead> HistoryChain::readHead(const QSqlDatabase& db, HistoryTable table, const QString& lock)
{
    QSqlQuery query(db);
    if (Status status = exec(query, QStringLiteral("SELECT entries, last_id, hash FROM history_head WHERE chain = ?") + lock,
                             {historyTableName(table)});
        !status) {
        return status.error();
    }
    if (!query.next()) {
        return Error::storage(QStringLiteral("The head of the history %1 is missing.").arg(historyTableName(table)));
    }
    return HistoryHead{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toByteArray()};
}

Status HistoryChain::hashExisting(Database& database, HistoryTable table)
{
    const QString name = historyTableName(table);
    const int columns = table == HistoryTable::DossierEvent ? 5 : 4;
    HistoryHead head{0, 0, genesis()};
    QSqlQuery read(database.connection());
    read.setForwardOnly(true);
    QSqlQuery write(database.connection());
    for (;;) {
        if (Status status = exec(read,
                                 QStringLiteral("SELECT id, %1 FROM %2 WHERE id > ? ORDER BY id LIMIT %3")
                                     .arg(contentColumns(table), name)
                                     .arg(kBatch),
                                 {head.lastId});
            !status) {
            return status;
        }
        QList<std::pair<qint64, QByteArray>> batch;
        while (read.next()) {
            QVariantList values;
            for (int column = 1; column <= columns; ++column) {
                values << (read.isNull(column) ? QVariant() : read.value(column));
            }
            head.hash = link(head.hash, content(table, values));
            head.lastId = read.value(0).toLongLong();
            batch.append({head.lastId, head.hash});
        }
        read.finish();
        if (batch.isEmpty()) {
            break;
        }
        for (const auto& [id, hash] : batch) {
            if (Status status = exec(write, QStringLiteral("UPDATE %1 SET hash = ? WHERE id = ?").arg(name), {hash, id});
                !status) {
                return status;
            }
        }
        head.entries += batch.size();
    }
    return advance(database, table, head);
}

} // namespace motcua::storage
