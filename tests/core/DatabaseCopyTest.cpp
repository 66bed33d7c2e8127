// Moving an office's data from one database to another (motcua-cli copy): everything, or nothing.
#include "core/storage/DatabaseCopy.h"
#include "core/demo/DemoSeeder.h"
#include "core/storage/SqlQuery.h"
#include "tests/support/Scalar.h"
#include "tests/support/WorkflowFixture.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace motcua;
using test::scalar;

namespace {

// A fixture with demo dossiers (steps, pauses, extensions, events, online submissions), a setting and a sign-in.
void seed(test::WorkflowFixture& f, int dossiers)
{
    demo::SeedOptions options;
    options.dossiers = dossiers;
    options.years = 1;
    REQUIRE(demo::DemoSeeder(f.db.database(), *f.calendar, f.db.clock()).seed(options));
    QSqlQuery query(f.db.database().connection());
    REQUIRE(storage::exec(query, QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?)"),
                          {QStringLiteral("backup.folder"), QStringLiteral("/srv/sao-lưu")})
                .ok());
}

QMap<QString, qint64> rowCounts(storage::Database& database)
{
    const storage::TableCatalog catalog(database.connection(), database.dialect());
    QMap<QString, qint64> counts;
    const auto tables = catalog.tables();
    REQUIRE(tables);
    for (const QString& table : *tables) {
        counts.insert(table, *catalog.rowCount(table));
    }
    return counts;
}

qint64 totalRows(storage::Database& database)
{
    qint64 total = 0;
    for (qint64 rows : rowCounts(database)) {
        total += rows;
    }
    return total;
}

void requireSame(const QList<storage::CopiedTable>& copied)
{
    REQUIRE_FALSE(copied.isEmpty());
    for (const storage::CopiedTable& table : copied) {
        INFO(table.source.table.toStdString());
        CHECK(table.same());
        CHECK(table.source.sha256.size() == 64);
    }
}

// The copy's identities go on after the copied ids: a new receipt on it works and takes a new id.
void requireReceives(storage::Database& copy, test::WorkflowFixture& f)
{
    const qint64 before = scalar(copy, QStringLiteral("SELECT max(id) FROM dossier")).toLongLong();
    auto context =
        workflow::WorkflowContext::forDatabase(copy, f.db.clock(), *f.calendar, f.users.value(QStringLiteral("clerk")));
    auto received = workflow::IntakeService(context).receive(test::WorkflowFixture::bulletinRequest());
    REQUIRE(received);
    CHECK(received->id > before);
    CHECK(scalar(copy, QStringLiteral("SELECT count(*) FROM dossier_event WHERE dossier_id = %1").arg(received->id))
              .toInt() >= 1);
}

} // namespace

TEST_CASE("Database copy: every table arrives with its rows and digest, and the copy receives the next dossier",
          "[copy]")
{
    test::WorkflowFixture f;
    seed(f, 150);
    test::TempDatabase target;
    QStringList progressed;
    auto copied = storage::DatabaseCopy(f.db.database(), target.database())
                      .run([&](const QString& table, qint64 done, qint64 total) {
                          if (done == total) {
                              progressed << table;
                          }
                      });
    REQUIRE(copied);
    requireSame(*copied);
    CHECK(rowCounts(target.database()) == rowCounts(f.db.database()));
    CHECK(rowCounts(target.database()).value(QStringLiteral("dossier")) >= 150);
    CHECK(rowCounts(target.database()).value(QStringLiteral("dossier_pause")) > 0);
    CHECK(progressed.size() == copied->size());
    // Parents before children.
    CHECK(progressed.indexOf(QStringLiteral("dossier")) < progressed.indexOf(QStringLiteral("dossier_event")));
    CHECK(progressed.indexOf(QStringLiteral("user_account")) < progressed.indexOf(QStringLiteral("dossier")));
    requireReceives(target.database(), f);
}

TEST_CASE("Database copy: a target that holds anything is refused and left as it was", "[copy]")
{
    test::WorkflowFixture f;
    seed(f, 10);
    test::WorkflowFixture other; // a calendar, a catalogue and users of its own
    const QMap<QString, qint64> before = rowCounts(other.db.database());
    auto copied = storage::DatabaseCopy(f.db.database(), other.db.database()).run();
    REQUIRE_FALSE(copied);
    CHECK(copied.error().code == ErrorCode::InvalidInput);
    CHECK(copied.error().field == QStringLiteral("--to"));
    CHECK(copied.error().message.contains(QStringLiteral("không trống")));
    CHECK(rowCounts(other.db.database()) == before);
}

TEST_CASE("Database copy: a failure half-way leaves the target empty", "[copy]")
{
    test::WorkflowFixture f;
    seed(f, 20);
    test::TempDatabase target;
    // A table of the target that differs from the source's: found after the tables before it were filled.
    QSqlQuery alter(target.database().connection());
    REQUIRE(alter.exec(QStringLiteral("ALTER TABLE step_instance ADD COLUMN extra TEXT")));
    const qint64 fresh = totalRows(target.database()); // the heads of its empty histories (migration 010) only
    CHECK(fresh == scalar(target.database(), QStringLiteral("SELECT count(*) FROM history_head WHERE entries = 0"))
                       .toLongLong());
    qint64 filled = 0;
    auto copied =
        storage::DatabaseCopy(f.db.database(), target.database()).run([&](const QString&, qint64 done, qint64) {
            filled += done;
        });
    REQUIRE_FALSE(copied);
    CHECK(copied.error().message.contains(QStringLiteral("step_instance")));
    CHECK(filled > 0); // the dossiers were in before the failure
    CHECK(totalRows(target.database()) == fresh);
}

// PostgreSQL only: the move from the embedded file to the office's server (and back), across engines.
TEST_CASE("Database copy: from the server to a file and from that file to a new server database, digests equal",
          "[copy][postgresql-only]")
{
    test::WorkflowFixture f;
    seed(f, 200);
    QTemporaryDir folder;
    auto file = storage::Database::open(folder.filePath(QStringLiteral("office.sqlite")), f.db.clock());
    REQUIRE(file);
    auto toFile = storage::DatabaseCopy(f.db.database(), **file).run();
    REQUIRE(toFile);
    requireSame(*toFile);
    test::TempDatabase server;
    auto toServer = storage::DatabaseCopy(**file, server.database()).run();
    REQUIRE(toServer);
    requireSame(*toServer);
    for (int i = 0; i < toServer->size(); ++i) {
        CHECK(toServer->at(i).target.sha256 == toFile->at(i).source.sha256);
    }
    requireReceives(server.database(), f);
    requireReceives(**file, f);
}
