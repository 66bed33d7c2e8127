#pragma once

#include "core/dossier/Dossier.h"
#include "core/workflow/WorkflowContext.h"

namespace motcua::workflow {

// Stopping the clock (supplement, financial obligation, verification) and starting it again. On resume the
// due moments move by the paused working time, or — for procedures set to "restart" after a supplement — the
// full limit counts again from the resume.
class PauseService {
public:
    explicit PauseService(WorkflowContext& context)
        : m_context(context)
    {}

    Result<dossier::Dossier> pause(const QString& code, dossier::PauseReason reason, const QString& note,
                                   int expectedVersion = 0);
    Result<dossier::Dossier> resume(const QString& code, const QString& note, int expectedVersion = 0);

private:
    WorkflowContext& m_context;
};

} // namespace motcua::workflow
