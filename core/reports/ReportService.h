#pragma once

#include "core/calendar/WorkCalendar.h"
#include "core/reports/Ii06aReport.h"
#include "core/storage/Database.h"

namespace motcua::reports {

// The periodic reports, computed from the stored facts and history as they stood at the end of the period
// (docs/reports.md): the same report for a past period whenever it is asked for.
class ReportService {
public:
    ReportService(storage::Database& database, const calendar::WorkCalendar& calendar)
        : m_database(database)
        , m_calendar(calendar)
    {}

    // Form II.06a for `period`, by field or by procedure; with `departmentId`, only the procedures that department
    // handles (what a head sees). A report whose invariants fail is an error, never a report.
    Result<Ii06aReport> ii06a(const ReportPeriod& period, Ii06aGrouping grouping, qint64 departmentId = 0) const;

private:
    storage::Database& m_database;
    const calendar::WorkCalendar& m_calendar;
};

} // namespace motcua::reports
