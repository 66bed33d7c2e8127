#pragma once

#include <QSqlError>
#include <QString>
#include <QVariantList>

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
    // The same for a change of the working calendar (its payload: the years changed, or "hours").
    QString calendarChannel() const;
    QString announceCalendar() const;
    // The catalogue of the application's tables, for copying a database and checking a copy (DatabaseCopy,
    // TableCatalog). Each query binds the table's name where it has a placeholder.
    // The tables (name), the engine's own excepted.
    QString listTables() const;
    // The columns of a table (name), in their order.
    QString listColumns() const;
    // The primary key's columns of a table (name, whether it is text), in the key's order.
    QString listPrimaryKey() const;
    // The tables a table's foreign keys point at (name).
    QString listParentTables() const;
    // The identity columns of a table (name); empty on SQLite, where a row's key is the largest plus one.
    QString listIdentityColumns() const;
    // Sets the identity of table.column past the largest value it holds (rows copied with their ids), so that the
    // next insert takes the next number; empty on SQLite.
    QString resetIdentity(const QString& table, const QString& column) const;
    // The condition that a dossier's folded search text (d.search_text) holds `folded`, which is already folded
    // (foldForSearch), through the engine's index of three-character pieces: on SQLite the dossier_search table
    // (FTS5, trigram) finds the dossiers holding every piece and LIKE checks the text; on PostgreSQL LIKE alone
    // uses the pg_trgm index. Shorter than three characters, LIKE alone reads every dossier on both.
    QString searchCondition(const QString& folded, QVariantList& values) const;
    // An ORDER BY term for a text column that sorts by code point on both engines (SQLite's BINARY, PostgreSQL's
    // "C" collation, whatever the database's own).
    QString codePointOrder(const QString& column) const;
    // Appended to a SELECT of one row that the write transaction is about to change: " FOR UPDATE" locks the row
    // on PostgreSQL; empty on SQLite, whose write transaction already holds the file's write lock.
    QString forUpdate() const;
    // Opens a read transaction that sees one snapshot of the whole database until it ends.
    QString beginSnapshot() const;
    // For the rest of the write transaction, the dossier counter's trigger (migration 012) leaves the counter alone,
    // so that a bulk copy fills it once at the end: on PostgreSQL every update of a row in one transaction leaves a
    // version the next update of that row walks past, so a million dossiers counted into the same few rows one by one
    // cost the square of their number. Empty on SQLite, which updates the row in place.
    QString suspendDossierCount() const;
    // A name quoted as an SQL identifier.
    static QString quoted(const QString& name);
    // Whether the error says the role may not do this (PostgreSQL's insufficient_privilege, SQLSTATE 42501).
    bool isPermissionDenied(const QSqlError& error) const;
    // Whether the error says the connection to the server is gone (the next action must reconnect).
    bool isConnectionLost(const QSqlError& error) const;

private:
    SqlEngine m_engine;
};

} // namespace motcua::storage
