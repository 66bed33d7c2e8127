#pragma once

#include "core/dossier/Dossier.h"
#include "core/workflow/WorkflowContext.h"

namespace motcua::workflow {

// Extension with an apology letter (Mẫu 04), signed by an agency leader: a new due moment and its reason.
class ExtensionService {
public:
    explicit ExtensionService(WorkflowContext& context)
        : m_context(context)
    {}

    Result<dossier::Dossier> extend(const QString& code, const QDateTime& newDue, const QString& reason,
                                    int expectedVersion = 0);

private:
    WorkflowContext& m_context;
};

} // namespace motcua::workflow
