#pragma once

#include "core/common/Result.h"
#include "core/storage/SqlDialect.h"

#include <QString>

namespace motcua::storage {

// Where the database is: a SQLite file (or ":memory:"), or a PostgreSQL server given as
// postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE, where the host may instead be a socket folder given as
// ?host=/path (libpq's convention).
struct DatabaseLocation {
    SqlEngine engine = SqlEngine::Sqlite;
    QString file; // SQLite
    QString host; // PostgreSQL: a name, an address or a socket folder
    int port = 5432;
    QString database;
    QString user;
    QString password;

    // Reads what --db gives; a server URL that cannot be used is an error naming the part that is wrong.
    static Result<DatabaseLocation> parse(const QString& text);
    static bool isServerUrl(const QString& text);
    // The location for messages and the window's status bar: the file, or the URL without the password.
    QString display() const;
    // What Database::open and parse() take: the file, or the server URL with the password when there is one.
    QString openText() const;
};

} // namespace motcua::storage
