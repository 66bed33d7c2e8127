#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <memory>

namespace motcua::storage {

class Database;

// New rows written in bulk into one table at a time (the demo seeder's batches), inside the caller's write
// transaction: the one place that knows how each engine takes them fastest. On SQLite multi-row INSERTs of up to
// 500 rows with positional parameters, prepared once through the sqlite3 C API on the connection's own handle and
// bound by number. On PostgreSQL (and wherever Qt's named placeholders are used) multi-row INSERTs … RETURNING id
// of a few hundred values each, prepared once and run again. Both write the same values with the same
// types (a QVariant's type decides, as Qt's drivers do), and hand out ids row by row in the order given.
class BulkInsert {
public:
    enum class Ids { Returned, None };

    virtual ~BulkInsert() = default;
    // The fastest for the engine of `database`.
    static std::unique_ptr<BulkInsert> forDatabase(Database& database);
    // Qt's statements, on either engine: PostgreSQL's way, and on SQLite the reference the C API is checked against.
    static std::unique_ptr<BulkInsert> throughQt(Database& database);

    // INSERT INTO table (columns) the rows, each with one value per column. With Ids::Returned, the new rows' ids
    // (the table's INTEGER PRIMARY KEY id) in the order of `rows`.
    virtual Result<QList<qint64>> insert(const QString& table, const QString& columns, const QList<QVariantList>& rows,
                                         Ids ids) = 0;
};

} // namespace motcua::storage
