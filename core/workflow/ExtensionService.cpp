#include "core/workflow/ExtensionService.h"

#include "core/common/AgencyTime.h"
#include "core/common/TextBounds.h"
#include "core/workflow/DossierAccess.h"

#include <QCoreApplication>

namespace motcua::workflow {

using namespace motcua::dossier;
using identity::Role;

Result<Dossier> ExtensionService::extend(const QString& code, const QDateTime& newDue, const QString& reason,
                                         int expectedVersion)
{
    if (Status bounded = TextBounds::check(reason, TextKind::Note, QStringLiteral("reason")); !bounded) {
        return bounded.error();
    }
    DossierAccess access(m_context);
    return access.change(code, expectedVersion, [&](DossierInWork& work) -> Status {
        Dossier& dossier = work.dossier;
        if (Status role =
                access.requireAllowed(Permissions::allowsActor(m_context.actor, Action::Extend, work), Action::Extend,
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
            return Error::invalid(QStringLiteral("reason"),
                                  QCoreApplication::translate("motcua::workflow", "Say why the dossier is late."));
        }
        if (!newDue.isValid() || newDue <= dossier.dueAt || !m_context.calendar.covers(newDue.date())) {
            return Error::invalid(QStringLiteral("new_due"),
                                  QCoreApplication::translate("motcua::workflow",
                                                              "The new due moment must be after the current "
                                                              "one (%1).")
                                      .arg(dossier.dueAt.toString(QStringLiteral("HH:mm dd/MM/yyyy"))));
        }
        const QDateTime oldDue = dossier.dueAt;
        dossier.extensions.append({0, reason, oldDue, newDue, m_context.now(), m_context.actor.id});
        if (Status refreshed = access.refreshDueMoments(dossier, work.process); !refreshed) {
            return refreshed;
        }
        access.addEvent(dossier, QStringLiteral("extend"),
                        {{QStringLiteral("old_due_at"), isoMoment(oldDue)},
                         {QStringLiteral("new_due_at"), isoMoment(dossier.dueAt)},
                         {QStringLiteral("reason"), reason}});
        return {};
    });
}

} // namespace motcua::workflow
