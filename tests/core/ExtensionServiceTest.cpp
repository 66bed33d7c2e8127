#include "core/storage/DossierRepository.h"
#include "core/workflow/ExtensionService.h"
#include "core/workflow/HandoverService.h"
#include "core/workflow/PauseService.h"
#include "tests/support/CatchQt.h"
#include "tests/support/WorkflowFixture.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::dossier;
using namespace motcua::workflow;

TEST_CASE("Workflow: extension with apology, by a leader only", "[workflow][extend]")
{
    test::WorkflowFixture f;
    const Dossier received = f.receive();
    auto head = f.as(QStringLiteral("head.bcxb"));
    auto leader = f.as(QStringLiteral("leader"));
    const QDateTime later = received.dueAt.addDays(7);
    CHECK(ExtensionService(head).extend(received.code, later, QStringLiteral("Cần xác minh")).error().code ==
          ErrorCode::Forbidden);
    CHECK(
        ExtensionService(leader).extend(received.code, received.dueAt.addDays(-1), QStringLiteral("x")).error().field ==
        QStringLiteral("new_due"));
    CHECK(ExtensionService(leader).extend(received.code, later, QStringLiteral(" ")).error().field ==
          QStringLiteral("reason"));
    auto extended = ExtensionService(leader).extend(received.code, later, QStringLiteral("Cần xác minh thêm"));
    REQUIRE(extended.ok());
    CHECK(extended->dueAt == later);
    CHECK(extended->legalDueAt == received.dueAt);
    REQUIRE(extended->extensions.size() == 1);
    CHECK(extended->extensions[0].oldDueAt == received.dueAt);
    CHECK(extended->extensions[0].apologyBy == f.users.value(QStringLiteral("leader")).id);

    // Not while the clock is stopped: resuming would push the promised date back again.
    auto clerk = f.as(QStringLiteral("clerk"));
    REQUIRE(HandoverService(clerk).handover(received.code, {}).ok());
    REQUIRE(PauseService(head).pause(received.code, PauseReason::Supplement, {}).ok());
    CHECK(ExtensionService(leader).extend(received.code, later.addDays(7), QStringLiteral("x")).error().code ==
          ErrorCode::IllegalState);
}
