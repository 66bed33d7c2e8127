// The counter of received dossiers by department and status (dossier_count, migration 012) that the worklists'
// totals read: kept by triggers in the transaction of every change, it always equals a count of the rows.
#include "core/demo/DemoSeeder.h"
#include "core/storage/DatabaseCopy.h"
#include "core/storage/DossierQueries.h"
#include "core/storage/HistoryAudit.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/StatementRecorder.h"
#include "core/workflow/HandoverService.h"
#include "tests/support/CatchQt.h"
#include "tests/support/Scalar.h"
#include "tests/support/WorkflowFixture.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace motcua;
using dossier::DossierStatus;
using test::execute;
using test::scalar;

namespace {

// "department:status=n" for every (department, status) group, as the counter holds it and as the rows count it.
QStringList groups(storage::Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    REQUIRE(query.exec(sql));
    QStringList lines;
    while (query.next()) {
        lines << QStringLiteral("%1:%2=%3")
                     .arg(query.value(0).toLongLong())
                     .arg(query.value(1).toInt())
                     .arg(query.value(2).toLongLong());
    }
    return lines;
}

QStringList counted(storage::Database& database)
{
    return groups(database, QStringLiteral("SELECT department_id, status, n FROM dossier_count ORDER BY 1, 2"));
}

QStringList rows(storage::Database& database)
{
    return groups(database, QStringLiteral("SELECT coalesce(department_id, 0), status, count(*) FROM dossier WHERE "
                                           "received_at IS NOT NULL GROUP BY coalesce(department_id, 0), status "
                                           "ORDER BY 1, 2"));
}

void requireCounterMatches(storage::Database& database)
{
    const QStringList kept = counted(database);
    INFO(kept.join(QLatin1Char(' ')).toStdString());
    CHECK(kept == rows(database));
    CHECK_FALSE(kept.isEmpty());
}

// The totals DossierQueries gives for the filters the counter answers, held against count(*) over the rows.
void requireTotalsMatch(storage::Database& database)
{
    const storage::DossierQueries queries(database);
    const auto total = [&](const QString& department, QList<DossierStatus> statuses) {
        storage::DossierFilter filter;
        filter.departmentCode = department;
        filter.statuses = statuses;
        return queries.count(filter).value();
    };
    const auto rowsOf = [&](const QString& condition) {
        return scalar(database, QStringLiteral("SELECT count(*) FROM dossier d WHERE d.received_at IS NOT NULL") +
                                    condition)
            .toLongLong();
    };
    CHECK(total({}, {}) == rowsOf({}));
    CHECK(total(QStringLiteral("VP"), {}) == rowsOf(QStringLiteral(
                                                 " AND d.department_id = (SELECT id FROM department WHERE code = 'VP')")));
    CHECK(total({}, {DossierStatus::Accepted, DossierStatus::Processing}) ==
          rowsOf(QStringLiteral(" AND d.status IN (2, 4)")));
    CHECK(total(QStringLiteral("BCXB"), {DossierStatus::Processing}) ==
          rowsOf(QStringLiteral(" AND d.status = 4 AND d.department_id = (SELECT id FROM department WHERE code = "
                                "'BCXB')")));
    CHECK(total(QStringLiteral("NO-SUCH"), {}) == 0);
}

// A received dossier written by hand beside `id` (another code and register entry), for the counter's delete.
qint64 insertBeside(storage::Database& database, qint64 id)
{
    execute(database,
            QStringLiteral("INSERT INTO dossier (code, procedure_id, process_id, applicant_kind, applicant_name, "
                           "channel, delivery, received_at, legal_due_at, due_at, register_book, register_entry, "
                           "status, department_id, received_by, search_text) SELECT code || '-x', procedure_id, "
                           "process_id, applicant_kind, applicant_name, channel, delivery, received_at, "
                           "legal_due_at, due_at, register_book, register_entry + 100000, status, department_id, "
                           "received_by, search_text FROM dossier WHERE id = %1")
                .arg(id));
    return scalar(database, QStringLiteral("SELECT max(id) FROM dossier")).toLongLong();
}

QList<storage::AuditFinding> verify(storage::Database& database)
{
    QList<storage::AuditFinding> found;
    REQUIRE(storage::HistoryAudit(database.connection(), database.dialect())
                .run([&](const storage::AuditFinding& finding) { found.append(finding); }));
    return found;
}

QList<storage::AuditFinding> counterFindings(storage::Database& database)
{
    QList<storage::AuditFinding> result;
    for (const storage::AuditFinding& finding : verify(database)) {
        if (finding.table == QStringLiteral("dossier_count")) {
            result << finding;
        }
    }
    return result;
}

void seed(test::WorkflowFixture& f, int dossiers)
{
    demo::SeedOptions options;
    options.dossiers = dossiers;
    options.years = 1;
    REQUIRE(demo::DemoSeeder(f.db.database(), *f.calendar, f.db.clock()).seed(options));
}

} // namespace

