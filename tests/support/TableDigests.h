#pragma once

#include "core/storage/Database.h"
#include "core/storage/TableCatalog.h"

#include <QStringList>

#include <stdexcept>

namespace motcua::test {

// Every table of the database with its row count and the SHA-256 over its rows (storage::TableCatalog): two equal
// lists mean the database holds the same rows, byte for byte, on either engine.
inline QStringList tableDigests(storage::Database& database)
{
    const storage::TableCatalog catalog(database.connection(), database.dialect());
    auto tables = catalog.tables();
    if (!tables) {
        throw std::runtime_error(tables.error().message.toStdString());
    }
    QStringList digests;
    for (const QString& table : *tables) {
        auto content = catalog.content(table);
        if (!content) {
            throw std::runtime_error(content.error().message.toStdString());
        }
        digests << QStringLiteral("%1 %2 %3").arg(table).arg(content->rows).arg(QString::fromLatin1(content->sha256));
    }
    return digests;
}

} // namespace motcua::test
