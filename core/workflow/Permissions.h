#pragma once

#include "core/dossier/Dossier.h"
#include "core/identity/User.h"

#include <QList>

namespace motcua::workflow {

struct DossierInWork;

enum class Action { Assign, Handover, Ready, Pause, Resume, Extend, Refuse, Stop, Withdraw, Return, Receive };

// Where a dossier stands, as far as rights go: not received yet, in progress, paused, its result ready, closed.
enum class DossierState { New, InProgress, Paused, ResultReady, Closed };
// Whom the dossier's current step is assigned to, seen by the person acting.
enum class Assignment { ToActor, ToNobody, ToOther };
// A cell's answer. WhenStepRole: allowed when the current step of the process asks for the person's role.
enum class Permission { Refused, Allowed, WhenStepRole };

// One cell of the matrix: a person holding `role`, taking `action` on a dossier in `state`, of their own department
// or not (the department holding the current step; for refusing, also the one handling the procedure), with the
// current step assigned to them, to nobody or to someone else.
struct PermissionCell {
    identity::Role role = identity::Role::Clerk;
    Action action = Action::Assign;
    DossierState state = DossierState::InProgress;
    bool ownDepartment = false;
    Assignment assignment = Assignment::ToNobody;
};

// The rights over a dossier: the one table (role × action × state × own department or not × assignment) that the
// dossier window's buttons (availableActions) and the services' checks both read; the process adds only where a
// step may go (a hand-over needs a next step). A person with several roles may do what any of them may.
// tests/core/PermissionMatrixTest.cpp walks every cell through the services.
class Permissions {
public:
    // THE table.
    static Permission of(const PermissionCell& cell);

    // Whether `actor` may take `action` on the dossier as it stands now.
    static bool allows(const identity::User& actor, Action action, const DossierInWork& work);
    // Whether `actor` is one who may take `action` on this dossier, its state aside (the services check the state
    // first, with their own words, then this).
    static bool allowsActor(const identity::User& actor, Action action, const DossierInWork& work);
    // Whether `actor` may receive dossiers at the desk.
    static bool allowsReceiving(const identity::User& actor);
    // The roles that may take `action` somewhere in the table.
    static QList<identity::Role> rolesFor(Action action);

    static DossierState stateOf(const dossier::Dossier& dossier);
    static bool ownDepartment(const identity::User& actor, Action action, const DossierInWork& work);
    static Assignment assignmentOf(const identity::User& actor, const dossier::Dossier& dossier);

    static QList<Action> allActions();
    static QList<DossierState> allStates();

private:
    static bool allowsIn(const identity::User& actor, Action action, DossierState state, const DossierInWork& work);
};

} // namespace motcua::workflow