TEST_CASE("Dossier count: the counter follows receipts, handovers, status and department changes, deletes",
          "[storage][dossier-count]")
{
    test::WorkflowFixture f;
    storage::Database& db = f.db.database();
    CHECK(counted(db).isEmpty());
    const QString first = f.receive().code;
    const QString second = f.receive().code;
    const dossier::Dossier third = f.receive();
    requireCounterMatches(db);
    CHECK(counted(db).size() == 1); // three accepted dossiers at the counter's department

    auto clerk = f.as(QStringLiteral("clerk"));
    REQUIRE(workflow::HandoverService(clerk).handover(second, {}).ok());
    requireCounterMatches(db);
    requireTotalsMatch(db);

    execute(db, QStringLiteral("UPDATE dossier SET status = 10 WHERE code = '%1'").arg(first));
    requireCounterMatches(db);
    execute(db, QStringLiteral("UPDATE dossier SET department_id = NULL WHERE code = '%1'").arg(first));
    requireCounterMatches(db);
    execute(db,
            QStringLiteral("UPDATE dossier SET department_id = (SELECT id FROM department WHERE code = 'BCVTCNTT'), "
                           "status = 6 WHERE code = '%1'")
                .arg(first));
    requireCounterMatches(db);
    requireTotalsMatch(db);
    // A change of another column leaves the counter as it was.
    const QStringList before = counted(db);
    execute(db, QStringLiteral("UPDATE dossier SET applicant_name = 'Lê Văn An', version = version + 1"));
    CHECK(counted(db) == before);

    const qint64 extra = insertBeside(db, third.id);
    requireCounterMatches(db);
    execute(db, QStringLiteral("DELETE FROM dossier WHERE id = %1").arg(extra));
    requireCounterMatches(db);
    // Every dossier of a group gone: its row goes too (the counter holds no zero).
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM dossier_count WHERE n = 0")).toInt() == 0);
    requireTotalsMatch(db);
    CHECK(counterFindings(db).isEmpty());
}

TEST_CASE("Dossier count: a rolled-back change takes its count back with it", "[storage][dossier-count]")
{
    test::WorkflowFixture f;
    storage::Database& db = f.db.database();
    const QString code = f.receive().code;
    f.receive();
    const QStringList before = counted(db);
    const Status failed = db.transaction([&]() -> Status {
        QSqlQuery query(db.connection());
        if (Status status =
                storage::exec(query, QStringLiteral("UPDATE dossier SET status = 10 WHERE code = ?"), {code});
            !status) {
            return status;
        }
        CHECK(counted(db) != before); // inside the transaction the counter has moved
        return Error::invalid(QStringLiteral("status"), QStringLiteral("rolled back by the test"));
    });
    CHECK_FALSE(failed.ok());
    CHECK(counted(db) == before);
    requireCounterMatches(db);
}

