#pragma once

#include "core/calendar/WorkCalendar.h"
#include "core/storage/Database.h"
#include "core/storage/DossierQueries.h"

#include <QDateTime>
#include <QList>

namespace motcua::reports {

// One open dossier of the overdue report: overdue at the report's moment, or due within its window.
struct OverdueLine {
    storage::DossierSummary dossier;
    bool overdue = false;
    int workingDaysLate = 0;       // whole working days in workingMinutesLate, a started day not counted (overdue only)
    qint64 workingMinutesLate = 0; // working minutes since the due moment (overdue only)
    qint64 workingMinutesLeft = 0; // working minutes until the due moment (due soon only)
};

// The lines at one step of their process, with one assignee (none: not assigned).
struct OverdueGroup {
    int step = 0;
    QString assigneeLogin;
    QString assigneeName;
    QList<OverdueLine> lines;
};

// The overdue report for a head (issue #13): the open dossiers of a department (or all) that are overdue at `now`
// or due within `withinHours` working hours of it, grouped by step and by assignee, the most overdue first.
// Paused dossiers are left out: their clock stands.
struct OverdueReport {
    QDateTime now;
    QDateTime windowEnd;
    QString departmentCode; // empty: every department
    double withinHours = 0;
    QString agency;
    QString agencyParent;
    QList<OverdueGroup> groups;
    qint64 overdue = 0;
    qint64 dueSoon = 0;
};

inline constexpr int kMaxOverdueLines = 5000;

// More than kMaxOverdueLines dossiers is an error naming "department": the head narrows the report.
Result<OverdueReport> overdueReport(storage::Database& database, const calendar::WorkCalendar& calendar,
                                    const QDateTime& now, const QString& departmentCode, double withinHours);

// {"now","window_end","department","overdue","due_soon","groups":[{"step","assignee","assignee_name","dossiers":
// [{"code","applicant","procedure","received_at","due_at","overdue","working_days_late","working_minutes_late",
// "working_minutes_left"}]}]}
QJsonObject overdueJson(const OverdueReport& report);

} // namespace motcua::reports
