#pragma once

#include "core/storage/Database.h"

#include <catch2/catch.hpp>

#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace motcua::test {

// `count` copies of the dossier `code` made in one statement, so that a register of thousands of lines (a few days of
// a busy centre) is there in a moment on either engine: copy N is coded "CODE-N" (N from 1), has its own register
// entry and the original's receipt moment, so that the register orders the copies by their rows. No history: the
// register does not read it. Returns the copies' codes in the order made.
inline QStringList copyDossier(storage::Database& database, const QString& code, int count)
{
    const QSqlRecord columns = database.connection().record(QStringLiteral("dossier"));
    REQUIRE_FALSE(columns.isEmpty());
    QStringList names;
    QStringList values;
    for (int i = 0; i < columns.count(); ++i) {
        const QString name = columns.fieldName(i);
        if (name == QLatin1String("id")) {
            continue;
        }
        names << name;
        values << (name == QLatin1String("code")             ? QStringLiteral("d.code || '-' || CAST(n.i AS TEXT)")
                   : name == QLatin1String("register_entry") ? QStringLiteral("d.register_entry + 1000000 + n.i")
                                                             : QStringLiteral("d.") + name);
    }
    QSqlQuery query(database.connection());
    REQUIRE(query.prepare(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                                         "INSERT INTO dossier (%1) SELECT %2 FROM dossier d, n WHERE d.code = ? "
                                         "ORDER BY n.i")
                              .arg(names.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")))));
    query.addBindValue(count);
    query.addBindValue(code);
    INFO(query.lastError().text().toStdString());
    REQUIRE(query.exec());
    REQUIRE(query.numRowsAffected() == count);
    QStringList codes;
    for (int i = 1; i <= count; ++i) {
        codes << QStringLiteral("%1-%2").arg(code).arg(i);
    }
    return codes;
}

} // namespace motcua::test
