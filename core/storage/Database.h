#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace motcua::storage {

// One open connection to the application database (SQLite by default): WAL journal, foreign keys,
// busy timeout, schema migrations from resources/sql applied at open. Use it from the thread that opened it.
class Database {
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating when missing) and migrates. ":memory:" gives a private in-memory database.
    static Result<std::unique_ptr<Database>> open(const QString& path, const Clock& clock);
    // Opens and migrates no further than `version`: for the tests of a migration over the data before it.
    static Result<std::unique_ptr<Database>> openAtVersion(const QString& path, const Clock& clock, int version);
    // The embedded database in the user's data folder.
    static QString defaultPath();

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    const QString& path() const { return m_path; }
    int schemaVersion() const;
    static int latestSchemaVersion();

    // Runs `work` inside one write transaction (taken at once, so concurrent writers queue instead of
    // failing half-way); commits when it returns ok, rolls back otherwise.
    Status transaction(const std::function<Status()>& work);

private:
    Database(QString path, QString connectionName);
    Status configure();
    Status migrate(const Clock& clock, int upTo);

    QString m_path;
    QString m_connectionName;
    int m_transactionDepth = 0;
};

} // namespace motcua::storage
