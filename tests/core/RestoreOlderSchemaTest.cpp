// A backup taken by an older version of MotCua, restored by this one: on both engines the backup comes back and is
// migrated to this version's schema at once, the histories it holds hashed by the later migration.
#include "core/storage/Backup.h"
#include "core/storage/Database.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/Scalar.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace motcua;
using storage::Backup;
using test::execute;
using test::scalar;

TEST_CASE("Restore: a backup of an older schema is restored, then migrated to this version's", "[backup][restore]")
{
    constexpr int kOlder = 9; // before the histories' hash chain (migration 10) and the search index (11)
    REQUIRE(storage::Database::latestSchemaVersion() > kOlder);
    QTemporaryDir folder;
    test::TempDatabase live;
    execute(live.database(), QStringLiteral("INSERT INTO agency (id, code, name) VALUES (1, 'H33', 'UBND phường')"));
    execute(live.database(), QStringLiteral("INSERT INTO setting (key, value) VALUES ('live.only', 'x')"));

    // The older database: a file, or a database of its own on the server.
    QString olderLocation = folder.filePath(QStringLiteral("older.sqlite"));
    const bool server = test::testBackend() == storage::SqlEngine::PostgreSql;
    if (server) {
        test::PostgresServer::instance().admin(QStringLiteral("CREATE DATABASE restore_older ENCODING 'UTF8' LC_COLLATE "
                                                              "'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0"));
        olderLocation = test::PostgresServer::instance().url(QStringLiteral("restore_older"));
    }
    const QString file = folder.filePath(server ? QStringLiteral("older.dump") : QStringLiteral("older-backup.sqlite"));
    {
        auto older = storage::Database::openAtVersion(olderLocation, live.clock(), kOlder);
        REQUIRE(older);
        REQUIRE((*older)->schemaVersion() == kOlder);
        execute(**older, QStringLiteral("INSERT INTO agency (id, code, name) VALUES (1, 'H33', 'UBND phường')"));
        execute(**older, QStringLiteral("INSERT INTO setting (key, value) VALUES ('backup.keep_daily', '7')"));
        execute(**older,
                QStringLiteral("INSERT INTO admin_log (at, action) VALUES ('2026-01-05T08:00:00+07:00', 'a')"));
        execute(**older,
                QStringLiteral("INSERT INTO admin_log (at, action) VALUES ('2026-01-05T09:00:00+07:00', 'b')"));
        auto taken = Backup::create(**older, file, live.clock());
        REQUIRE(taken);
        CHECK(taken->schemaVersion == kOlder);
    }
    if (server) {
        test::PostgresServer::instance().dropDatabase(QStringLiteral("restore_older"));
    }

    live.close();
    auto restored = Backup::restore(file, live.path(), live.clock());
    REQUIRE(restored);
    CHECK(restored->restored.schemaVersion == kOlder);
    live.reopen();
    storage::Database& db = live.database();
    CHECK(db.schemaVersion() == storage::Database::latestSchemaVersion());
    CHECK(scalar(db, QStringLiteral("SELECT value FROM setting WHERE key = 'backup.keep_daily'")).toString() ==
          QStringLiteral("7"));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM setting WHERE key = 'live.only'")).toInt() == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM admin_log")).toInt() == 2);
    // Migration 10 ran over the restored rows: the chain's head counts them, each row has its hash.
    CHECK(scalar(db, QStringLiteral("SELECT entries FROM history_head WHERE chain = 'admin_log'")).toInt() == 2);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM admin_log WHERE hash IS NULL")).toInt() == 0);
    // The replaced database is kept aside, whole: the file itself, or on the server a backup of its own.
    REQUIRE(QFileInfo::exists(restored->setAside));
    if (server) {
        auto setAside = Backup::verify(restored->setAside);
        REQUIRE(setAside);
        CHECK(setAside->schemaVersion == storage::Database::latestSchemaVersion());
    } else {
        auto setAside = storage::Database::open(restored->setAside, live.clock());
        REQUIRE(setAside);
        CHECK(scalar(**setAside, QStringLiteral("SELECT count(*) FROM setting WHERE key = 'live.only'")).toInt() == 1);
    }
}
