#pragma once

#include "core/storage/Database.h"
#include "core/storage/TableCatalog.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace motcua::storage {

// One table of a finished copy: what each side holds afterwards.
struct CopiedTable {
    TableContent source;
    TableContent target;
    bool same() const { return source.rows == target.rows && source.sha256 == target.sha256; }
};

// Copies every table of one database into another, empty one, of either engine (moving an office from its file to
// the server): one read snapshot of the source, one write transaction on the target, tables in the order of their
// foreign keys, ids kept (PostgreSQL's identities then set past them). Before the commit each table's row count
// and digest (TableCatalog::content) are compared on both sides; any difference, like any failure, rolls the
// target back to empty.
class DatabaseCopy {
    Q_DECLARE_TR_FUNCTIONS(motcua::storage::DatabaseCopy)

public:
    // The table being copied, the rows copied of it so far and its rows in all.
    using Progress = std::function<void(const QString& table, qint64 done, qint64 total)>;

    DatabaseCopy(Database& source, Database& target);

    // Refuses a target that holds any row (InvalidInput, naming the table) or whose schema differs from the
    // source's.
    Result<QList<CopiedTable>> run(const Progress& progress = {});

private:
    Status checkTarget(const QStringList& tables) const;
    Status copyTable(const QString& table, qint64 total, const Progress& progress);
    Status resetIdentities(const QStringList& tables);
    Result<QList<CopiedTable>> compare(const QStringList& tables) const;

    Database& m_source;
    Database& m_target;
    TableCatalog m_sourceCatalog;
    TableCatalog m_targetCatalog;
};

} // namespace motcua::storage
