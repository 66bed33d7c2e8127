#include "core/storage/CalendarRepository.h"
#include "core/storage/SqlQuery.h"
#include "tests/support/TempDatabase.h"

#include "tests/support/CatchQt.h"
#include "tests/support/Scalar.h"

#include <catch2/catch.hpp>

using namespace motcua;
using test::scalar;
using namespace motcua::calendar;

// SQLite only: the journal and the foreign-keys pragma are the file's settings.
TEST_CASE("Database: migrations, WAL, foreign keys", "[storage][sqlite-only]")
{
    test::TempDatabase temp;
    storage::Database& db = temp.database();
    CHECK(db.schemaVersion() == storage::Database::latestSchemaVersion());
    CHECK(db.schemaVersion() >= 1);
    CHECK(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM schema_migration")).toInt() == db.schemaVersion());
    CHECK(scalar(db, QStringLiteral("SELECT applied_at FROM schema_migration WHERE version = 1")).toString() ==
          QStringLiteral("2026-11-23T08:00:00+07:00"));

    // Opening again applies nothing twice.
    auto again = temp.openAgain();
    CHECK(again->schemaVersion() == db.schemaVersion());
    CHECK(scalar(*again, QStringLiteral("SELECT count(*) FROM schema_migration")).toInt() == db.schemaVersion());
}

TEST_CASE("Database: migrations applied once, in order, with their moment", "[storage]")
{
    test::TempDatabase temp;
    storage::Database& db = temp.database();
    CHECK(db.schemaVersion() == storage::Database::latestSchemaVersion());
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM schema_migration")).toInt() == db.schemaVersion());
    CHECK(scalar(db, QStringLiteral("SELECT min(version) FROM schema_migration")).toInt() == 1);
    CHECK(scalar(db, QStringLiteral("SELECT applied_at FROM schema_migration WHERE version = 1")).toString() ==
          QStringLiteral("2026-11-23T08:00:00+07:00"));
    auto again = temp.openAgain();
    CHECK(scalar(*again, QStringLiteral("SELECT count(*) FROM schema_migration")).toInt() == db.schemaVersion());
}

TEST_CASE("Database: a failed transaction leaves nothing behind", "[storage]")
{
    test::TempDatabase temp;
    storage::Database& db = temp.database();
    const Status status = db.transaction([&]() -> Status {
        QSqlQuery query(db.connection());
        REQUIRE(storage::exec(query, QStringLiteral("INSERT INTO setting (key, value) VALUES ('a', '1')")).ok());
        // Nested work fails: everything rolls back.
        return db.transaction([&]() -> Status {
            return storage::exec(query, QStringLiteral("INSERT INTO setting (key, value) VALUES ('a', '2')"));
        });
    });
    CHECK_FALSE(status.ok());
    CHECK(status.error().code == ErrorCode::Storage);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM setting")).toInt() == 0);
}

TEST_CASE("Database: a database from a newer version is refused", "[storage]")
{
    test::TempDatabase temp;
    {
        QSqlQuery query(temp.database().connection());
        REQUIRE(query.exec(QStringLiteral("INSERT INTO schema_migration VALUES (999, 'future', 'x')")));
    }
    auto opened = storage::Database::open(temp.path(), temp.clock());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::Storage);
}

TEST_CASE("Calendar repository: years and office hours round trip", "[storage]")
{
    test::TempDatabase temp;
    storage::CalendarRepository repository(temp.database(), temp.clock());
    REQUIRE(repository.loadBook()->storedYears().isEmpty());

    const QList<CalendarEntry> entries{
        {QDate(2027, 2, 5), DayKind::DayOff, QStringLiteral("Tết Nguyên đán"), QStringLiteral("notice"), true},
        {QDate(2027, 2, 13), DayKind::Workday, QStringLiteral("Làm bù"), QStringLiteral("notice"), false}};
    REQUIRE(repository.saveYear(2027, entries).ok());
    auto book = repository.loadBook();
    REQUIRE(book.ok());
    CHECK(book->storedYears() == QList<int>{2027});
    CHECK(book->entriesForYear(2027) == entries);

    // A bad entry (another year) rolls the whole year back.
    const Status bad =
        repository.saveYear(2027, {entries[0], {QDate(2028, 1, 3), DayKind::DayOff, QStringLiteral("x"), {}, true}});
    CHECK_FALSE(bad.ok());
    CHECK(repository.loadBook()->entriesForYear(2027) == entries);

    REQUIRE(repository.removeYear(2027).ok());
    CHECK_FALSE(repository.loadBook()->hasStoredYear(2027));
    CHECK(scalar(temp.database(), QStringLiteral("SELECT count(*) FROM calendar_entry")).toInt() == 0);

    CHECK(*repository.loadOfficeHours() == OfficeHours::standard());
    OfficeHours hours = OfficeHours::standard();
    hours.setSessions(6, {{420, 690}});
    hours.setSameDayCutoff(QTime(16, 0));
    REQUIRE(repository.saveOfficeHours(hours).ok());
    CHECK(*repository.loadOfficeHours() == hours);

    OfficeHours broken = hours;
    broken.setSessions(1, {{600, 500}});
    CHECK(repository.saveOfficeHours(broken).error().field == QStringLiteral("sessions"));
    CHECK(*repository.loadOfficeHours() == hours);
}

// SQLite only: the plan is SQLite's (EXPLAIN QUERY PLAN); PostgreSQL's planner chooses with its statistics.
TEST_CASE("Database: a worklist of one status reads the (status, received_at) index", "[storage][sqlite-only]")
{
    test::TempDatabase temp;
    storage::Database& db = temp.database();
    const auto plan = [&db](const QString& sql) {
        QSqlQuery query(db.connection());
        REQUIRE(query.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
        QStringList lines;
        while (query.next()) {
            lines << query.value(3).toString();
        }
        return lines.join(QLatin1Char('\n'));
    };
    // The shapes DossierQueries gives SQLite: the count of one status within a range of receipt moments, and a
    // page of one status newest first, after a cursor (where a department filter is kept off its index).
    const QString count = plan(QStringLiteral("SELECT count(*) FROM dossier d WHERE d.status IN (10) AND "
                                              "d.received_at >= '2026-01-01' AND d.received_at < '2026-02-01'"));
    CHECK(count.contains(QStringLiteral("COVERING INDEX dossier_by_status_received")));
    const QString page =
        plan(QStringLiteral("SELECT d.code FROM dossier d WHERE d.status IN (8) AND +d.department_id = 2 AND "
                            "(d.received_at, d.id) < ('2026-06-01', 1000) ORDER BY d.received_at DESC, d.id DESC "
                            "LIMIT 200"));
    CHECK(page.contains(QStringLiteral("INDEX dossier_by_status_received")));
    CHECK_FALSE(page.contains(QStringLiteral("TEMP B-TREE"))); // no sort: the index gives the order
}
