#include "core/catalogue/Catalogue.h"

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
        const qint64 limit = procedure.limit.workingMinutes(dayMinutes);
        for (const ProcessVersion& version : procedure.processes) {
            qint64 steps = 0;
            for (const ProcessStep& step : version.steps) {
                steps += step.time.workingMinutes(dayMinutes);
            }
            // A same-day procedure has no minutes to share out: its steps are only checked for being short.
            if (steps != limit && !(procedure.limit.isSameDay() && steps <= dayMinutes)) {
                warnings.append({procedure.code, version.issue, steps, limit,
                                 QCoreApplication::translate(
                                     "motcua::catalogue", "Procedure %1, process issue %2: the steps add up to "
                                                          "%3 working hours but the legal limit is %4 working hours.")
                                     .arg(procedure.code)
                                     .arg(version.issue)
                                     .arg(steps / 60.0)
                                     .arg(limit / 60.0)});
            }
        }
    }
    return warnings;
}

} // namespace motcua::catalogue
