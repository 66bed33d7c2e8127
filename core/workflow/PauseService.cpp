#include "core/workflow/PauseService.h"

#include "core/calendar/DeadlineCalculator.h"
#include "core/common/AgencyTime.h"
#include "core/common/TextBounds.h"
#include "core/workflow/DossierAccess.h"

#include <QCoreApplication>

namespace motcua::workflow {

using namespace motcua::dossier;
using identity::Role;

Result<Dossier> PauseService::pause(const QString& code, PauseReason reason, const QString& note, int expectedVersion)
{
    if (Status bounded = TextBounds::check(note, TextKind::Note, QStringLiteral("note")); !bounded) {
        return bounded.error();
    }
    DossierAccess access(m_context);
    return access.change(code, expectedVersion, [&](DossierInWork& work) -> Status {
        Dossier& dossier = work.dossier;
        if (Status workable = access.requireWorkOnStep(work, Action::Pause); !workable) {
            return workable;
        }
        if (dossier.status == DossierStatus::ResultReady) {
            return Error{ErrorCode::IllegalState,
                         QCoreApplication::translate("motcua::workflow",
                                                     "The result of %1 is ready: the clock can no longer stop.")
                             .arg(code),
                         QStringLiteral("status")};
        }
        dossier.pauses.append({0, reason, note, m_context.now(), {}, m_context.actor.id});
        dossier.paused = true;
        if (reason == PauseReason::Supplement) {
            dossier.status = DossierStatus::SupplementRequested;
        } else if (reason == PauseReason::Financial) {
            dossier.status = DossierStatus::FinancialObligation;
        }
        access.addEvent(dossier, QStringLiteral("pause"),
                        {{QStringLiteral("reason"), pauseReasonKey(reason)}, {QStringLiteral("note"), note}});
        return {};
    });
}

Result<Dossier> PauseService::resume(const QString& code, const QString& note, int expectedVersion)
{
    if (Status bounded = TextBounds::check(note, TextKind::Note, QStringLiteral("note")); !bounded) {
        return bounded.error();
    }
    DossierAccess access(m_context);
    return access.change(code, expectedVersion, [&](DossierInWork& work) -> Status {
        Dossier& dossier = work.dossier;
        if (Status open = DossierAccess::requireOpen(dossier); !open) {
            return open;
        }
        if (!dossier.paused) {
            return Error{ErrorCode::IllegalState,
                         QCoreApplication::translate("motcua::workflow", "Dossier %1 is not paused.").arg(code),
                         QStringLiteral("status")};
        }
        // The desk receives the supplement; the handler may also resume.
        if (!m_context.actor.has(Role::Clerk)) {
            if (Status actor = access.requireStepActor(work, Action::Resume); !actor) {
                return actor;
            }
        }
        PauseRecord& pause = dossier.pauses.last();
        const QDateTime now = m_context.now();
        pause.endedAt = now;
        const qint64 paused =
            calendar::DeadlineCalculator(m_context.calendar).workingMinutesBetween(pause.startedAt, now);
        const bool restart =
            dossier.onSupplement == catalogue::SupplementBehaviour::Restart && pause.reason == PauseReason::Supplement;
        const QDateTime oldDue = dossier.dueAt;
        if (Status refreshed = access.refreshDueMoments(dossier, work.process); !refreshed) {
            return refreshed;
        }
        dossier.paused = false;
        dossier.status = dossier.currentStep <= 1 ? DossierStatus::Accepted : DossierStatus::Processing;
        access.addEvent(dossier, QStringLiteral("resume"),
                        {{QStringLiteral("paused_minutes"), paused},
                         {QStringLiteral("restart"), restart},
                         {QStringLiteral("old_due_at"), isoMoment(oldDue)},
                         {QStringLiteral("due_at"), isoMoment(dossier.dueAt)},
                         {QStringLiteral("note"), note}});
        return {};
    });
}

} // namespace motcua::workflow
