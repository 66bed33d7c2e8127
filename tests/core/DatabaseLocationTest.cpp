#include "core/storage/DatabaseLocation.h"

#include "tests/support/CatchQt.h"

#include <catch2/catch.hpp>

using motcua::storage::DatabaseLocation;
using motcua::storage::SqlEngine;

TEST_CASE("Database location: a file, or a PostgreSQL server URL", "[storage][location]")
{
    const auto file = DatabaseLocation::parse(QStringLiteral("/srv/motcua/motcua.sqlite"));
    REQUIRE(file.ok());
    CHECK(file->engine == SqlEngine::Sqlite);
    CHECK(file->display() == QStringLiteral("/srv/motcua/motcua.sqlite"));

    const auto server = DatabaseLocation::parse(QStringLiteral("postgresql://mot%20cua:s%40cret@10.0.0.5:5433/motcua"));
    REQUIRE(server.ok());
    CHECK(server->engine == SqlEngine::PostgreSql);
    CHECK(server->host == QStringLiteral("10.0.0.5"));
    CHECK(server->port == 5433);
    CHECK(server->database == QStringLiteral("motcua"));
    CHECK(server->user == QStringLiteral("mot cua"));
    CHECK(server->password == QStringLiteral("s@cret"));
    CHECK_FALSE(server->display().contains(QStringLiteral("cret"))); // never shown

    const auto socket = DatabaseLocation::parse(QStringLiteral("postgresql://motcua@localhost/office?host=/run/pg"));
    REQUIRE(socket.ok());
    CHECK(socket->host == QStringLiteral("/run/pg"));
    CHECK(socket->port == 5432);
    CHECK(DatabaseLocation::parse(socket->display())->host == QStringLiteral("/run/pg"));
}

TEST_CASE("Database location: a server URL without its host, database or user names the missing part",
          "[storage][location]")
{
    CHECK(DatabaseLocation::parse(QStringLiteral("postgresql://motcua@:5432/office")).error().field ==
          QStringLiteral("host"));
    CHECK(DatabaseLocation::parse(QStringLiteral("postgresql://motcua@db.local:5432/")).error().field ==
          QStringLiteral("database"));
    CHECK(DatabaseLocation::parse(QStringLiteral("postgresql://db.local/office")).error().field ==
          QStringLiteral("user"));
    CHECK(DatabaseLocation::parse(QStringLiteral("postgresql://motcua@db.local:port/office")).error().field ==
          QStringLiteral("db"));
    CHECK(DatabaseLocation::parse(QString()).error().field == QStringLiteral("db"));
}
