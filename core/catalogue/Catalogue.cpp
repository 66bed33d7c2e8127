#include "core/catalogue/Catalogue.h"

#include "core/catalogue/CatalogueRules.h"

#include <QCoreApplication>

namespace motcua::catalogue {

const Department* Catalogue::department(const QString& code) const
{
    for (const Department& department : departments) {
        if (department.code == code) {
            return &department;
        }
    }
    return nullptr;
}

const Procedure* Catalogue::procedure(const QString& code) const
{
    for (const Procedure& procedure : procedures) {
        if (procedure.code == code) {
            return &procedure;
        }
    }
    return nullptr;
}

QList<StepBudgetWarning> checkStepBudgets(const Catalogue& catalogue, int dayMinutes)
{
    QList<StepBudgetWarning> warnings;
    for (const Procedure& procedure : catalogue.procedures) {
        for (const ProcessVersion& version : procedure.processes) {
            const StepBudget budget = stepBudget(procedure.limit, version.steps, dayMinutes);
            // A same-day procedure has no minutes to share out: its steps are only checked for being short.
            if (!budget.fits()) {
                warnings.append({procedure.code, version.issue, budget.stepMinutes, budget.limitMinutes,
                                 QCoreApplication::translate(
                                     "motcua::catalogue", "Procedure %1, process issue %2: the steps add up to "
                                                          "%3 working hours but the legal limit is %4 working hours.")
                                     .arg(procedure.code)
                                     .arg(version.issue)
                                     .arg(budget.stepMinutes / 60.0)
                                     .arg(budget.limitMinutes / 60.0)});
            }
        }
    }
    return warnings;
}

} // namespace motcua::catalogue
