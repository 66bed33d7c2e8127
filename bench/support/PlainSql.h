#pragma once

#include "core/common/Result.h"
#include "core/storage/Database.h"
#include "core/storage/StatementRecorder.h"

#include <memory>

namespace motcua::bench {

// A connection of its own to the database of a Database, through the engine's C API (sqlite3, or libpq for a
// server), without Qt: it runs the statements an operation ran (recorded with storage::StatementRecorder) the
// plain way — prepare, bind, step through every row reading every column — to tell the application's time apart
// from the engine's. Reads only: a statement that is not a SELECT (or WITH) is refused.
class PlainSql {
public:
    virtual ~PlainSql() = default;

    static Result<std::unique_ptr<PlainSql>> open(const storage::Database& database);
    // The engine's name and version, for the output ("SQLite 3.40.1", "PostgreSQL 15.18 (libpq)").
    virtual QString engine() const = 0;
    // Runs `statements` in order; the milliseconds they took.
    Result<double> run(const QList<storage::RecordedStatement>& statements);

protected:
    PlainSql() = default;
    virtual Status runOne(const storage::RecordedStatement& statement) = 0;
};

// "… ? … '?' …" → "… $1 … '?' …": PostgreSQL's numbered parameters for the positional ones Qt binds (marks inside
// quoted text and identifiers are left).
QString numberedParameters(const QString& sql);

} // namespace motcua::bench
