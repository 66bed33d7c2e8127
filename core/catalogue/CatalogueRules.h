#pragma once

#include "core/catalogue/Agency.h"
#include "core/catalogue/Procedure.h"
#include "core/common/Result.h"

#include <QList>

namespace motcua::catalogue {

// The checks of a procedure and of a process version as the administrator edits them, shared by the editor (which
// shows each error beside its field while typing) and CatalogueAdmin (which checks again before it writes). Every
// error names its field: a procedure's "code", "name", "limit", "fee", "department", "documents[1].name" …; a
// process version's "code", "issue", "issued_on", "steps", "steps[0].content", "steps[0].department",
// "steps[0].time" …
QList<Error> checkProcedure(const Procedure& procedure, const QList<Department>& departments);
QList<Error> checkProcessVersion(const ProcessVersion& version, const QList<Department>& departments);
// The first error of `errors` about `field`, or none.
std::optional<Error> errorFor(const QList<Error>& errors, const QString& field);

// The step times of a process against the procedure's legal limit, in working minutes (1 day = dayMinutes).
struct StepBudget {
    calendar::TimeLimit limit;
    qint64 stepMinutes = 0;
    qint64 limitMinutes = 0;
    int dayMinutes = 480;

    // The steps fill the limit exactly; a same-day procedure's steps need only fit in one working day.
    bool fits() const;
    // Translated, in the limit's unit: "Steps add up to 9.5/10 working days — 0.5 days short".
    QString text() const;
};
StepBudget stepBudget(const calendar::TimeLimit& limit, const QList<ProcessStep>& steps, int dayMinutes);

} // namespace motcua::catalogue
