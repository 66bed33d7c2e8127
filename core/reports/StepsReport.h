#pragma once

#include "core/calendar/WorkCalendar.h"
#include "core/reports/ReportPeriod.h"
#include "core/storage/Database.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace motcua::reports {

// One process step of one procedure in the per-step report (docs/reports.md): the steps finished there in the
// period, how many late against the step's due moment, how many of those were the dossier's first late step
// (lateness starts here), and the working time spent at the step.
struct StepLine {
    QString procedureCode;
    QString procedureName;
    int position = 0;
    QString content;  // the step's content in the newest process version that was passed
    QString timeUnit; // the step's time budget: days | hours
    double timeAmount = 0;
    qint64 passed = 0;
    qint64 late = 0;
    qint64 lateFirst = 0;
    qint64 medianMinutes = 0; // working minutes from the step's start to its finish
    qint64 p90Minutes = 0;

    // late / passed.
    std::optional<double> lateShare() const;
};

// The per-step performance report, an input of the ISO 9001 review: the steps where lateness starts first.
struct StepsReport {
    ReportPeriod period;
    QString agency;
    QString agencyParent;
    int dayMinutes = 480;
    QList<StepLine> lines;
};

// The steps finished in `period`; with `departmentId`, only the procedures that department handles (a head's).
Result<StepsReport> stepsReport(storage::Database& database, const calendar::WorkCalendar& calendar,
                                const ReportPeriod& period, qint64 departmentId = 0);

// The median of `values` (the mean of the two middle ones, rounded down, for an even count) and the
// nearest-rank percentile (the value at rank ⌈p·n⌉ in ascending order); 0 for none. `values` is sorted.
qint64 medianOf(QList<qint64>& values);
qint64 percentileOf(QList<qint64>& values, double p);

// {"period":{"from","to"},"steps":[{"procedure","procedure_name","step","content","budget_unit","budget_amount",
// "passed","late","late_first","late_share","median_working_minutes","p90_working_minutes"}]}
QJsonObject stepsJson(const StepsReport& report);

} // namespace motcua::reports
