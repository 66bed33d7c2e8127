#pragma once

#include "core/common/Result.h"
#include "core/storage/SqlDialect.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QStringList>

namespace motcua::storage {

// What a table holds, told the same way on both engines: its rows and a SHA-256 over them.
struct TableContent {
    QString table;
    qint64 rows = 0;
    QByteArray sha256; // hex
};

// The application's tables on one connection, read from the engine's catalogue: their columns, keys, the order in
// which they can be filled (every table after the tables its foreign keys point at), and the digest of a table's
// content. The digest is engine-neutral: rows in primary key order (text keys by code point), columns by name,
// every value normalised to text (integers in decimal, reals with 17 significant digits, NULL apart from ''), so
// that a copy from SQLite to PostgreSQL has the digest of its source.
class TableCatalog {
public:
    TableCatalog(QSqlDatabase db, const SqlDialect& dialect);

    // The tables of the application, sorted by name: not the migrations' own record, nor a backup's manifest.
    Result<QStringList> tables() const;
    Result<QStringList> columns(const QString& table) const;
    // Parents first; tables not linked by keys in name order.
    Result<QStringList> fillingOrder() const;
    // "ORDER BY …" over the primary key (all columns when there is none).
    Result<QString> keyOrder(const QString& table) const;
    Result<QStringList> identityColumns(const QString& table) const;
    Result<qint64> rowCount(const QString& table) const;
    Result<TableContent> content(const QString& table) const;

private:
    Result<QStringList> names(const QString& sql, const QString& table = {}) const;

    QSqlDatabase m_db;
    SqlDialect m_dialect;
};

} // namespace motcua::storage
