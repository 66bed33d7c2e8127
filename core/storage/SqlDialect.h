#pragma once

#include <QSqlError>
#include <QString>

namespace motcua::storage {

// The database engines MotCua runs on: the embedded file (one workstation) or the office's server.
enum class SqlEngine { Sqlite, PostgreSql };

// Every difference between the engines' SQL in one place; the repositories above ask the dialect instead of
// asking which engine they run on. Both engines store moments as the same ISO text and compare it as text.
class SqlDialect {
public:
    explicit SqlDialect(SqlEngine engine)
        : m_engine(engine)
    {}

    SqlEngine engine() const { return m_engine; }
    // The Qt driver: QSQLITE or QPSQL.
    QString driverName() const;
    // The resource folder of this engine's migrations (same numbers and names in every folder).
    QString migrationFolder() const;
    // The table of applied migrations, created before the first one runs.
    QString createSchemaMigration() const;
    // Statements run once on every new connection (SQLite's PRAGMAs; a quiet client on PostgreSQL).
    QStringList sessionSetup(bool inMemory) const;
    // Opens a write transaction: SQLite takes the write lock at once (BEGIN IMMEDIATE) so that concurrent writers
    // queue instead of failing half-way; on PostgreSQL a plain BEGIN, followed by writeLock().
    QString beginWrite() const;
    // Run first in a write transaction on PostgreSQL: the office's writers take turns, one transaction at a time, as
    // they do on SQLite. Every rule written as "read, check, then write" in one transaction (the shipped data
    // installed once, a login not taken twice, the day's sequences) then holds on both engines without retrying;
    // the lock goes with the transaction's end or its connection. Empty on SQLite.
    QString writeLock() const;
    // Around a whole migration run on PostgreSQL: a second workstation migrating at the same moment waits for the
    // first (a session advisory lock; empty on SQLite, where each migration's BEGIN IMMEDIATE does the same).
    QString lockMigrations() const;
    QString unlockMigrations() const;
    // Turning the checks of foreign keys off and on around a migration that rebuilds a table (SQLite only: the
    // pragma is a no-op inside a transaction), and the check run before its commit. Empty on PostgreSQL.
    QString foreignKeys(bool on) const;
    QString foreignKeyCheck() const;
    // The comma-separated list of `expression` over a group: group_concat or string_agg.
    QString commaList(const QString& expression) const;
    // The channel on which the writes of a dossier announce its id to the other workstations, and the statement
    // that announces one (PostgreSQL's NOTIFY, sent at commit); both empty on SQLite, which has no other connection
    // to tell.
    QString dossierChannel() const;
    QString announceDossier() const;
    // Whether the error says the connection to the server is gone (the next action must reconnect).
    bool isConnectionLost(const QSqlError& error) const;

private:
    SqlEngine m_engine;
};

} // namespace motcua::storage
