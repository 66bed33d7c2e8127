#include "core/workflow/AssignmentService.h"

#include "core/common/TextBounds.h"
#include "core/storage/UserRepository.h"
#include "core/workflow/DossierAccess.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace motcua::workflow {

using namespace motcua::dossier;
using identity::Role;

bool AssignmentService::isAssignmentStep(const DossierInWork& work)
{
    const catalogue::ProcessStep* step = work.currentProcessStep();
    const int next = work.dossier.currentStep + 1;
    if (!step || step->role != Role::Head || next >= work.process.steps.size()) {
        return false; // the step before the return is never one: its end is the result
    }
    const catalogue::ProcessStep& following = work.process.steps.at(next - 1);
    return following.role == Role::Specialist && following.departmentId == step->departmentId;
}

const catalogue::ProcessStep* AssignmentService::assignedStep(const DossierInWork& work)
{
    if (isAssignmentStep(work)) {
        return &work.process.steps.at(work.dossier.currentStep);
    }
    return work.currentProcessStep();
}

Result<Dossier> AssignmentService::assign(const QString& code, const QString& assigneeLogin, const QString& note,
                                          int expectedVersion)
{
    if (Status bounded = TextBounds::check(note, TextKind::Note, QStringLiteral("note")); !bounded) {
        return bounded.error();
    }
    DossierAccess access(m_context);
    return access.change(code, expectedVersion, [&](DossierInWork& work) -> Status {
        if (Status open = DossierAccess::requireOpen(work.dossier); !open) {
            return open;
        }
        // The result ready, no one works on the dossier any more (the rights table: assigning needs it open).
        if (work.dossier.status == DossierStatus::ResultReady) {
            return Error{ErrorCode::IllegalState,
                         QCoreApplication::translate("motcua::workflow",
                                                     "The result of %1 is ready: it can only be returned.")
                             .arg(code),
                         QStringLiteral("status")};
        }
        const catalogue::ProcessStep* step = work.currentProcessStep();
        const identity::User& actor = m_context.actor;
        if (!step || !Permissions::allowsActor(actor, Action::Assign, work)) {
            return Error{ErrorCode::Forbidden,
                         QCoreApplication::translate("motcua::workflow",
                                                     "Only the head of the handling department may assign dossier %1.")
                             .arg(code),
                         QStringLiteral("actor")};
        }
        const bool handsOver = isAssignmentStep(work);
        if (handsOver) {
            if (Status workable = access.requireWorkOnStep(work, Action::Assign); !workable) {
                return workable;
            }
        }
        const catalogue::ProcessStep* target = assignedStep(work);
        auto assignee = m_context.store.userByLogin(assigneeLogin);
        if (!assignee) {
            return Error::invalid(QStringLiteral("assignee"), assignee.error().message);
        }
        if (assignee->departmentId != target->departmentId || !assignee->has(target->role) || !assignee->active) {
            return Error::invalid(
                QStringLiteral("assignee"),
                QCoreApplication::translate("motcua::workflow", "%1 is not a %2 of the handling department.")
                    .arg(assigneeLogin, identity::roleName(target->role)));
        }
        Dossier& dossier = work.dossier;
        const int from = dossier.currentStep;
        QJsonObject details{{QStringLiteral("step"), from},
                            {QStringLiteral("assignee"), assignee->login},
                            {QStringLiteral("assignee_name"), assignee->fullName},
                            {QStringLiteral("note"), note}};
        if (handsOver) {
            access.finishOpenStep(dossier, note);
            details.insert(QStringLiteral("outcome"), dossier.steps.constLast().outcome);
            if (Status opened = access.openStep(work, from + 1, assignee->id); !opened) {
                return opened;
            }
            dossier.status = DossierStatus::Processing;
            details.remove(QStringLiteral("step"));
            details.insert(QStringLiteral("from_step"), from);
            details.insert(QStringLiteral("to_step"), from + 1);
        } else {
            for (StepInstance& instance : dossier.steps) {
                if (!instance.finishedAt.isValid()) {
                    instance.assigneeId = assignee->id;
                }
            }
            dossier.assigneeId = assignee->id;
        }
        access.addEvent(dossier, QStringLiteral("assign"), details);
        return {};
    });
}

} // namespace motcua::workflow
