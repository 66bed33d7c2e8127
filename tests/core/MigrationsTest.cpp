#include "core/storage/Migrations.h"
#include "core/storage/SqlQuery.h"
#include "tests/support/TempDatabase.h"

#include "tests/support/CatchQt.h"
#include "tests/support/Scalar.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace motcua;
using test::scalar;
using storage::Migrations;

namespace {

// One department with one user in it, as the migrations below find them.
void addUserInDepartment(storage::Database& database)
{
    QSqlQuery query(database.connection());
    REQUIRE(query.exec(QStringLiteral("INSERT INTO department (id, code, name) VALUES (7, 'VP', 'Văn phòng')")));
    REQUIRE(query.exec(QStringLiteral("INSERT INTO user_account (login, full_name, department_id, password_hash, "
                                      "created_at) VALUES ('clerk', 'Cán bộ', 7, 'x', '2026-11-23T08:00:00+07:00')")));
}

Migrations testMigrations(const QString& folder)
{
    return Migrations(test::testDataPath(QStringLiteral("migrations/") + folder));
}

// The rebuild of tests/data/migrations/rebuild without its marker line, in `folder`.
Migrations unmarkedRebuild(const QTemporaryDir& folder)
{
    QFile marked(test::testDataPath(QStringLiteral("migrations/rebuild/901_department_phone.sql")));
    REQUIRE(marked.open(QIODevice::ReadOnly));
    REQUIRE(marked.readLine().startsWith("-- motcua: foreign-keys-off"));
    QFile unmarked(folder.filePath(QStringLiteral("901_department_phone.sql")));
    REQUIRE(unmarked.open(QIODevice::WriteOnly));
    unmarked.write(marked.readAll());
    return Migrations(folder.path());
}

} // namespace

TEST_CASE("Migrations: both engines have the same numbered migrations", "[storage][migrations]")
{
    const Migrations sqlite(storage::SqlDialect(storage::SqlEngine::Sqlite).migrationFolder());
    const Migrations postgresql(storage::SqlDialect(storage::SqlEngine::PostgreSql).migrationFolder());
    REQUIRE(sqlite.list().size() >= 6);
    REQUIRE(postgresql.list().size() == sqlite.list().size());
    for (qsizetype i = 0; i < sqlite.list().size(); ++i) {
        CHECK(postgresql.list().at(i).version == sqlite.list().at(i).version);
        CHECK(postgresql.list().at(i).name == sqlite.list().at(i).name);
        CHECK(sqlite.list().at(i).version == i + 1); // in order, none missing
    }
    CHECK(storage::Database::latestSchemaVersion() == sqlite.latestVersion());
}

TEST_CASE("Migrations: scripts split into statements, trigger and function bodies kept whole", "[storage][migrations]")
{
    const QStringList statements =
        Migrations::statements(QStringLiteral("-- a comment\n"
                                              "CREATE TABLE a (x INTEGER);\n"
                                              "\n"
                                              "CREATE TRIGGER a_no_update BEFORE UPDATE ON a\n"
                                              "BEGIN\n"
                                              "    SELECT RAISE(ABORT, 'no');\n"
                                              "END;\n"
                                              "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                                              "BEGIN\n"
                                              "    RAISE EXCEPTION 'no';\n"
                                              "END;\n"
                                              "$$;\n"
                                              "CREATE TRIGGER a_no_delete BEFORE DELETE ON a\n"
                                              "    FOR EACH ROW EXECUTE FUNCTION f();\n"
                                              "INSERT INTO a VALUES (1);"));
    REQUIRE(statements.size() == 5);
    CHECK(statements.at(0) == QStringLiteral("CREATE TABLE a (x INTEGER);"));
    CHECK(statements.at(1).endsWith(QStringLiteral("SELECT RAISE(ABORT, 'no');\nEND;")));
    CHECK(statements.at(2).startsWith(QStringLiteral("CREATE FUNCTION f()")));
    CHECK(statements.at(2).endsWith(QStringLiteral("END;\n$$;")));
    CHECK(statements.at(3).endsWith(QStringLiteral("EXECUTE FUNCTION f();")));
    CHECK(statements.at(4) == QStringLiteral("INSERT INTO a VALUES (1);"));
}

// SQLite only: the foreign-keys-off marker is about SQLite's table rebuilds (PostgreSQL alters tables in place).
TEST_CASE("Migrations: a SQLite table rebuild runs with the foreign keys off and checked before its commit",
          "[storage][migrations][sqlite-only]")
{
    test::TempDatabase temp;
    storage::Database& db = temp.database();
    addUserInDepartment(db);
    const int before = db.schemaVersion();

    SECTION("a rebuild that keeps every reference is applied, the foreign keys on again afterwards")
    {
        REQUIRE(testMigrations(QStringLiteral("rebuild")).apply(db, temp.clock()).ok());
        CHECK(db.schemaVersion() == 901);
        CHECK(scalar(db, QStringLiteral("SELECT d.phone FROM user_account u JOIN department d ON d.id = "
                                        "u.department_id WHERE u.login = 'clerk'"))
                  .toString()
                  .isEmpty());
        CHECK(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    }
    SECTION("a rebuild that leaves a reference to nothing fails and is rolled back")
    {
        const Status status = testMigrations(QStringLiteral("dangling")).apply(db, temp.clock());
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().message.contains(QStringLiteral("user_account")));
        CHECK(db.schemaVersion() == before);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM department WHERE id = 7")).toInt() == 1);
        CHECK(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    }
    SECTION("without the marker the same rebuild is refused by the foreign keys")
    {
        const QTemporaryDir folder;
        REQUIRE_FALSE(unmarkedRebuild(folder).apply(db, temp.clock()).ok());
        CHECK(db.schemaVersion() == before);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM department WHERE id = 7")).toInt() == 1);
    }
}
