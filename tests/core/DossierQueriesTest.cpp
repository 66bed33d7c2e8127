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
