#include "core/workflow/Permissions.h"

#include "core/workflow/DossierAccess.h"

#include <algorithm>

namespace motcua::workflow {

using identity::Role;

namespace {

// Working on the current step (hand-over, result ready, pause; resume for the handler): the person it is assigned
// to; a head of the department holding it; unassigned, a person of that department with the role the step asks
// for; a leader at a leader's step.
Permission stepWork(const PermissionCell& cell)
{
    if (cell.assignment == Assignment::ToActor || (cell.role == Role::Head && cell.ownDepartment)) {
        return Permission::Allowed;
    }
    if (cell.role == Role::Leader || (cell.ownDepartment && cell.assignment == Assignment::ToNobody)) {
        return Permission::WhenStepRole;
    }
    return Permission::Refused;
}

Permission allowedIf(bool condition)
{
    return condition ? Permission::Allowed : Permission::Refused;
}

} // namespace

Permission Permissions::of(const PermissionCell& cell)
{
    const bool working = cell.state == DossierState::InProgress;
    const bool open = working || cell.state == DossierState::Paused;
    switch (cell.action) {
    case Action::Receive:
        return allowedIf(cell.state == DossierState::New && cell.role == Role::Clerk);
    case Action::Assign:
        return allowedIf(open && cell.role == Role::Head && cell.ownDepartment);
    case Action::Handover:
    case Action::Ready:
    case Action::Pause:
        return working ? stepWork(cell) : Permission::Refused;
    case Action::Resume:
        // The desk receives the supplement; the handler may also resume.
        if (cell.state != DossierState::Paused) {
            return Permission::Refused;
        }
        return cell.role == Role::Clerk ? Permission::Allowed : stepWork(cell);
    case Action::Extend:
        return allowedIf(working && cell.role == Role::Leader);
    case Action::Refuse:
        // A leader; a head, on the dossiers of their department.
        return allowedIf(open && (cell.role == Role::Leader || (cell.role == Role::Head && cell.ownDepartment)));
    case Action::Stop:
        return allowedIf(open && cell.role == Role::Leader);
    case Action::Withdraw:
        return allowedIf(open && cell.role == Role::Clerk);
    case Action::Return:
        return allowedIf(cell.state == DossierState::ResultReady && cell.role == Role::Clerk);
    }
    return Permission::Refused;
}

DossierState Permissions::stateOf(const dossier::Dossier& dossier)
{
    if (dossier.code.isEmpty() && dossier.status == dossier::DossierStatus::SubmittedOnline) {
        return DossierState::New;
    }
    if (dossier::isClosed(dossier.status)) {
        return DossierState::Closed;
    }
    if (dossier.status == dossier::DossierStatus::ResultReady) {
        return DossierState::ResultReady;
    }
    return dossier.paused ? DossierState::Paused : DossierState::InProgress;
}

bool Permissions::ownDepartment(const identity::User& actor, Action action, const DossierInWork& work)
{
    const dossier::StepInstance* open = work.dossier.openStep();
    const qint64 holding = open ? open->departmentId : work.dossier.departmentId;
    if (action == Action::Refuse) {
        // A head who also works at the desk refuses at the desk whatever the department (ClosureService's rule).
        return actor.has(Role::Clerk) || actor.departmentId == work.procedure.departmentId ||
               actor.departmentId == work.dossier.departmentId;
    }
    if (action == Action::Assign) {
        const catalogue::ProcessStep* step = work.currentProcessStep();
        return step && actor.departmentId == step->departmentId;
    }
    return actor.departmentId == holding;
}

Assignment Permissions::assignmentOf(const identity::User& actor, const dossier::Dossier& dossier)
{
    const dossier::StepInstance* open = dossier.openStep();
    const qint64 assignee = open ? open->assigneeId : 0;
    if (assignee == 0) {
        return Assignment::ToNobody;
    }
    return assignee == actor.id ? Assignment::ToActor : Assignment::ToOther;
}

bool Permissions::allowsIn(const identity::User& actor, Action action, DossierState state, const DossierInWork& work)
{
    const catalogue::ProcessStep* step = work.currentProcessStep();
    const dossier::StepInstance* open = work.dossier.openStep();
    const bool stepAction = action == Action::Handover || action == Action::Ready || action == Action::Pause ||
                            (action == Action::Resume && !actor.has(Role::Clerk));
    if (stepAction && (!step || !open)) {
        return false; // no step in progress to work on
    }
    const PermissionCell base{Role::Clerk, action, state, ownDepartment(actor, action, work),
                              assignmentOf(actor, work.dossier)};
    for (Role role : actor.roles) {
        PermissionCell cell = base;
        cell.role = role;
        const Permission permission = of(cell);
        if (permission == Permission::Allowed ||
            (permission == Permission::WhenStepRole && step && step->role == role)) {
            return true;
        }
    }
    return false;
}

bool Permissions::allows(const identity::User& actor, Action action, const DossierInWork& work)
{
    return allowsIn(actor, action, stateOf(work.dossier), work);
}

bool Permissions::allowsActor(const identity::User& actor, Action action, const DossierInWork& work)
{
    const QList<DossierState> states = allStates();
    return std::any_of(states.cbegin(), states.cend(),
                       [&](DossierState state) { return allowsIn(actor, action, state, work); });
}

bool Permissions::allowsReceiving(const identity::User& actor)
{
    return std::any_of(actor.roles.cbegin(), actor.roles.cend(), [](Role role) {
        return of({role, Action::Receive, DossierState::New, true, Assignment::ToNobody}) == Permission::Allowed;
    });
}

QList<Role> Permissions::rolesFor(Action action)
{
    QList<Role> roles;
    for (Role role : identity::allRoles()) {
        for (DossierState state : allStates()) {
            for (Assignment assignment : {Assignment::ToActor, Assignment::ToNobody, Assignment::ToOther}) {
                for (bool own : {true, false}) {
                    if (!roles.contains(role) && of({role, action, state, own, assignment}) != Permission::Refused) {
                        roles << role;
                    }
                }
            }
        }
    }
    return roles;
}

QList<Action> Permissions::allActions()
{
    return {Action::Receive, Action::Assign, Action::Handover, Action::Ready,    Action::Pause, Action::Resume,
            Action::Extend,  Action::Refuse, Action::Stop,     Action::Withdraw, Action::Return};
}

QList<DossierState> Permissions::allStates()
{
    return {DossierState::New, DossierState::InProgress, DossierState::Paused, DossierState::ResultReady,
            DossierState::Closed};
}

} // namespace motcua::workflow
