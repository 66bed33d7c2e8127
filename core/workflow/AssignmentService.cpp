#include "core/workflow/AssignmentService.h"

#include "core/storage/UserRepository.h"
#include "core/workflow/DossierAccess.h"

#include <QCoreApplication>

namespace motcua::workflow {

using namespace motcua::dossier;
using identity::Role;

Result<Dossier> AssignmentService::assign(const QString& code, const QString& assigneeLogin, int expectedVersion)
{
    DossierAccess access(m_context);
    return access.change(code, expectedVersion, [&](DossierInWork& work) -> Status {
        if (Status open = DossierAccess::requireOpen(work.dossier); !open) {
            return open;
        }
        const catalogue::ProcessStep* step = work.currentProcessStep();
        const identity::User& actor = m_context.actor;
        if (!step || !actor.has(Role::Head) || actor.departmentId != step->departmentId) {
            return Error{ErrorCode::Forbidden,
                         QCoreApplication::translate("motcua::workflow",
                                                     "Only the head of the handling department may assign dossier %1.")
                             .arg(code),
                         QStringLiteral("actor")};
        }
        auto assignee = storage::UserRepository(m_context.database, m_context.clock).byLogin(assigneeLogin);
        if (!assignee) {
            return Error::invalid(QStringLiteral("assignee"), assignee.error().message);
        }
        if (assignee->departmentId != step->departmentId || !assignee->has(step->role) || !assignee->active) {
            return Error::invalid(
                QStringLiteral("assignee"),
                QCoreApplication::translate("motcua::workflow", "%1 is not a %2 of the handling department.")
                    .arg(assigneeLogin, identity::roleName(step->role)));
        }
        for (StepInstance& instance : work.dossier.steps) {
            if (!instance.finishedAt.isValid()) {
                instance.assigneeId = assignee->id;
            }
        }
        work.dossier.assigneeId = assignee->id;
        access.addEvent(work.dossier, QStringLiteral("assign"),
                        {{QStringLiteral("step"), work.dossier.currentStep},
                         {QStringLiteral("assignee"), assignee->login},
                         {QStringLiteral("assignee_name"), assignee->fullName}});
        return {};
    });
}

} // namespace motcua::workflow
