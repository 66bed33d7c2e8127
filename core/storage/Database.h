#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/storage/DatabaseLocation.h"
#include "core/storage/SqlDialect.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace motcua::storage {

// One open connection to the application database: a SQLite file by default (WAL journal, foreign keys, busy
// timeout) or the office's PostgreSQL server; schema migrations of the engine's folder in resources/sql applied at
// open. Use it from the thread that opened it.
class Database {
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating a missing file) and migrates. `location` is a file, ":memory:" (a private in-memory
    // database) or postgresql://USER[:PASSWORD]@HOST:PORT/DATABASE (see DatabaseLocation).
    static Result<std::unique_ptr<Database>> open(const QString& location, const Clock& clock);
    // Opens and migrates no further than `version`: for the tests of a migration over the data before it.
    static Result<std::unique_ptr<Database>> openAtVersion(const QString& location, const Clock& clock, int version);
    // The embedded database in the user's data folder.
    static QString defaultPath();

    // The connection; when an earlier statement found the server gone, it is opened again here first (never in
    // the middle of a transaction, whose work is lost with the connection).
    QSqlDatabase connection() const;
    // What open() was given: enough to open another connection to the same database.
    const QString& path() const { return m_path; }
    // Whether another connection, opened from path(), sees this database: not a private in-memory one.
    bool sharesConnections() const;
    // Opens another connection to this database (on the thread that calls it); an empty function when no other
    // connection can see it.
    std::function<Result<std::unique_ptr<Database>>()> another(const Clock& clock) const;
    // The database for people: the file, or the server URL without its password.
    QString displayName() const { return m_location.display(); }
    const SqlDialect& dialect() const { return m_dialect; }
    // Whether the schema has the histories' hash chain (migration 010): always, but for a database a test opened
    // at an older version, whose rows the migration hashes later.
    bool chainsHistories() const { return m_chainsHistories; }
    // Where the database is (for the server's own tools: pg_dump, pg_restore).
    const DatabaseLocation& location() const { return m_location; }
    int schemaVersion() const;
    static int latestSchemaVersion();

    // When an earlier statement found the server gone and no transaction is open: connects again (listening again to
    // the channels it listened to). Whether the connection is usable now. SqlQuery's exec() calls it to run a read
    // once more; a write is never run again by itself.
    bool reconnectIfLost() const;

    // Runs `work` inside one write transaction (on SQLite taken at once, so concurrent writers queue instead of
    // failing half-way); commits when it returns ok, rolls back otherwise.
    Status transaction(const std::function<Status()>& work);

private:
    Database(QString path, DatabaseLocation location, QString connectionName);
    Status connect() const;

    QString m_path;
    DatabaseLocation m_location;
    SqlDialect m_dialect;
    QString m_connectionName;
    int m_transactionDepth = 0;
    bool m_chainsHistories = true;
};

} // namespace motcua::storage