TEST_CASE("Dossier count: the totals the counter answers read it, the others count the rows",
          "[storage][dossier-count][queries]")
{
    test::WorkflowFixture f;
    f.receive();
    const storage::DossierQueries queries(f.db.database());
    const auto statement = [&](const storage::DossierFilter& filter) {
        const storage::StatementRecorder recorder;
        REQUIRE(queries.count(filter));
        REQUIRE(recorder.statements().size() == 1);
        return recorder.statements().at(0).sql;
    };
    storage::DossierFilter filter;
    CHECK(statement(filter).contains(QStringLiteral("FROM dossier_count")));
    filter.departmentCode = QStringLiteral("VP");
    filter.statuses = {DossierStatus::Accepted};
    filter.limit = 50;
    CHECK(statement(filter).contains(QStringLiteral("FROM dossier_count")));
    CHECK(queries.count(filter).value() == 1);
    filter.search = QStringLiteral("giang");
    CHECK(statement(filter).contains(QStringLiteral("FROM dossier d")));
    CHECK(queries.count(filter).value() == 1);
    filter.search.clear();
    filter.overdueAt = f.at(2026, 12, 22, 9, 0);
    CHECK(statement(filter).contains(QStringLiteral("FROM dossier d")));
    filter.overdueAt.reset();
    filter.receivedFrom = QDate(2026, 11, 1);
    CHECK(statement(filter).contains(QStringLiteral("FROM dossier d")));
    CHECK(queries.count(filter).value() == 1);
}

TEST_CASE("Dossier count: a seeded database and its copy count what their rows hold", "[storage][dossier-count][copy]")
{
    test::WorkflowFixture f;
    seed(f, 300);
    requireCounterMatches(f.db.database());
    requireTotalsMatch(f.db.database());
    CHECK(counterFindings(f.db.database()).isEmpty());

    // Into a file: from the server when the suite runs on it, then from that file to a new server database.
    QTemporaryDir folder;
    auto file = storage::Database::open(folder.filePath(QStringLiteral("copy.sqlite")), f.db.clock());
    REQUIRE(file);
    storage::Database* target = file->get();
    auto copied = storage::DatabaseCopy(f.db.database(), *target).run();
    REQUIRE(copied);
    bool compared = false;
    for (const storage::CopiedTable& table : *copied) {
        if (table.source.table == QStringLiteral("dossier_count")) {
            compared = true;
            CHECK(table.same());
            CHECK(table.target.rows > 0);
        }
    }
    CHECK(compared);
    requireCounterMatches(*target);
    CHECK(counted(*target) == counted(f.db.database()));
    if (f.db.database().dialect().engine() == storage::SqlEngine::PostgreSql) {
        test::TempDatabase server;
        REQUIRE(storage::DatabaseCopy(*target, server.database()).run());
        requireCounterMatches(server.database());
        CHECK(counted(server.database()) == counted(f.db.database()));
        // The copy counted the dossiers once at its end, its trigger left alone for that transaction only: the
        // next change on the server is counted again.
        execute(server.database(),
                QStringLiteral("UPDATE dossier SET status = 7 WHERE id = (SELECT min(id) FROM dossier "
                               "WHERE received_at IS NOT NULL AND status <> 7)"));
        requireCounterMatches(server.database());
    }
    execute(*target, QStringLiteral("UPDATE dossier SET status = 7 WHERE id = (SELECT min(id) FROM dossier WHERE "
                                    "received_at IS NOT NULL AND status <> 7)"));
    requireCounterMatches(*target);
}

TEST_CASE("Dossier count: verify reports a counter that disagrees with the rows", "[storage][dossier-count]")
{
    test::WorkflowFixture f;
    storage::Database& db = f.db.database();
    f.receive();
    f.receive();
    REQUIRE(counterFindings(db).isEmpty());

    SECTION("a count changed by hand")
    {
        execute(db, QStringLiteral("UPDATE dossier_count SET n = n + 5"));
        const auto found = counterFindings(db);
        REQUIRE(found.size() == 1);
        CHECK(found.at(0).check == QStringLiteral("count"));
        CHECK(found.at(0).reason.contains(QStringLiteral("VP")));
        CHECK(found.at(0).reason.contains(QStringLiteral("7")));
    }
    SECTION("a group's row deleted")
    {
        execute(db, QStringLiteral("DELETE FROM dossier_count"));
        CHECK(counterFindings(db).size() == 1);
    }
    SECTION("a count for dossiers that are not there")
    {
        execute(db, QStringLiteral("INSERT INTO dossier_count (department_id, status, n) VALUES (0, 9, 3)"));
        CHECK(counterFindings(db).size() == 1);
    }
}
