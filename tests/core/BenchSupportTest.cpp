#include "bench/support/BenchSupport.h"
#include "bench/support/PlainSql.h"
#include "core/storage/DossierQueries.h"
#include "core/storage/StatementRecorder.h"
#include "tests/support/CatchQt.h"
#include "tests/support/WorkflowFixture.h"

#include <catch2/catch.hpp>

using namespace motcua;

TEST_CASE("Bench: a recorder keeps the statements exec() ran on its thread, innermost first", "[bench]")
{
    test::WorkflowFixture f;
    const QString code = f.receive().code;
    storage::DossierQueries queries(f.db.database());
    storage::DossierFilter filter;
    filter.search = QStringLiteral("nguyen");
    QList<storage::RecordedStatement> outer;
    {
        const storage::StatementRecorder recording;
        REQUIRE(queries.count(filter).ok());
        {
            const storage::StatementRecorder inner;
            REQUIRE(queries.existingCode(code).ok());
            REQUIRE(inner.statements().size() == 1);
            CHECK(inner.statements().at(0).values == QVariantList{code, code.toUpper()});
        }
        outer = recording.statements();
    }
    REQUIRE(outer.size() == 1); // the inner statement went to the inner recorder only
    CHECK(outer.at(0).sql.startsWith(QStringLiteral("SELECT count(*) FROM dossier d")));
    CHECK(outer.at(0).values.contains(QStringLiteral("%nguyen%")));
    // None alive: nothing is recorded (and nothing fails).
    REQUIRE(queries.count({}).ok());
}

TEST_CASE("Bench: the recorded reads run again through the engine's C API, writes are refused", "[bench]")
{
    test::WorkflowFixture f;
    f.receive();
    storage::DossierFilter filter;
    filter.search = QStringLiteral("nguyen");
    QList<storage::RecordedStatement> statements;
    {
        const storage::StatementRecorder recording;
        REQUIRE(storage::DossierQueries(f.db.database()).list(filter)->size() == 1);
        REQUIRE(storage::DossierQueries(f.db.database()).count(filter).value_or(0) == 1);
        statements = recording.statements();
    }
    auto plain = bench::PlainSql::open(f.db.database());
    REQUIRE(plain.ok());
    CHECK_FALSE((*plain)->engine().isEmpty());
    auto ran = (*plain)->run(statements);
    REQUIRE(ran.ok());
    CHECK(*ran >= 0.0);
    auto refused = (*plain)->run({{QStringLiteral("DELETE FROM dossier"), {}}});
    REQUIRE_FALSE(refused.ok());
    CHECK(storage::DossierQueries(f.db.database()).count({}).value_or(0) == 1);
    // A statement the engine rejects is an error, not a time.
    CHECK_FALSE((*plain)->run({{QStringLiteral("SELECT no_such_column FROM dossier"), {}}}).ok());
}

TEST_CASE("Bench: numbered parameters for libpq leave quoted marks alone", "[bench]")
{
    CHECK(bench::numberedParameters(QStringLiteral("SELECT a FROM t WHERE b = ? AND c LIKE '?%' AND \"d?\" IN (?, ?)")) ==
          QStringLiteral("SELECT a FROM t WHERE b = $1 AND c LIKE '?%' AND \"d?\" IN ($2, $3)"));
    CHECK(bench::numberedParameters(QStringLiteral("SELECT 'it''s ?' , ?")) == QStringLiteral("SELECT 'it''s ?' , $1"));
}

TEST_CASE("Bench: median and 99th percentile by nearest rank", "[bench]")
{
    bench::Timings timings;
    CHECK(timings.median() == 0.0);
    for (double ms : {9.0, 1.0, 5.0, 3.0, 7.0, 2.0, 10.0, 4.0, 8.0, 6.0}) {
        timings.add(ms);
    }
    CHECK(timings.median() == 5.0);
    CHECK(timings.percentile(99) == 10.0); // fewer than 100 runs: the slowest
    CHECK(timings.percentile(90) == 9.0);
    CHECK(timings.slowest() == 10.0);
}
