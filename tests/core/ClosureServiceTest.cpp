#include "core/storage/DossierRepository.h"
#include "core/workflow/ClosureService.h"
#include "tests/support/CatchQt.h"
#include "tests/support/WorkflowFixture.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::dossier;
using namespace motcua::workflow;

TEST_CASE("Workflow: refuse, stop and withdraw, each by its role", "[workflow][closure]")
{
    test::WorkflowFixture f;
    auto clerk = f.as(QStringLiteral("clerk"));
    auto head = f.as(QStringLiteral("head.bcxb"));
    auto specialist = f.as(QStringLiteral("cv.bcxb"));
    auto leader = f.as(QStringLiteral("leader"));

    const QString refused = f.receive().code;
    CHECK(ClosureService(specialist).refuse(refused, QStringLiteral("x")).error().code == ErrorCode::Forbidden);
    auto otherHead = f.as(QStringLiteral("head.bcvt")); // head of another department
    CHECK(ClosureService(otherHead).refuse(refused, QStringLiteral("x")).error().code == ErrorCode::Forbidden);
    CHECK(ClosureService(head).refuse(refused, QString()).error().field == QStringLiteral("reason"));
    CHECK(ClosureService(head).refuse(refused, QStringLiteral("Không thuộc thẩm quyền"))->status ==
          DossierStatus::Refused);

    const QString stopped = f.receive().code;
    CHECK(ClosureService(head).stop(stopped, QStringLiteral("x")).error().code == ErrorCode::Forbidden);
    CHECK(ClosureService(leader).stop(stopped, QStringLiteral("Theo đề nghị"))->status == DossierStatus::Stopped);

    const QString withdrawn = f.receive().code;
    CHECK(ClosureService(head).withdraw(withdrawn, QStringLiteral("x")).error().code == ErrorCode::Forbidden);
    const auto done = ClosureService(clerk).withdraw(withdrawn, QStringLiteral("Người nộp xin rút"));
    REQUIRE(done.ok());
    CHECK(done->status == DossierStatus::Withdrawn);
    CHECK(done->steps.last().finishedAt.isValid());
    CHECK(ClosureService(leader).stop(withdrawn, QStringLiteral("x")).error().code == ErrorCode::IllegalState);
}
