// The rights table (core/workflow/Permissions), walked cell by cell through the services: every role × action ×
// dossier state × own department or not × assignment that a dossier can be put in is taken as that person, and the
// service accepts it exactly when the table says so (the dossier window's buttons read the same table:
// AvailableActionsTest, ui ActionReachTest). SQLite only: who may act is no concern of the engine, the walk costs some
// 1,200 actions, and each service runs on PostgreSQL in its own tests.
#include "core/storage/UserRepository.h"
#include "core/workflow/Permissions.h"
#include "tests/support/CatchQt.h"
#include "tests/support/ServiceActions.h"
#include "tests/support/WorkflowFixture.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

#include <cstdio>
#include <optional>

using namespace motcua;
using namespace motcua::workflow;
using identity::Role;

namespace {

const char* stateName(DossierState state)
{
    switch (state) {
    case DossierState::New:
        return "new";
    case DossierState::InProgress:
        return "in progress";
    case DossierState::Paused:
        return "paused";
    case DossierState::ResultReady:
        return "result ready";
    case DossierState::Closed:
        return "closed";
    }
    return "?";
}

const char* assignmentName(Assignment assignment)
{
    switch (assignment) {
    case Assignment::ToActor:
        return "assigned to them";
    case Assignment::ToNobody:
        return "unassigned";
    case Assignment::ToOther:
        return "assigned to another";
    }
    return "?";
}

// People of one role in each department: "<role>.<department>".
identity::User person(test::WorkflowFixture& f, Role role, const QString& department)
{
    const QString login = identity::roleKey(role) + QLatin1Char('.') + department.toLower() + QStringLiteral(".m");
    if (f.users.contains(login)) {
        return f.users.value(login);
    }
    identity::User user;
    user.login = login;
    user.fullName = QStringLiteral("Cán bộ ") + login;
    user.departmentId = f.departmentIds.value(department);
    user.roles = {role};
    auto added = storage::UserRepository(f.db.database()).add(user, QStringLiteral("x"), f.db.clock().now());
    REQUIRE(added.ok());
    f.users.insert(login, *added);
    return *added;
}

QString departmentCode(test::WorkflowFixture& f, qint64 id)
{
    return f.departmentIds.key(id);
}

// A fresh bulletin dossier in `state`, at the step where the process lets `action` be taken: the specialist's step
// (3, BCXB) for most, the leader's (5, BGD) for the result ready.
QString dossierIn(test::WorkflowFixture& f, DossierState state, Action action)
{
    auto clerk = f.as(QStringLiteral("clerk"));
    auto head = f.as(QStringLiteral("head.bcxb"));
    auto leader = f.as(QStringLiteral("leader"));
    const QString code = f.receive().code;
    REQUIRE(HandoverService(clerk).handover(code, {}).ok());
    REQUIRE(HandoverService(head).handover(code, {}).ok());
    if (state == DossierState::ResultReady || action == Action::Ready) {
        REQUIRE(HandoverService(head).handover(code, {}).ok());
        REQUIRE(HandoverService(head).handover(code, {}).ok());
    }
    if (state == DossierState::ResultReady) {
        REQUIRE(HandoverService(leader).markResultReady(code, {}).ok());
    } else if (state == DossierState::Paused) {
        REQUIRE(PauseService(action == Action::Ready ? leader : head)
                    .pause(code, dossier::PauseReason::Supplement, {})
                    .ok());
    } else if (state == DossierState::Closed) {
        REQUIRE(ClosureService(clerk).withdraw(code, QStringLiteral("Người nộp xin rút")).ok());
    }
    return code;
}

// Puts the open step (if any) in the hands of `assignee` (0: nobody), behind the services' back: the situation of a
// cell, not what is tested.
bool assignOpenStep(test::WorkflowFixture& f, const QString& code, qint64 assignee)
{
    QSqlQuery query(f.db.database().connection());
    const QVariant value = assignee == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(assignee);
    REQUIRE(query.prepare(QStringLiteral("UPDATE step_instance SET assignee_id = ? WHERE finished_at IS NULL AND "
                                         "dossier_id = (SELECT id FROM dossier WHERE code = ?)")));
    query.addBindValue(value);
    query.addBindValue(code);
    REQUIRE(query.exec());
    const bool open = query.numRowsAffected() > 0;
    REQUIRE(query.prepare(QStringLiteral("UPDATE dossier SET assignee_id = ? WHERE code = ?")));
    query.addBindValue(open ? value : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(code);
    REQUIRE(query.exec());
    return open;
}

} // namespace

TEST_CASE("Rights: every cell of the permission matrix is what the services do", "[workflow][rights][sqlite-only]")
{
    test::WorkflowFixture f;
    const QList<Role> roles = identity::allRoles();
    int walked = 0;
    int allowed = 0;
    int impossible = 0;
    for (DossierState state : Permissions::allStates()) {
        for (Action action : Permissions::allActions()) {
            const bool receiving = action == Action::Receive;
            if (receiving != (state == DossierState::New)) {
                // Receiving makes a new dossier; every other action needs one: no such situation, nothing allowed.
                for (Role role : roles) {
                    for (bool own : {true, false}) {
                        for (Assignment assignment : {Assignment::ToActor, Assignment::ToNobody, Assignment::ToOther}) {
                            CHECK(Permissions::of({role, action, state, own, assignment}) == Permission::Refused);
                            ++impossible;
                        }
                    }
                }
                continue;
            }
            const QString code = receiving ? QString() : dossierIn(f, state, action);
            const dossier::Dossier before = receiving ? dossier::Dossier() : test::load(f, code);
            const QString holding = receiving ? QStringLiteral("VP") : departmentCode(f, before.departmentId);
            // Not the department holding the dossier, nor the one handling the procedure.
            const QString elsewhere =
                holding == QLatin1String("BCVTCNTT") ? QStringLiteral("BGD") : QStringLiteral("BCVTCNTT");
            for (Role role : roles) {
                for (bool own : {true, false}) {
                    const identity::User actor = person(f, role, own ? holding : elsewhere);
                    const identity::User other =
                        person(f, role, holding == QLatin1String("VP") ? QStringLiteral("BGD") : QStringLiteral("VP"));
                    for (Assignment assignment : {Assignment::ToActor, Assignment::ToNobody, Assignment::ToOther}) {
                        const PermissionCell cell{role, action, state, own, assignment};
                        bool possible = true;
                        if (!receiving) {
                            const qint64 assignee = assignment == Assignment::ToActor   ? actor.id
                                                    : assignment == Assignment::ToOther ? other.id
                                                                                        : 0;
                            possible = assignOpenStep(f, code, assignee) || assignment == Assignment::ToNobody;
                        }
                        if (!possible) {
                            ++impossible; // closed: no step to assign
                            continue;
                        }
                        const Permission permission = Permissions::of(cell);
                        std::optional<Role> stepRole;
                        auto context =
                            workflow::WorkflowContext::forDatabase(f.db.database(), f.db.clock(), *f.calendar, actor);
                        if (!receiving) {
                            const auto details = DossierDetails::load(context, code);
                            REQUIRE(details.ok());
                            const DossierInWork work{details->dossier, details->procedure, details->process};
                            if (const catalogue::ProcessStep* step = work.currentProcessStep()) {
                                stepRole = step->role;
                            }
                            REQUIRE(Permissions::stateOf(work.dossier) == state);
                        }
                        const bool expected = permission == Permission::Allowed ||
                                              (permission == Permission::WhenStepRole && stepRole == role);
                        INFO(identity::roleKey(role).toStdString()
                             << " " << actionKey(action).toStdString() << ", dossier " << stateName(state) << ", "
                             << (own ? "own department" : "another department") << ", " << assignmentName(assignment)
                             << " (" << actor.login.toStdString() << ", " << code.toStdString() << ")");
                        CHECK(test::serviceAccepts(f, context, code, action) == expected);
                        ++walked;
                        allowed += expected ? 1 : 0;
                    }
                }
            }
        }
    }
    std::printf("Rights: %d cells walked through the services (%d allowed), %d cells no dossier can be in\n", walked,
                allowed, impossible);
    CHECK(walked + impossible ==
          static_cast<int>(roles.size() * Permissions::allActions().size() * Permissions::allStates().size() * 2 * 3));
    CHECK(allowed > 30);
}
