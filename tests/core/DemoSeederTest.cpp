#include "core/demo/DemoSeeder.h"
#include "core/storage/OnlineSubmissionRepository.h"
#include "tests/support/WorkflowFixture.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace motcua;

namespace {

// Every row of the tables the seeder fills with dossiers, in order: equal dumps are equal data.
QByteArray dossierData(test::WorkflowFixture& f)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery query(f.db.database().connection());
    for (const char* table : {"dossier", "dossier_document", "step_instance", "dossier_pause", "dossier_extension",
                              "dossier_event", "code_sequence"}) {
        query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(QLatin1String(table)));
        while (query.next()) {
            for (int column = 0; column < query.record().count(); ++column) {
                hash.addData(query.value(column).toString().toUtf8());
                hash.addData(QByteArrayView("\x1f"));
            }
            hash.addData(QByteArrayView("\n"));
        }
    }
    return hash.result().toHex();
}

qint64 dossiersWithStatus(test::WorkflowFixture& f, dossier::DossierStatus status)
{
    QSqlQuery query(f.db.database().connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM dossier WHERE status = ?"));
    query.addBindValue(static_cast<int>(status));
    query.exec();
    query.next();
    return query.value(0).toLongLong();
}

Result<demo::SeedReport> seed(test::WorkflowFixture& f, int dossiers)
{
    demo::SeedOptions options;
    options.dossiers = dossiers;
    options.years = 1;
    return demo::DemoSeeder(f.db.database(), *f.calendar, f.db.clock()).seed(options);
}

} // namespace

TEST_CASE("Demo seeder: every replayed dossier is stored once, complete, as the report counts it", "[demo]")
{
    test::WorkflowFixture f;
    const auto report = seed(f, 300);
    REQUIRE(report);
    CHECK(report->dossiers == 300);
    // The replayed dossiers, and a few online submissions waiting for the clerk (one lacking a document).
    CHECK(report->online == 4);
    CHECK(test::count(f, QStringLiteral("dossier")) == 300 + report->online);
    CHECK(dossiersWithStatus(f, dossier::DossierStatus::SubmittedOnline) == report->online);
    auto waiting = storage::OnlineSubmissionRepository(f.db.database()).waiting();
    REQUIRE(waiting);
    CHECK(waiting->size() == report->online);
    CHECK(dossiersWithStatus(f, dossier::DossierStatus::Returned) == report->returned);
    CHECK(dossiersWithStatus(f, dossier::DossierStatus::Refused) == report->refused);
    CHECK(dossiersWithStatus(f, dossier::DossierStatus::Withdrawn) == report->withdrawn);
    CHECK(dossiersWithStatus(f, dossier::DossierStatus::Stopped) == report->stopped);
    CHECK(test::count(f, QStringLiteral("dossier_extension")) == report->extended);
    CHECK(report->returned > 200);
    CHECK(report->paused > 0);
    CHECK(test::count(f, QStringLiteral("dossier_pause")) == report->paused);
    // Each dossier was written once, at the end of its history, with its receipt.
    QSqlQuery query(f.db.database().connection());
    query.exec(QStringLiteral("SELECT count(*) FROM dossier d WHERE d.status <> 1 AND (d.version <> 1 OR NOT "
                              "EXISTS (SELECT 1 FROM dossier_event e WHERE e.dossier_id = d.id AND e.action = "
                              "'receive'))"));
    query.next();
    CHECK(query.value(0).toLongLong() == 0);
}

TEST_CASE("Demo seeder: the same options on the same day give the same data", "[demo]")
{
    test::WorkflowFixture first;
    test::WorkflowFixture second;
    REQUIRE(seed(first, 150));
    REQUIRE(seed(second, 150));
    CHECK(dossierData(first) == dossierData(second));
}

TEST_CASE("Demo seeder: dossiers in progress have a handler, every account its own salt", "[demo]")
{
    test::WorkflowFixture f;
    const qint64 fixtureUsers = test::count(f, QStringLiteral("user_account"));
    REQUIRE(seed(f, 300));
    QSqlQuery query(f.db.database().connection());
    // In progress (not paused at the desk's own first step): someone holds the dossier.
    REQUIRE(query.exec(QStringLiteral("SELECT count(*), sum(CASE WHEN assignee_id IS NULL OR assignee_id = 0 THEN 1 "
                                      "ELSE 0 END) FROM dossier WHERE status IN (2, 4, 5, 6)")));
    REQUIRE(query.next());
    CHECK(query.value(0).toLongLong() > 0);
    CHECK(query.value(1).toLongLong() == 0);
    // The staff the seeder adds share the password, never the hash.
    query.prepare(QStringLiteral("SELECT count(*), count(DISTINCT password_hash) FROM user_account WHERE id > ?"));
    query.addBindValue(fixtureUsers);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    CHECK(query.value(0).toLongLong() >= 3);
    CHECK(query.value(1).toLongLong() == query.value(0).toLongLong());
}

TEST_CASE("Demo seeder: cancelled after its first batch, it keeps that batch alone, and seeds on from there", "[demo]")
{
    test::WorkflowFixture f;
    demo::SeedOptions options;
    options.dossiers = 2500; // three batches: the replay runs ahead of the writer, which stops after the first
    options.years = 1;
    QList<int> progress;
    const auto report = demo::DemoSeeder(f.db.database(), *f.calendar, f.db.clock()).seed(options, [&](int done, int) {
        progress.append(done);
        return false;
    });
    REQUIRE(report);
    CHECK(progress == QList<int>{1000});
    CHECK(report->dossiers == 1000);
    CHECK(report->online == 0);
    CHECK(test::count(f, QStringLiteral("dossier")) == 1000);
    // The next seed numbers its dossiers after the ones kept: every code stays unique.
    options.dossiers = 300;
    const auto more = demo::DemoSeeder(f.db.database(), *f.calendar, f.db.clock()).seed(options);
    REQUIRE(more);
    CHECK(test::count(f, QStringLiteral("dossier")) == 1300 + more->online);
    QSqlQuery query(f.db.database().connection());
    REQUIRE(query.exec(QStringLiteral("SELECT count(DISTINCT code) FROM dossier WHERE code IS NOT NULL")));
    REQUIRE(query.next());
    CHECK(query.value(0).toLongLong() == 1300);
}
