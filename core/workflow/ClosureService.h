#pragma once

#include "core/dossier/Dossier.h"
#include "core/workflow/Permissions.h"
#include "core/workflow/WorkflowContext.h"

namespace motcua::workflow {

// The ways a dossier ends: refused (Mẫu 03), stopped (Mẫu 05), withdrawn by the applicant, result returned.
class ClosureService {
public:
    explicit ClosureService(WorkflowContext& context)
        : m_context(context)
    {}

    Result<dossier::Dossier> refuse(const QString& code, const QString& reason, int expectedVersion = 0);
    Result<dossier::Dossier> stop(const QString& code, const QString& reason, int expectedVersion = 0);
    Result<dossier::Dossier> withdraw(const QString& code, const QString& reason, int expectedVersion = 0);
    Result<dossier::Dossier> returnResult(const QString& code, const QString& note, int expectedVersion = 0);

private:
    Result<dossier::Dossier> close(const QString& code, int expectedVersion, dossier::DossierStatus status,
                                   const QString& action, const QString& reason, Action permission);

    WorkflowContext& m_context;
};

} // namespace motcua::workflow
