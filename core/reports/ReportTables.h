#pragma once

#include "core/reports/OverdueReport.h"
#include "core/reports/PeopleReport.h"
#include "core/reports/ReportTable.h"
#include "core/reports/StepsReport.h"

namespace motcua::reports {

// The overdue, per-person and per-step reports as the one table that the screen shows and every export writes
// (ReportTable: CSV, XLSX, the printed page with its signature block).
ReportTable overdueTable(const OverdueReport& report, int dayMinutes);
ReportTable peopleTable(const PeopleReport& report);
ReportTable stepsTable(const StepsReport& report);

// "2 working days", "4 working hours": a step's time budget.
QString stepBudgetText(const QString& unit, double amount);
// "Reporting period: from DD/MM/YYYY to DD/MM/YYYY".
QString periodLine(const ReportPeriod& period);

} // namespace motcua::reports
