#pragma once

#include "core/catalogue/Agency.h"
#include "core/catalogue/Procedure.h"
#include "core/dossier/Dossier.h"
#include "core/workflow/WorkflowContext.h"

#include <QHash>

namespace motcua::workflow {

// Everything about one dossier, for the history view and `show`: the dossier, its procedure and pinned
// process version, names of departments and users, the due-date explanation. The printed forms fill one with
// only the names they print (forms::FormService).
struct DossierDetails {
    catalogue::Agency agency;
    dossier::Dossier dossier;
    catalogue::Procedure procedure;
    catalogue::ProcessVersion process;
    QHash<qint64, catalogue::Department> departments;
    QHash<qint64, QString> userNames; // full names by id
    QStringList dueExplanation;

    static Result<DossierDetails> load(const WorkflowContext& context, const QString& code);

    QString departmentName(qint64 id) const { return departments.value(id).name; }
    QString userName(qint64 id) const { return userNames.value(id); }
};

} // namespace motcua::workflow
