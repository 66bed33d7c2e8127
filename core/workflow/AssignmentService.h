#pragma once

#include "core/dossier/Dossier.h"
#include "core/workflow/DossierAccess.h"
#include "core/workflow/WorkflowContext.h"

namespace motcua::workflow {

// The head of the handling department assigns the current step to one of its people. At an assignment step — the
// head's own step whose work is to choose who examines the dossier (B2 "phân công chuyên viên thụ lý": the next
// step is a specialist's of the same department) — assigning finishes that step and hands the dossier over to the
// chosen specialist at the next step, in one action.
class AssignmentService {
public:
    explicit AssignmentService(WorkflowContext& context)
        : m_context(context)
    {}

    Result<dossier::Dossier> assign(const QString& code, const QString& assigneeLogin, const QString& note = {},
                                    int expectedVersion = 0);
    // The process step whose people an assignment chooses from: the next one at an assignment step, else the
    // current one; nullptr when the dossier has no step in progress.
    static const catalogue::ProcessStep* assignedStep(const DossierInWork& work);
    static bool isAssignmentStep(const DossierInWork& work);

private:
    WorkflowContext& m_context;
};

} // namespace motcua::workflow
