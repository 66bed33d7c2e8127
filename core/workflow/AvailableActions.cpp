#include "core/workflow/AvailableActions.h"

#include "core/workflow/AssignmentService.h"

#include <QCoreApplication>

namespace motcua::workflow {

using namespace motcua::dossier;
using identity::Role;

QString actionKey(Action action)
{
    switch (action) {
    case Action::Assign:
        return QStringLiteral("assign");
    case Action::Handover:
        return QStringLiteral("handover");
    case Action::Ready:
        return QStringLiteral("ready");
    case Action::Pause:
        return QStringLiteral("pause");
    case Action::Resume:
        return QStringLiteral("resume");
    case Action::Extend:
        return QStringLiteral("extend");
    case Action::Refuse:
        return QStringLiteral("refuse");
    case Action::Stop:
        return QStringLiteral("stop");
    case Action::Withdraw:
        return QStringLiteral("withdraw");
    case Action::Return:
        return QStringLiteral("return");
    case Action::Receive:
        return QStringLiteral("receive");
    }
    return {};
}

QString actionName(Action action)
{
    switch (action) {
    case Action::Assign:
        return QCoreApplication::translate("motcua::workflow::Action", "Assign…");
    case Action::Handover:
        return QCoreApplication::translate("motcua::workflow::Action", "Hand over…");
    case Action::Ready:
        return QCoreApplication::translate("motcua::workflow::Action", "Result ready…");
    case Action::Pause:
        return QCoreApplication::translate("motcua::workflow::Action", "Request supplement…");
    case Action::Resume:
        return QCoreApplication::translate("motcua::workflow::Action", "Resume…");
    case Action::Extend:
        return QCoreApplication::translate("motcua::workflow::Action", "Extend with apology…");
    case Action::Refuse:
        return QCoreApplication::translate("motcua::workflow::Action", "Refuse…");
    case Action::Stop:
        return QCoreApplication::translate("motcua::workflow::Action", "Stop…");
    case Action::Withdraw:
        return QCoreApplication::translate("motcua::workflow::Action", "Withdraw…");
    case Action::Return:
        return QCoreApplication::translate("motcua::workflow::Action", "Return result…");
    case Action::Receive:
        return QCoreApplication::translate("motcua::workflow::Action", "Receive…");
    }
    return {};
}

namespace {

// Where the process lets the dossier go: a hand-over needs a step after the current one, the result is ready from
// the step before the last, and at an assignment step assigning is the step's work (not while paused).
bool processAllows(Action action, const DossierInWork& work)
{
    switch (action) {
    case Action::Assign:
        return work.currentProcessStep() && !(AssignmentService::isAssignmentStep(work) && work.dossier.paused);
    case Action::Handover:
        return !work.atLastStep();
    case Action::Ready:
        return work.dossier.currentStep >= static_cast<int>(work.process.steps.size()) - 1;
    default:
        return true;
    }
}

} // namespace

QList<Action> availableActions(const WorkflowContext& context, const DossierInWork& work)
{
    QList<Action> actions;
    for (Action action : Permissions::allActions()) {
        if (action != Action::Receive && Permissions::allows(context.actor, action, work) &&
            processAllows(action, work)) {
            actions << action;
        }
    }
    return actions;
}

} // namespace motcua::workflow
