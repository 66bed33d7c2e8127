#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <QList>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace motcua::storage {

class Database;

// The numbered schema migrations of one folder (NNN_name.sql), applied in order, each in its own transaction.
// A SQLite migration that rebuilds a table starts with the line "-- motcua: foreign-keys-off": its transaction
// runs with the foreign keys off and commits only when PRAGMA foreign_key_check finds nothing. A line
// "-- motcua: hash-histories" hands over to the program in the middle of the script: the histories' rows are hashed
// (HistoryChain::hashExisting) in the same transaction before the rest of the script runs.
class Migrations {
public:
    struct Migration {
        int version = 0;
        QString name;
        QString path;
    };

    explicit Migrations(const QString& folder);

    const QList<Migration>& list() const { return m_list; }
    int latestVersion() const { return m_list.isEmpty() ? 0 : m_list.constLast().version; }
    // The same folder's migrations no further than `version` (a test of one migration opens the data before it).
    Migrations upTo(int version) const;
    // Applies what the database has not had yet; refuses a database from a newer version.
    Status apply(Database& database, const Clock& clock) const;

    // A script split into statements: each ends with ';' at the end of a line, except inside a trigger's
    // BEGIN … END; body (SQLite) or a $$-quoted function body (PostgreSQL).
    static QStringList statements(const QString& script);

private:
    Error newer(const Database& database, int current) const;
    Status applyPending(Database& database, const Clock& clock) const;
    Status applyOne(Database& database, const Migration& migration, const Clock& clock) const;

    QList<Migration> m_list;
    mutable QSqlError m_lastError; // of the statement that failed, to tell a refusal of the server's rights apart
};

} // namespace motcua::storage
