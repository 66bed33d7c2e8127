#pragma once

#include "core/dossier/Dossier.h"
#include "core/workflow/WorkflowContext.h"

namespace motcua::workflow {

// Closing the current step with its outcome and opening the next one with its own due moment. Handing over
// into the last step (the desk returns the result) marks the result ready.
class HandoverService {
public:
    explicit HandoverService(WorkflowContext& context)
        : m_context(context)
    {}

    // nextAssigneeLogin: optional person for the next step (of its department, with its role).
    Result<dossier::Dossier> handover(const QString& code, const QString& note, const QString& nextAssigneeLogin = {},
                                      int expectedVersion = 0);
    // The result is ready: from the step before the last one (or the last one), status 9 and the dossier's
    // timeliness fixed.
    Result<dossier::Dossier> markResultReady(const QString& code, const QString& note, int expectedVersion = 0);

private:
    WorkflowContext& m_context;
};

} // namespace motcua::workflow
