#include "core/workflow/DossierDetails.h"

#include "core/calendar/DeadlineCalculator.h"
#include "core/storage/CatalogueRepository.h"
#include "core/storage/UserRepository.h"

namespace motcua::workflow {

Result<DossierDetails> DossierDetails::load(const WorkflowContext& context, const QString& code)
{
    DossierDetails details;
    auto dossier = context.store.byCode(code);
    if (!dossier) {
        return dossier.error();
    }
    details.dossier = std::move(dossier).value();
    auto agency = context.catalogue.agency();
    auto procedure = context.catalogue.procedureById(details.dossier.procedureId);
    auto departments = storage::CatalogueRepository(context.database).departments();
    auto users = storage::UserRepository(context.database).list();
    for (const Error* error : {agency ? nullptr : &agency.error(), procedure ? nullptr : &procedure.error(),
                               departments ? nullptr : &departments.error(), users ? nullptr : &users.error()}) {
        if (error) {
            return *error;
        }
    }
    details.agency = *agency;
    details.procedure = *procedure;
    for (const catalogue::ProcessVersion& version : details.procedure.processes) {
        if (version.id == details.dossier.processId) {
            details.process = version;
        }
    }
    for (const catalogue::Department& department : *departments) {
        details.departments.insert(department.id, department);
    }
    for (const identity::User& user : *users) {
        details.userNames.insert(user.id, user.fullName);
    }

    const calendar::DeadlineRequest request = details.dossier.deadlineRequest(context.now());
    if (auto explained = calendar::DeadlineCalculator(context.calendar).compute(request, true)) {
        for (const calendar::ExplanationFact& fact : explained->explanation) {
            details.dueExplanation << fact.text();
        }
    }
    return details;
}

} // namespace motcua::workflow
