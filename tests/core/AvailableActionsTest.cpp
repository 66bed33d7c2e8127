#include "core/storage/DossierRepository.h"
#include "core/workflow/AssignmentService.h"
#include "core/workflow/AvailableActions.h"
#include "core/workflow/ClosureService.h"
#include "core/workflow/DossierDetails.h"
#include "core/workflow/ExtensionService.h"
#include "core/workflow/HandoverService.h"
#include "core/workflow/PauseService.h"
#include "tests/support/CatchQt.h"
#include "tests/support/WorkflowFixture.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::dossier;
using namespace motcua::workflow;
using test::load;

namespace {

// Runs `action` as `login` on the dossier and rolls everything back: does the service accept it?
bool serviceAccepts(test::WorkflowFixture& f, const QString& login, const QString& code, Action action)
{
    auto context = f.as(login);
    const Dossier dossier = load(f, code);
    bool accepted = false;
    const Status rolledBack = f.db.database().transaction([&]() -> Status {
        Result<Dossier> result = Error::invalid(QStringLiteral("action"), QStringLiteral("none"));
        switch (action) {
        case Action::Assign: {
            const auto details = DossierDetails::load(context, code);
            const DossierInWork work{details->dossier, details->procedure, details->process};
            const catalogue::ProcessStep* step = AssignmentService::assignedStep(work);
            QString assignee;
            for (const identity::User& user : std::as_const(f.users)) {
                if (step && user.departmentId == step->departmentId && user.has(step->role)) {
                    assignee = user.login;
                }
            }
            result = AssignmentService(context).assign(code, assignee);
            break;
        }
        case Action::Handover:
            result = HandoverService(context).handover(code, {});
            break;
        case Action::Ready:
            result = HandoverService(context).markResultReady(code, {});
            break;
        case Action::Pause:
            result = PauseService(context).pause(code, PauseReason::Supplement, {});
            break;
        case Action::Resume:
            result = PauseService(context).resume(code, {});
            break;
        case Action::Extend:
            result = ExtensionService(context).extend(code, dossier.dueAt.addDays(7), QStringLiteral("Xác minh"));
            break;
        case Action::Refuse:
            result = ClosureService(context).refuse(code, QStringLiteral("x"));
            break;
        case Action::Stop:
            result = ClosureService(context).stop(code, QStringLiteral("x"));
            break;
        case Action::Withdraw:
            result = ClosureService(context).withdraw(code, QStringLiteral("x"));
            break;
        case Action::Return:
            result = ClosureService(context).returnResult(code, {});
            break;
        }
        accepted = result.ok();
        return Error::storage(QStringLiteral("roll back"));
    });
    REQUIRE_FALSE(rolledBack.ok());
    return accepted;
}

} // namespace

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
                CHECK(actions.contains(action) == serviceAccepts(f, login, code, action));
            }
        }
    }
    CHECK(available > 20);
}
