#pragma once

#include "core/catalogue/Agency.h"
#include "core/catalogue/Procedure.h"

#include <QStringList>

namespace motcua::catalogue {

// Agency, departments and procedures with their processes: what the catalogue file holds.
struct Catalogue {
    Agency agency;
    QList<Department> departments;
    QList<Procedure> procedures;
    QStringList notes;

    const Department* department(const QString& code) const;
    const Procedure* procedure(const QString& code) const;
};

// Working time of a process's steps compared with the procedure's legal limit (1 day = dayMinutes).
struct StepBudgetWarning {
    QString procedureCode;
    int processIssue = 0;
    qint64 stepMinutes = 0;
    qint64 limitMinutes = 0;
    QString message; // translated
};
QList<StepBudgetWarning> checkStepBudgets(const Catalogue& catalogue, int dayMinutes);

} // namespace motcua::catalogue
