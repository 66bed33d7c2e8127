#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace motcua::storage {

class Database;

// The two histories that carry a hash chain: the dossiers' events and the administration log. Each table is one
// chain in the order of its ids (docs/history-chain.md says why two and not one).
enum class HistoryTable { DossierEvent, AdminLog };
QString historyTableName(HistoryTable table);
QList<HistoryTable> historyTables();
QStringList historyTableNames();

// Where a chain ends: how many entries it has, the id of the last one and its hash (the chain's genesis, 32 zero
// bytes, while it is empty).
struct HistoryHead {
    qint64 entries = 0;
    qint64 lastId = 0;
    QByteArray hash;
};

// The hash chain of the histories, in one place: the canonical content of an entry, the hash that links it to
// the one before, and the head kept in table history_head. Every entry's hash is
//     SHA-256(hash of the entry before, or the genesis  ||  canonical content of the entry)
// stored as 32 bytes in the entry's column `hash`. The writers (DossierRepository, AdminLog, and any bulk writer)
// take the head inside their write transaction, link their new entries in id order and store the new head.
class HistoryChain {
public:
    static constexpr int kHashSize = 32;
    static constexpr int kSchemaVersion = 10; // the migration that brought the chain

    static QByteArray genesis();
    // The canonical content: the table's name, then each column in the order of the table's definition
    // (dossier_event: dossier_id, at, actor_id, action, details; admin_log: at, user_id, action, details), each
    // value as a field: 0x00 for NULL, else 0x01, the length of its UTF-8 text in decimal, ':' and the text.
    // Integers are written in decimal, moments as the text stored in the column.
    static QByteArray content(HistoryTable table, const QVariantList& columns);
    static QByteArray eventContent(qint64 dossierId, const QString& at, qint64 actorId, const QString& action,
                                   const QString& details);
    static QByteArray adminLogContent(const QString& at, qint64 userId, const QString& action, const QString& details);
    // SHA-256(previous || content).
    static QByteArray link(const QByteArray& previous, const QByteArray& content);

    struct Linked {
        QList<QByteArray> hashes; // one for each content, in order
        QByteArray head;          // the last one (the head given when there is none)
    };
    // The hashes of new entries written in this order after `head`, and the new head: the one function every
    // writer of a history calls, wherever its rows come from.
    static Linked linkAll(const QByteArray& head, const QList<QByteArray>& contents);

    // The head of a table's chain, locked until the write transaction ends (PostgreSQL: SELECT … FOR UPDATE;
    // SQLite's write transaction already holds the file's write lock). Call inside Database::transaction.
    static Result<HistoryHead> take(Database& database, HistoryTable table);
    // Stores the head after the writer's new entries (their count added, the last one's id and hash).
    static Status advance(Database& database, HistoryTable table, const HistoryHead& head);
    // The head as stored, without a lock (verify, backups).
    static Result<HistoryHead> read(const QSqlDatabase& db, HistoryTable table);

    // Hashes every row of the table in id order from the genesis and stores the head: migration 010 runs it on
    // the rows written before the chain existed (its append-only triggers are off meanwhile).
    static Status hashExisting(Database& database, HistoryTable table);
    // The head as text in a backup's manifest ("ENTRIES LAST_ID HEX") and back (nullopt when it is not one).
    static QString headText(const HistoryHead& head);
    static std::optional<HistoryHead> headFromText(const QString& text);
    // The heads of both chains as `db` holds them, by table name; empty before migration 010.
    static QMap<QString, HistoryHead> heads(const QSqlDatabase& db);
    // The columns of the table's canonical content, in order, as SQL.
    static QString contentColumns(HistoryTable table);

private:
    static Result<HistoryHead> readHead(const QSqlDatabase& db, HistoryTable table, const QString& lock);
};

} // namespace motcua::storage
