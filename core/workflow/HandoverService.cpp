#include "core/workflow/HandoverService.h"

#include "core/calendar/DeadlineCalculator.h"
#include "core/common/TextBounds.h"
#include "core/storage/DossierRepository.h"
#include "core/storage/UserRepository.h"
#include "core/workflow/DossierAccess.h"

#include <QCoreApplication>

namespace motcua::workflow {

using namespace motcua::dossier;

namespace {

void markReady(const WorkflowContext& context, Dossier& dossier)
{
    dossier.status = DossierStatus::ResultReady;
    dossier.finishedAt = context.now();
    dossier.outcome = calendar::timelinessKey(
        calendar::DeadlineCalculator(context.calendar).classify(dossier.finishedAt, dossier.dueAt).timeliness);
}

} // namespace

Result<Dossier> HandoverService::handover(const QString& code, const QString& note, const QString& nextAssigneeLogin,
                                          int expectedVersion)
{
    if (Status bounded = TextBounds::check(note, TextKind::Note, QStringLiteral("note")); !bounded) {
        return bounded.error();
    }
    DossierAccess access(m_context);
    return access.change(code, expectedVersion, [&](DossierInWork& work) -> Status {
        Dossier& dossier = work.dossier;
        if (Status workable = access.requireWorkOnStep(work, Action::Handover); !workable) {
            return workable;
        }
        if (dossier.status == DossierStatus::ResultReady || work.atLastStep()) {
            return Error{
                ErrorCode::IllegalState,
                QCoreApplication::translate("motcua::workflow", "Dossier %1 is at its last step: return the result.")
                    .arg(code),
                QStringLiteral("status")};
        }
        const int next = dossier.currentStep + 1;
        const catalogue::ProcessStep& nextStep = work.process.steps.at(next - 1);
        qint64 assigneeId = 0;
        QString assigneeName;
        if (!nextAssigneeLogin.isEmpty()) {
            auto assignee = m_context.store.userByLogin(nextAssigneeLogin);
            if (!assignee || assignee->departmentId != nextStep.departmentId || !assignee->has(nextStep.role) ||
                !assignee->active) {
                return Error::invalid(
                    QStringLiteral("to"),
                    QCoreApplication::translate("motcua::workflow", "%1 is not a %2 of the department of step %3.")
                        .arg(nextAssigneeLogin, identity::roleName(nextStep.role))
                        .arg(next));
            }
            assigneeId = assignee->id;
            assigneeName = assignee->fullName;
        }
        const int from = dossier.currentStep;
        access.finishOpenStep(dossier, note);
        const QString outcome = dossier.steps.constLast().outcome;
        if (Status opened = access.openStep(work, next, assigneeId); !opened) {
            return opened;
        }
        dossier.status = DossierStatus::Processing;
        if (work.atLastStep()) {
            markReady(m_context, dossier);
        }
        access.addEvent(dossier, QStringLiteral("handover"),
                        {{QStringLiteral("from_step"), from},
                         {QStringLiteral("to_step"), next},
                         {QStringLiteral("outcome"), outcome},
                         {QStringLiteral("to"), nextAssigneeLogin},
                         {QStringLiteral("assignee_name"), assigneeName},
                         {QStringLiteral("note"), note}});
        return {};
    });
}

Result<Dossier> HandoverService::markResultReady(const QString& code, const QString& note, int expectedVersion)
{
    if (Status bounded = TextBounds::check(note, TextKind::Note, QStringLiteral("note")); !bounded) {
        return bounded.error();
    }
    DossierAccess access(m_context);
    return access.change(code, expectedVersion, [&](DossierInWork& work) -> Status {
        Dossier& dossier = work.dossier;
        if (dossier.status == DossierStatus::ResultReady) {
            return Error{
                ErrorCode::IllegalState,
                QCoreApplication::translate("motcua::workflow", "The result of %1 is already ready.").arg(code),
                QStringLiteral("status")};
        }
        if (Status workable = access.requireWorkOnStep(work, Action::Ready); !workable) {
            return workable;
        }
        const int steps = static_cast<int>(work.process.steps.size());
        if (dossier.currentStep < steps - 1) {
            return Error{ErrorCode::IllegalState,
                         QCoreApplication::translate("motcua::workflow",
                                                     "Dossier %1 is at step %2 of %3: the result can be ready only "
                                                     "from the step before the return.")
                             .arg(code)
                             .arg(dossier.currentStep)
                             .arg(steps),
                         QStringLiteral("status")};
        }
        if (dossier.currentStep == steps - 1) {
            access.finishOpenStep(dossier, note);
            if (Status opened = access.openStep(work, steps, 0); !opened) {
                return opened;
            }
        }
        markReady(m_context, dossier);
        access.addEvent(dossier, QStringLiteral("ready"),
                        {{QStringLiteral("outcome"), dossier.outcome}, {QStringLiteral("note"), note}});
        return {};
    });
}

} // namespace motcua::workflow
