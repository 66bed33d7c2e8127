#include "core/storage/DossierQueries.h"
#include "core/storage/DossierRepository.h"
#include "core/workflow/HandoverService.h"
#include "tests/support/CatchQt.h"
#include "tests/support/WorkflowFixture.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::dossier;
using namespace motcua::workflow;
using test::count;

TEST_CASE("Queries: worklists filter in SQL", "[workflow][queries]")
{
    test::WorkflowFixture f;
    const QString first = f.receive().code;
    auto other = test::WorkflowFixture::bulletinRequest();
    other.applicant.name = QStringLiteral("Trần Văn Đức");
    other.applicant.identityNumber = QStringLiteral("091085012345");
    other.applicant.birthDate = QDate(1985, 3, 3);
    const QString second = f.receive(other).code;
    auto clerk = f.as(QStringLiteral("clerk"));
    REQUIRE(HandoverService(clerk).handover(second, {}).ok());

    storage::DossierQueries queries(f.db.database());
    storage::DossierFilter filter;
    filter.search = QStringLiteral("tran van duc");
    CHECK(queries.list(filter)->size() == 1);
    filter.search = QStringLiteral("0912345678");
    CHECK(queries.count(filter).value() == 2);
    filter = {};
    filter.departmentCode = QStringLiteral("BCXB");
    REQUIRE(queries.list(filter)->size() == 1);
    CHECK(queries.list(filter)->at(0).code == second);
    filter = {};
    filter.statuses = {DossierStatus::Accepted};
    CHECK(queries.list(filter)->at(0).code == first);
    filter = {};
    filter.overdueAt = f.at(2026, 12, 22, 9, 0);
    CHECK(queries.count(filter).value() == 2);
    filter.overdueAt = f.at(2026, 12, 22, 8, 0);
    CHECK(queries.count(filter).value() == 0);
}

TEST_CASE("Queries: a search finds a piece of the folded text anywhere and nothing else", "[workflow][queries]")
{
    test::WorkflowFixture f;
    auto first = test::WorkflowFixture::bulletinRequest();
    first.applicant.name = QStringLiteral("Trần Văn Đức");
    const QString duc = f.receive(first).code;
    auto second = test::WorkflowFixture::bulletinRequest();
    second.applicant.name = QStringLiteral("Nguyễn Thị Hương");
    second.applicant.phone = QStringLiteral("0987654321");
    const QString huong = f.receive(second).code;

    storage::DossierQueries queries(f.db.database());
    const auto found = [&](const QString& text) {
        storage::DossierFilter filter;
        filter.search = text;
        const auto rows = queries.list(filter);
        REQUIRE(rows);
        QStringList codes;
        for (const auto& row : *rows) {
            codes << row.code;
        }
        CHECK(queries.count(filter).value() == codes.size());
        codes.sort();
        return codes;
    };
    CHECK(found(QStringLiteral("Đức")) == QStringList{duc});
    CHECK(found(QStringLiteral("VĂN Đ")) == QStringList{duc}); // across two words, accents and case folded
    CHECK(found(QStringLiteral("huong")) == QStringList{huong});
    CHECK(found(QStringLiteral("654321")) == QStringList{huong});
    CHECK(found(QStringLiteral("ương")) == QStringList{huong});
    CHECK(found(QStringLiteral("ư")).contains(huong)); // one character: read without the index, still found
    CHECK(found(QStringLiteral("huong thi")).isEmpty()); // the words in another order
    CHECK(found(QStringLiteral("tran van duc nguyen")).isEmpty());
    CHECK(found(QStringLiteral("\"duc\"")).isEmpty()); // quotes are text, not the index's syntax
    CHECK(found(QStringLiteral("du%c")).isEmpty());
    CHECK(found(QStringLiteral("d_c")).isEmpty());

    // A changed name is found by its new text only: the index follows the dossier in the same transaction.
    REQUIRE(f.db.database()
                .transaction([&]() -> Status {
                    storage::DossierRepository repository(f.db.database());
                    auto stored = repository.byCode(duc);
                    if (!stored) {
                        return stored.error();
                    }
                    Dossier changed = *stored;
                    changed.applicant.name = QStringLiteral("Lê Minh Khôi");
                    return repository.save(changed);
                })
                .ok());
    CHECK(found(QStringLiteral("khoi")) == QStringList{duc});
    CHECK(found(QStringLiteral("duc")).isEmpty());
}

// SQLite only: the plan is SQLite's (EXPLAIN QUERY PLAN); on PostgreSQL LIKE itself uses the pg_trgm index, chosen
// by the planner with its statistics.
TEST_CASE("Queries: a search of three characters or more reads the trigram index", "[storage][sqlite-only]")
{
    test::WorkflowFixture f;
    storage::Database& db = f.db.database();
    QVariantList values;
    const QString condition = db.dialect().searchCondition(QStringLiteral("nguyen van"), values);
    QSqlQuery query(db.connection());
    REQUIRE(query.prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT count(*) FROM dossier d WHERE ") + condition));
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    REQUIRE(query.exec());
    QStringList plan;
    while (query.next()) {
        plan << query.value(3).toString();
    }
    CHECK(plan.join(QLatin1Char('\n')).contains(QStringLiteral("dossier_search VIRTUAL TABLE")));
    // The dossiers are read by the ids the index gave, not all of them.
    CHECK(plan.join(QLatin1Char('\n')).contains(QStringLiteral("SEARCH d USING INTEGER PRIMARY KEY")));
}
