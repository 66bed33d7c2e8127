#include "core/common/Logging.h"
#include "core/workflow/ExtensionService.h"
#include "core/workflow/IntakeService.h"
#include "tests/support/CatchQt.h"
#include "tests/support/LogCapture.h"
#include "tests/support/WorkflowFixture.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace motcua;
using namespace motcua::workflow;
using test::LogCapture;

TEST_CASE("Logging: a refused intake is logged in motcua.workflow without the applicant's data", "[logging]")
{
    test::WorkflowFixture f;
    LogCapture capture;
    auto specialist = f.as(QStringLiteral("cv.bcxb"));
    REQUIRE(IntakeService(specialist).receive(test::WorkflowFixture::bulletinRequest()).error().code ==
            ErrorCode::Forbidden);
    QStringList lines = LogCapture::info("motcua.workflow");
    REQUIRE(lines.size() == 1);
    CHECK(lines.constFirst().contains(QStringLiteral("forbidden")));
    CHECK(lines.constFirst().contains(QStringLiteral("cv.bcxb")));

    // Invalid input: the field is named, what the applicant entered is not.
    auto request = test::WorkflowFixture::bulletinRequest();
    request.applicant.birthDate = QDate(1985, 5, 12); // the identity number says 1990
    auto clerk = f.as(QStringLiteral("clerk"));
    REQUIRE(IntakeService(clerk).receive(request).error().code == ErrorCode::InvalidInput);
    lines = LogCapture::info("motcua.workflow");
    REQUIRE(lines.size() == 2);
    CHECK(lines.constLast().contains(QStringLiteral("applicant.identity_number")));
    const QString logged = LogCapture::all();
    for (const QString& personal : {request.applicant.name, request.applicant.identityNumber, QStringLiteral("1985"),
                                    QStringLiteral("1990"), request.applicant.address}) {
        CHECK_FALSE(logged.contains(personal));
    }
}

TEST_CASE("Logging: a refused change is logged in motcua.workflow, its rolled-back transaction in motcua.storage",
          "[logging]")
{
    test::WorkflowFixture f;
    const dossier::Dossier received = f.receive();
    LogCapture capture;
    auto leader = f.as(QStringLiteral("leader"));
    const auto stale = ExtensionService(leader).extend(received.code, received.dueAt.addDays(3),
                                                       QStringLiteral("Cần xác minh thêm"), received.version + 1);
    REQUIRE(stale.error().code == ErrorCode::Conflict);
    const QStringList workflow = LogCapture::info("motcua.workflow");
    REQUIRE(workflow.size() == 1);
    CHECK(workflow.constFirst().contains(QStringLiteral("conflict")));
    CHECK(workflow.constFirst().contains(received.code));
    CHECK(workflow.constFirst().contains(QStringLiteral("leader")));
    const QStringList storage = LogCapture::info("motcua.storage");
    REQUIRE(storage.size() == 1);
    CHECK(storage.constFirst().contains(QStringLiteral("conflict")));
    CHECK_FALSE(LogCapture::all().contains(received.applicant.name));
}

TEST_CASE("Logging: a failed write transaction is logged once, with its error", "[logging][storage]")
{
    test::WorkflowFixture f;
    LogCapture capture;
    storage::Database& db = f.db.database();
    const Status failed = db.transaction([&]() -> Status {
        return db.transaction([]() -> Status { return Error::storage(QStringLiteral("disk full")); });
    });
    REQUIRE_FALSE(failed.ok());
    const QStringList lines = LogCapture::info("motcua.storage");
    REQUIRE(lines.size() == 1);
    CHECK(lines.constFirst().contains(QStringLiteral("storage: disk full")));
    // A transaction that commits logs nothing.
    REQUIRE(db.transaction([]() -> Status { return {}; }).ok());
    CHECK(LogCapture::info("motcua.storage").size() == 1);
}
