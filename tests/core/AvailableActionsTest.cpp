#include "core/storage/DossierRepository.h"
#include "core/workflow/AssignmentService.h"
#include "core/workflow/AvailableActions.h"
#include "core/workflow/ClosureService.h"
#include "core/workflow/DossierDetails.h"
#include "core/workflow/ExtensionService.h"
#include "core/workflow/HandoverService.h"
#include "core/workflow/PauseService.h"
#include "tests/support/CatchQt.h"
#include "tests/support/ServiceActions.h"
#include "tests/support/WorkflowFixture.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::dossier;
using namespace motcua::workflow;
using test::load;

TEST_CASE("Available actions are exactly those the services accept", "[workflow][actions]")
{
    test::WorkflowFixture f;
    auto clerk = f.as(QStringLiteral("clerk"));
    auto head = f.as(QStringLiteral("head.bcxb"));
    auto specialist = f.as(QStringLiteral("cv.bcxb"));
    auto leader = f.as(QStringLiteral("leader"));
    // Dossiers in several states: at the desk, at the head, assigned to a specialist, paused, at the leader,
    // result ready.
    QStringList codes;
    for (int i = 0; i < 6; ++i) {
        codes << f.receive().code;
    }
    for (int i = 1; i < 6; ++i) {
        REQUIRE(HandoverService(clerk).handover(codes[i], {}).ok());
    }
    for (int i = 2; i < 6; ++i) {
        REQUIRE(HandoverService(head).handover(codes[i], {}, QStringLiteral("cv.bcxb")).ok());
    }
    REQUIRE(PauseService(specialist).pause(codes[3], PauseReason::Supplement, {}).ok());
    for (int i = 4; i < 6; ++i) {
        REQUIRE(HandoverService(specialist).handover(codes[i], {}).ok());
        REQUIRE(HandoverService(head).handover(codes[i], {}).ok());
    }
    REQUIRE(HandoverService(leader).markResultReady(codes[5], {}).ok());
    // Paused at the head's assignment step: assigning there is the step's work, not while paused (the button was
    // offered and the service refused it).
    codes << f.receive().code;
    REQUIRE(HandoverService(clerk).handover(codes[6], {}).ok());
    REQUIRE(PauseService(head).pause(codes[6], PauseReason::Supplement, {}).ok());

    const QList<Action> all{Action::Assign, Action::Handover, Action::Ready, Action::Pause,    Action::Resume,
                            Action::Extend, Action::Refuse,   Action::Stop,  Action::Withdraw, Action::Return};
    int available = 0;
    for (const QString& code : codes) {
        for (const QString& login : f.users.keys()) {
            auto context = f.as(login);
            const auto details = DossierDetails::load(context, code);
            REQUIRE(details.ok());
            const DossierInWork work{details->dossier, details->procedure, details->process};
            const QList<Action> actions = availableActions(context, work);
            available += static_cast<int>(actions.size());
            for (Action action : all) {
                INFO(code.toStdString() << " as " << login.toStdString() << ": " << actionKey(action).toStdString());
                CHECK(actions.contains(action) == test::serviceAccepts(f, context, code, action));
            }
        }
    }
    CHECK(available > 20);
}
