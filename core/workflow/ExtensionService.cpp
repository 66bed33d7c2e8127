#include "core/workflow/ExtensionService.h"

#include "core/common/AgencyTime.h"
#include "core/workflow/DossierAccess.h"

#include <QCoreApplication>

namespace motcua::workflow {

using namespace motcua::dossier;
using identity::Role;

Result<Dossier> ExtensionService::extend(const QString& code, const QDateTime& newDue, const QString& reason,
                                         int expectedVersion)
{
    DossierAccess access(m_context);
    return access.change(code, expectedVersion, [&](DossierInWork& work) -> Status {
        Dossier& dossier = work.dossier;
        if (Status role = access.requireRole(Role::Leader,
                                             QCoreApplication::translate("motcua::workflow", "sign an apology letter"));
            !role) {
            return role;
        }
        // Not while paused: the resume would push the promised new due moment back again.
        for (Status check : {DossierAccess::requireOpen(dossier), DossierAccess::requireNotPaused(dossier)}) {
            if (!check) {
                return check;
            }
        }
        if (dossier.status == DossierStatus::ResultReady) {
            return Error{
                ErrorCode::IllegalState,
                QCoreApplication::translate("motcua::workflow", "The result of %1 is already ready.").arg(code),
                QStringLiteral("status")};
        }
        if (reason.trimmed().isEmpty()) {
            return Error::invalid(
                QStringLiteral("reason"),
                QCoreApplication::translate("motcua::workflow", "reason: say why the dossier is late."));
        }
        if (!newDue.isValid() || newDue <= dossier.dueAt || !m_context.calendar.covers(newDue.date())) {
            return Error::invalid(QStringLiteral("new_due"),
                                  QCoreApplication::translate("motcua::workflow",
                                                              "new_due: the new due moment must be after the current "
                                                              "one (%1).")
                                      .arg(dossier.dueAt.toString(QStringLiteral("HH:mm dd/MM/yyyy"))));
        }
        dossier.extensions.append({0, reason, dossier.dueAt, newDue, m_context.now(), m_context.actor.id});
        access.addEvent(dossier, QStringLiteral("extend"),
                        {{QStringLiteral("old_due_at"), isoMoment(dossier.dueAt)},
                         {QStringLiteral("new_due_at"), isoMoment(newDue)},
                         {QStringLiteral("reason"), reason}});
        dossier.dueAt = newDue;
        return {};
    });
}

} // namespace motcua::workflow
