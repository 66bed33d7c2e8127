#pragma once

#include "core/storage/Database.h"
#include "tests/support/MockClock.h"

#include <QTemporaryDir>

#include <memory>

namespace motcua::test {

// A fresh database file in a temporary folder, removed with the object.
class TempDatabase {
public:
    TempDatabase();

    storage::Database& database() { return *m_database; }
    MockClock& clock() { return m_clock; }
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    // Opens another connection to the same file (as a second workstation would).
    std::unique_ptr<storage::Database> openAgain();
    // Closes the main connection (before the file is replaced, as a restore does) and opens it again.
    void close() { m_database.reset(); }
    void reopen() { m_database = openAgain(); }

private:
    QTemporaryDir m_dir;
    MockClock m_clock;
    std::unique_ptr<storage::Database> m_database;
};

// Path of a file in tests/data.
QString testDataPath(const QString& name);
// Lines of a CSV file in tests/data, without the header, comments (#) and blank lines, split on commas.
QList<QStringList> readCsv(const QString& name);

} // namespace motcua::test
