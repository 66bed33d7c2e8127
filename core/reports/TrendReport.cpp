#include "core/reports/TrendReport.h"

#include "core/reports/ReportService.h"
#include "core/storage/CatalogueRepository.h"
#include "core/storage/ReportQueries.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace motcua::reports {

namespace {

std::optional<double> share(qint64 part, qint64 whole)
{
    if (whole == 0) {
        return std::nullopt;
    }
    return static_cast<double>(part) / static_cast<double>(whole);
}

} // namespace

std::optional<double> MonthFigures::onTimeShare() const
{
    return share(earlyOrOnTime, resolved);
}

std::optional<double> DepartmentFigures::onTimeShare() const
{
    return share(earlyOrOnTime, resolved);
}

QList<ReportPeriod> monthsOf(const ReportPeriod& period)
{
    QList<ReportPeriod> months;
    for (QDate day = period.from; day.isValid() && day <= period.to;) {
        ReportPeriod month = ReportPeriod::month(day);
        month.from = std::max(month.from, period.from);
        month.to = std::min(month.to, period.to);
        months.append(month);
        day = month.to.addDays(1);
    }
    return months;
}

Result<TrendReport> trendReport(storage::Database& database, const calendar::WorkCalendar& calendar,
                                const ReportPeriod& period, const QDateTime& now, qint64 departmentId,
                                const std::function<bool(int, int)>& progress)
{
    if (Status valid = period.validate(); !valid) {
        return valid.error();
    }
    const ReportService service(database, calendar);
    TrendReport trend;
    trend.period = period;
    const QList<ReportPeriod> months = monthsOf(period);
    const int total = static_cast<int>(months.size()) + 1;
    const auto cancelled = [] {
        return Error{ErrorCode::IllegalState,
                     QCoreApplication::translate("motcua::reports", "The report was cancelled."),
                     QStringLiteral("cancelled")};
    };
    int done = 0;
    for (const ReportPeriod& month : months) {
        auto report = service.ii06a(month, Ii06aGrouping::Field, departmentId);
        if (!report) {
            return report.error();
        }
        MonthFigures figures;
        figures.period = month;
        figures.received = report->total.receivedOnline + report->total.receivedDirect;
        figures.resolved = report->total.resolved;
        figures.earlyOrOnTime = report->total.early + report->total.onTime;
        trend.months.append(figures);
        if (progress && !progress(++done, total)) {
            return cancelled();
        }
    }

    // Per department: the whole period by procedure, each procedure's line to the department handling it.
    auto byProcedure = service.ii06a(period, Ii06aGrouping::Procedure, departmentId);
    if (!byProcedure) {
        return byProcedure.error();
    }
    const storage::ReportQueries queries(database);
    auto procedures = queries.procedures();
    if (!procedures) {
        return procedures.error();
    }
    auto departments = storage::CatalogueRepository(database).departments();
    if (!departments) {
        return departments.error();
    }
    QHash<QString, qint64> departmentOfProcedure;
    for (const storage::ReportProcedure& procedure : *procedures) {
        departmentOfProcedure.insert(procedure.code, procedure.departmentId);
    }
    QHash<qint64, DepartmentFigures> byDepartment;
    for (const Ii06aRow& row : byProcedure->rows) {
        DepartmentFigures& figures = byDepartment[departmentOfProcedure.value(row.procedureCode)];
        figures.resolved += row.counts.resolved;
        figures.earlyOrOnTime += row.counts.early + row.counts.onTime;
    }
    for (const catalogue::Department& department : *departments) {
        if (byDepartment.contains(department.id)) {
            DepartmentFigures figures = byDepartment.value(department.id);
            figures.code = department.code;
            figures.name = department.name;
            trend.departments.append(figures);
        }
    }
    auto overdue = queries.overdueBySteps(now, departmentId);
    if (!overdue) {
        return overdue.error();
    }
    trend.overdueBySteps = *overdue;
    if (progress && !progress(++done, total)) {
        return cancelled();
    }
    return trend;
}

} // namespace motcua::reports
