#include "core/workflow/DossierAccess.h"

#include "core/calendar/DeadlineCalculator.h"
#include "core/common/Logging.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace motcua::workflow {

using namespace motcua::dossier;
using identity::Role;

const catalogue::ProcessStep* DossierInWork::currentProcessStep() const
{
    if (dossier.currentStep < 1 || dossier.currentStep > process.steps.size()) {
        return nullptr;
    }
    return &process.steps.at(dossier.currentStep - 1);
}

Result<Dossier> DossierAccess::change(const QString& code, int expectedVersion,
                                      const std::function<Status(DossierInWork&)>& change)
{
    return changeLoaded([&] { return m_context.store.byCode(code); }, code, expectedVersion, change);
}

Result<Dossier> DossierAccess::change(qint64 id, int expectedVersion,
                                      const std::function<Status(DossierInWork&)>& change)
{
    return changeLoaded([&] { return m_context.store.byId(id); }, {}, expectedVersion, change);
}

Result<Dossier> DossierAccess::changeLoaded(const std::function<Result<Dossier>()>& load, const QString& code,
                                            int expectedVersion, const std::function<Status(DossierInWork&)>& change)
{
    dossier::DossierStore& dossiers = m_context.store;
    Dossier saved;
    Status status = m_context.database.transaction([&]() -> Status {
        auto loaded = load();
        if (!loaded) {
            return loaded.error();
        }
        if (Status current = requireVersion(*loaded, expectedVersion); !current) {
            return current;
        }
        auto procedure = m_context.catalogue.procedureById(loaded->procedureId);
        if (!procedure) {
            return procedure.error();
        }
        DossierInWork work{std::move(loaded).value(), std::move(procedure).value(), {}};
        for (const catalogue::ProcessVersion& version : work.procedure.processes) {
            if (version.id == work.dossier.processId) {
                work.process = version;
            }
        }
        if (Status changed = change(work); !changed) {
            return changed;
        }
        if (Status written = dossiers.save(work.dossier); !written) {
            return written;
        }
        saved = work.dossier;
        return {};
    });
    if (!status) {
        logIfRefused("change", code, status.error());
        return status.error();
    }
    return saved;
}

Status DossierAccess::requireVersion(const Dossier& dossier, int expectedVersion)
{
    if (expectedVersion <= 0 || dossier.version == expectedVersion) {
        return {};
    }
    return Error{ErrorCode::Conflict,
                 dossier.code.isEmpty()
                     ? QCoreApplication::translate("motcua::workflow",
                                                   "The online submission of %1 was changed by someone else "
                                                   "meanwhile: reload it and try again.")
                           .arg(dossier.applicant.name)
                     : QCoreApplication::translate("motcua::workflow",
                                                   "Dossier %1 was changed by someone else meanwhile: reload "
                                                   "it and try again.")
                           .arg(dossier.code),
                 QStringLiteral("version")};
}

Status DossierAccess::requireWaitingOnline(const Dossier& dossier)
{
    if (dossier.status == DossierStatus::SubmittedOnline) {
        return {};
    }
    return Error{ErrorCode::IllegalState,
                 QCoreApplication::translate("motcua::workflow",
                                             "This online submission is no longer waiting: it is \"%1\".")
                     .arg(statusName(dossier.status)),
                 QStringLiteral("status")};
}

void DossierAccess::logIfRefused(const char* action, const QString& code, const Error& error) const
{
    switch (error.code) {
    case ErrorCode::Forbidden:
    case ErrorCode::IllegalState:
    case ErrorCode::Conflict:
    case ErrorCode::InvalidInput:
        break;
    case ErrorCode::NotFound:
    case ErrorCode::Storage:
        return;
    }
    const QString what =
        code.isEmpty() ? QString::fromLatin1(action) : QStringLiteral("%1 of %2").arg(QLatin1String(action), code);
    qCInfo(lcWorkflow).noquote() << "Refused" << what << "by" << m_context.actor.login << "-" << loggedError(error);
}

Status DossierAccess::requireRole(Role role, const QString& action) const
{
    if (!m_context.actor.has(role)) {
        return Error{ErrorCode::Forbidden,
                     QCoreApplication::translate("motcua::workflow", "%1 may not %2: it needs the role \"%3\".")
                         .arg(m_context.actor.login, action, identity::roleName(role)),
                     QStringLiteral("actor")};
    }
    return {};
}

Status DossierAccess::requireAllowed(bool allowed, Action action, const QString& what) const
{
    if (allowed) {
        return {};
    }
    QStringList names;
    for (Role role : Permissions::rolesFor(action)) {
        names << identity::roleName(role);
    }
    return Error{ErrorCode::Forbidden,
                 QCoreApplication::translate("motcua::workflow", "%1 may not %2: it needs the role \"%3\".")
                     .arg(m_context.actor.login, what, names.join(QStringLiteral(" / "))),
                 QStringLiteral("actor")};
}

