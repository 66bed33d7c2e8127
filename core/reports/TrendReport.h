#pragma once

#include "core/calendar/WorkCalendar.h"
#include "core/reports/ReportPeriod.h"
#include "core/storage/Database.h"

#include <QList>

#include <functional>
#include <optional>

namespace motcua::reports {

// One month of the period (clipped to it), from form II.06a of that month.
struct MonthFigures {
    ReportPeriod period;
    qint64 received = 0;     // (4) + (5): received in the month
    qint64 resolved = 0;     // (7)
    qint64 earlyOrOnTime = 0; // (8) + (9)
    std::optional<double> onTimeShare() const;
};

// One department: the procedures it handles, over the whole period.
struct DepartmentFigures {
    QString code;
    QString name;
    qint64 resolved = 0;
    qint64 earlyOrOnTime = 0;
    std::optional<double> onTimeShare() const;
};

// What the Reports screen's charts show: received and resolved per month, the share on time per month and per
// department, and the dossiers overdue now by the step they stand at.
struct TrendReport {
    ReportPeriod period;
    QList<MonthFigures> months;
    QList<DepartmentFigures> departments;
    QList<QPair<int, qint64>> overdueBySteps; // (step, dossiers overdue at `now`)
};

// progress(done, total) after each month; returning false stops the work there, and the result is an error naming
// "cancelled". With `departmentId`, that department's procedures and the dossiers it holds (a head's view).
Result<TrendReport> trendReport(storage::Database& database, const calendar::WorkCalendar& calendar,
                                const ReportPeriod& period, const QDateTime& now, qint64 departmentId = 0,
                                const std::function<bool(int, int)>& progress = {});

// The months of `period`, each clipped to it.
QList<ReportPeriod> monthsOf(const ReportPeriod& period);

} // namespace motcua::reports
