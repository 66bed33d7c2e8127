#pragma once

#include "core/dossier/Dossier.h"
#include "core/workflow/WorkflowContext.h"

namespace motcua::workflow {

// The head of the handling department assigns the current step to one of its people.
class AssignmentService {
public:
    explicit AssignmentService(WorkflowContext& context)
        : m_context(context)
    {}

    Result<dossier::Dossier> assign(const QString& code, const QString& assigneeLogin, int expectedVersion = 0);

private:
    WorkflowContext& m_context;
};

} // namespace motcua::workflow