Status DossierAccess::requireStepActor(const DossierInWork& work, Action action) const
{
    const identity::User& actor = m_context.actor;
    const catalogue::ProcessStep* step = work.currentProcessStep();
    const StepInstance* open = work.dossier.openStep();
    if (!step || !open) {
        return Error{ErrorCode::IllegalState,
                     QCoreApplication::translate("motcua::workflow", "Dossier %1 has no step in progress.")
                         .arg(work.dossier.code),
                     QStringLiteral("status")};
    }
    if (Permissions::allowsActor(actor, action, work)) {
        return {};
    }
    return Error{ErrorCode::Forbidden,
                 QCoreApplication::translate("motcua::workflow",
                                             "%1 may not act on step %2 of dossier %3 (%4 of the handling department, "
                                             "or the person assigned).")
                     .arg(actor.login)
                     .arg(work.dossier.currentStep)
                     .arg(work.dossier.code, identity::roleName(step->role)),
                 QStringLiteral("actor")};
}

Status DossierAccess::requireWorkOnStep(const DossierInWork& work, Action action) const
{
    for (Status check : {requireOpen(work.dossier), requireNotPaused(work.dossier), requireStepActor(work, action)}) {
        if (!check) {
            return check;
        }
    }
    return {};
}

Status DossierAccess::requireOpen(const Dossier& dossier)
{
    if (isClosed(dossier.status)) {
        return Error{ErrorCode::IllegalState,
                     QCoreApplication::translate("motcua::workflow", "Dossier %1 is closed (%2).")
                         .arg(dossier.code, statusName(dossier.status)),
                     QStringLiteral("status")};
    }
    return {};
}

Status DossierAccess::requireNotPaused(const Dossier& dossier)
{
    if (dossier.paused) {
        return Error{
            ErrorCode::IllegalState,
            QCoreApplication::translate("motcua::workflow", "Dossier %1 is paused: resume it first.").arg(dossier.code),
            QStringLiteral("status")};
    }
    return {};
}

void DossierAccess::addEvent(Dossier& dossier, const QString& action, const QJsonObject& details) const
{
    Event event;
    event.at = m_context.now();
    event.actorId = m_context.actor.id;
    event.actorName = m_context.actor.fullName;
    event.action = action;
    // An empty text or a null says nothing: it is left out, and the history reads a missing key as empty.
    QJsonObject stored = details;
    for (auto it = stored.begin(); it != stored.end();) {
        it = it->isNull() || (it->isString() && it->toString().isEmpty()) ? stored.erase(it) : std::next(it);
    }
    event.details = QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact));
    dossier.events.append(event);
}

Status DossierAccess::refreshDueMoments(Dossier& dossier, const catalogue::ProcessVersion& process) const
{
    return computeDueMoments(m_context.calendar, dossier, process, m_context.now());
}

Status DossierAccess::computeDueMoments(const calendar::WorkCalendar& calendar, Dossier& dossier,
                                        const catalogue::ProcessVersion& process, const QDateTime& now)
{
    const calendar::DeadlineCalculator calculator(calendar);
    const calendar::DeadlineRequest request = dossier.deadlineRequest(now);
    auto deadline = calculator.compute(request);
    if (!deadline) {
        return deadline.error();
    }
    dossier.dueAt = deadline->due;
    for (StepInstance& step : dossier.steps) {
        if (step.finishedAt.isValid() || step.position < 1 || step.position > process.steps.size()) {
            continue;
        }
        auto due = calculator.stepDue(request, step.startedAt, process.steps.at(step.position - 1).time);
        if (!due) {
            return due.error();
        }
        step.dueAt = *due;
    }
    return {};
}

void DossierAccess::finishOpenStep(Dossier& dossier, const QString& note) const
{
    for (StepInstance& step : dossier.steps) {
        if (!step.finishedAt.isValid()) {
            step.finishedAt = m_context.now();
            step.finishedBy = m_context.actor.id;
            step.outcome = calendar::timelinessKey(
                calendar::DeadlineCalculator(m_context.calendar).classify(step.finishedAt, step.dueAt).timeliness);
            step.note = note;
        }
    }
}

Status DossierAccess::openStep(DossierInWork& work, int position, qint64 assigneeId) const
{
    const catalogue::ProcessStep& step = work.process.steps.at(position - 1);
    StepInstance instance;
    instance.position = position;
    instance.departmentId = step.departmentId;
    instance.assigneeId = assigneeId;
    instance.startedAt = m_context.now();
    work.dossier.steps.append(instance);
    work.dossier.currentStep = position;
    work.dossier.departmentId = step.departmentId;
    work.dossier.assigneeId = assigneeId;
    return refreshDueMoments(work.dossier, work.process);
}

} // namespace motcua::workflow
