#pragma once

#include "core/storage/Database.h"
#include "tests/support/MockClock.h"

#include <QTemporaryDir>

#include <memory>

namespace motcua::test {

// The engine the database tests run on: SQLite unless the environment says MOTCUA_TEST_BACKEND=postgresql
// (ctest runs the core suite once on each).
storage::SqlEngine testBackend();

// A fresh database removed with the object: a file in a temporary folder, or on PostgreSQL a new database of the
// process's throwaway server (tests/support/PostgresServer.h).
class TempDatabase {
public:
    TempDatabase();
    // SQLite at `file` (a folder the test prepared: a small disk, a read-only mount), whatever the test backend.
    explicit TempDatabase(QString file);
    ~TempDatabase();
    TempDatabase(const TempDatabase&) = delete;
    TempDatabase& operator=(const TempDatabase&) = delete;

    storage::Database& database() { return *m_database; }
    MockClock& clock() { return m_clock; }
    // What Database::open takes: the file, or the server URL.
    QString path() const;
    // Opens another connection to the same database (as a second workstation would).
    std::unique_ptr<storage::Database> openAgain();
    // Closes the main connection (before the file is replaced, as a restore does) and opens it again.
    void close() { m_database.reset(); }
    void reopen() { m_database = openAgain(); }

private:
    QTemporaryDir m_dir;
    QString m_serverDatabase; // PostgreSQL: the database's name on the test server
    QString m_file;           // SQLite: a file of the test's own instead of the temporary folder's
    MockClock m_clock;
    std::unique_ptr<storage::Database> m_database;
};

// Path of a file in tests/data.
QString testDataPath(const QString& name);
// Lines of a CSV file in tests/data, without the header, comments (#) and blank lines, split on commas.
QList<QStringList> readCsv(const QString& name);

} // namespace motcua::test
