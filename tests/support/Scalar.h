#pragma once

#include "core/storage/Database.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QVariant>

namespace motcua::test {

// The first value of the first row `sql` gives on `database`; the test fails when the statement does.
inline QVariant scalar(storage::Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0);
}

// Runs `sql` on `database`; the test fails, naming the statement, when it does.
inline void execute(storage::Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
}

} // namespace motcua::test
