#include "core/workflow/AvailableActions.h"

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
    }
    return {};
}

QList<Action> availableActions(const WorkflowContext& context, const DossierInWork& work)
{
    WorkflowContext copy = context; // DossierAccess takes a mutable context; these checks only read it
    const DossierAccess access(copy);
    const Dossier& dossier = work.dossier;
    const identity::User& actor = context.actor;
    QList<Action> actions;
    if (isClosed(dossier.status)) {
        return actions;
    }
    const bool ready = dossier.status == DossierStatus::ResultReady;
    const int steps = static_cast<int>(work.process.steps.size());
    const catalogue::ProcessStep* step = work.currentProcessStep();
    const bool onStep = !ready && access.requireWorkOnStep(work).ok();
    if (step && !ready && actor.has(Role::Head) && actor.departmentId == step->departmentId) {
        actions << Action::Assign;
    }
    if (onStep && !work.atLastStep()) {
        actions << Action::Handover;
    }
    if (onStep && dossier.currentStep >= steps - 1) {
        actions << Action::Ready;
    }
    if (onStep) {
        actions << Action::Pause;
    }
    if (dossier.paused && (actor.has(Role::Clerk) || access.requireStepActor(work).ok())) {
        actions << Action::Resume;
    }
    if (!ready && !dossier.paused && actor.has(Role::Leader)) {
        actions << Action::Extend;
    }
    // As ClosureService: a leader, or a head of the handling department (or of the one holding it now).
    const bool sameDepartment =
        actor.departmentId == work.procedure.departmentId || actor.departmentId == dossier.departmentId;
    if (!ready && (actor.has(Role::Leader) || (actor.has(Role::Head) && (actor.has(Role::Clerk) || sameDepartment)))) {
        actions << Action::Refuse;
    }
    if (!ready && actor.has(Role::Leader)) {
        actions << Action::Stop;
    }
    if (!ready && actor.has(Role::Clerk)) {
        actions << Action::Withdraw;
    }
    if (ready && actor.has(Role::Clerk)) {
        actions << Action::Return;
    }
    return actions;
}

} // namespace motcua::workflow
