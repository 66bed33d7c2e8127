#pragma once

#include "core/catalogue/Procedure.h"
#include "core/dossier/Dossier.h"
#include "core/workflow/Permissions.h"
#include "core/workflow/WorkflowContext.h"

#include <QJsonObject>

#include <functional>

namespace motcua::workflow {

// A dossier loaded for a change, with the procedure and the process version it runs on.
struct DossierInWork {
    dossier::Dossier dossier;
    catalogue::Procedure procedure;
    catalogue::ProcessVersion process;

    const catalogue::ProcessStep* currentProcessStep() const;
    bool atLastStep() const { return dossier.currentStep == process.steps.size(); }
};

// Shared by the use cases: one transaction that loads the dossier, lets the use case check and change it,
// and saves it with its new event; role and state checks; due moments of dossiers and steps.
class DossierAccess {
public:
    explicit DossierAccess(WorkflowContext& context)
        : m_context(context)
    {}

    // Runs `change` on the dossier inside one transaction. expectedVersion > 0: the version the user saw; a
    // different stored version is a Conflict. Nothing is stored when `change` fails.
    Result<dossier::Dossier> change(const QString& code, int expectedVersion,
                                    const std::function<Status(DossierInWork&)>& change);
    // The same for a dossier known by its row (an online submission waiting for a clerk has no code yet).
    Result<dossier::Dossier> change(qint64 id, int expectedVersion,
                                    const std::function<Status(DossierInWork&)>& change);

    // The actor may take `action` on the dossier's current step (Permissions: assigned to it, or (unassigned) a
    // member of the step's department holding the step's role; a head on the steps of their department).
    Status requireStepActor(const DossierInWork& work, Action action) const;
    // Open, not paused, and the actor may take `action` on its current step: the checks before working on a step.
    Status requireWorkOnStep(const DossierInWork& work, Action action) const;
    Status requireRole(identity::Role role, const QString& action) const;
    // `allowed` (what Permissions said of the actor), or Forbidden naming the roles the table allows `action` for.
    Status requireAllowed(bool allowed, Action action, const QString& what) const;
    static Status requireOpen(const dossier::Dossier& dossier);
    static Status requireNotPaused(const dossier::Dossier& dossier);
    // expectedVersion > 0: the version the user saw, still the stored one (otherwise a Conflict naming the dossier,
    // or the applicant of an online submission that has no code yet).
    static Status requireVersion(const dossier::Dossier& dossier, int expectedVersion);
    // An online submission still waiting for a clerk (status 1).
    static Status requireWaitingOnline(const dossier::Dossier& dossier);

    // Logs (info, motcua.workflow) an action that a check refused (Forbidden, IllegalState, Conflict, invalid
    // input): the action, the dossier's code if any, the actor's login and the error, never the applicant's data.
    void logIfRefused(const char* action, const QString& code, const Error& error) const;

    void addEvent(dossier::Dossier& dossier, const QString& action, const QJsonObject& details) const;

    // Stores the due moments of the dossier and of its open step as core/calendar computes them now from the
    // dossier's terms, pauses and extensions (DeadlineCalculator::compute and stepDue). Every change that can
    // move a due moment ends with it; nothing shifts a stored moment by hand.
    Status refreshDueMoments(dossier::Dossier& dossier, const catalogue::ProcessVersion& process) const;
    // The same computation over any calendar, a pause still running ending at `now`: what a calendar change
    // compares before and after (CalendarChangeService).
    static Status computeDueMoments(const calendar::WorkCalendar& calendar, dossier::Dossier& dossier,
                                    const catalogue::ProcessVersion& process, const QDateTime& now);
    // Closes the open step now, with its timeliness.
    void finishOpenStep(dossier::Dossier& dossier, const QString& note) const;
    // Opens the step at `position` of the process now, with its due moment.
    Status openStep(DossierInWork& work, int position, qint64 assigneeId) const;

    WorkflowContext& context() const { return m_context; }

private:
    Result<dossier::Dossier> changeLoaded(const std::function<Result<dossier::Dossier>()>& load, const QString& code,
                                          int expectedVersion, const std::function<Status(DossierInWork&)>& change);

    WorkflowContext& m_context;
};

} // namespace motcua::workflow
