#include "core/reports/ReportTables.h"

#include "core/calendar/Explanation.h"
#include "core/reports/Ii06aTable.h"

#include <QCoreApplication>

namespace motcua::reports {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("motcua::reports", text);
}

QString moment(const QDateTime& at)
{
    return toAgencyTime(at).toString(QStringLiteral("HH:mm dd/MM/yyyy"));
}

QVariant optional(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

QString stepBudgetText(const QString& unit, double amount)
{
    const QString number = QString::number(amount, 'g', 4);
    return unit == QLatin1String("hours") ? tr("%1 working hours").arg(number) : tr("%1 working days").arg(number);
}

QString periodLine(const ReportPeriod& period)
{
    return ii06aPeriodLine(period);
}

ReportTable overdueTable(const OverdueReport& report, int dayMinutes)
{
    ReportTable table;
    table.sheetName = QStringLiteral("Overdue");
    table.agencyParent = report.agencyParent;
    table.agency = report.agency;
    table.title = tr("DOSSIERS OVERDUE OR DUE SOON");
    table.lines << tr("At %1: %2 overdue, %3 due by %4")
                       .arg(moment(report.now))
                       .arg(report.overdue)
                       .arg(report.dueSoon)
                       .arg(moment(report.windowEnd));
    table.lines << (report.departmentCode.isEmpty() ? tr("All departments")
                                                    : tr("Department: %1").arg(report.departmentCode));
    table.columns = {{tr("No."), CellKind::Text, 5},
                     {tr("Step"), CellKind::Count, 6},
                     {tr("Assignee"), CellKind::Text, 22},
                     {tr("Dossier"), CellKind::Text, 22},
                     {tr("Applicant"), CellKind::Text, 26},
                     {tr("Procedure"), CellKind::Text, 14},
                     {tr("Department"), CellKind::Text, 10},
                     {tr("Due"), CellKind::Text, 17},
                     {tr("Working days late"), CellKind::Count, 10},
                     {tr("Late / left"), CellKind::Text, 14}};
    int number = 0;
    for (const OverdueGroup& group : report.groups) {
        const QString assignee = group.assigneeName.isEmpty() ? tr("not assigned") : group.assigneeName;
        for (const OverdueLine& line : group.lines) {
            const QString time =
                line.overdue
                    ? tr("late %1").arg(calendar::formatWorkingDurationShort(line.workingMinutesLate, dayMinutes))
                    : tr("%1 left").arg(calendar::formatWorkingDurationShort(line.workingMinutesLeft, dayMinutes));
            table.rows.append(QVariantList{QString::number(++number), group.step, assignee, line.dossier.code,
                               line.dossier.applicantName, line.dossier.procedureCode, line.dossier.departmentCode,
                               moment(line.dossier.dueAt), line.overdue ? QVariant(line.workingDaysLate) : QVariant(),
                               time});
        }
    }
    return table;
}

ReportTable peopleTable(const PeopleReport& report)
{
    ReportTable table;
    table.sheetName = QStringLiteral("People");
    table.agencyParent = report.agencyParent;
    table.agency = report.agency;
    table.title = tr("DOSSIERS HANDLED BY PERSON");
    table.lines << periodLine(report.period) << tr("Overdue now: at %1").arg(moment(report.now));
    table.columns = {{tr("No."), CellKind::Text, 5},
                     {tr("Login"), CellKind::Text, 18},
                     {tr("Full name"), CellKind::Text, 28},
                     {tr("Steps finished"), CellKind::Count, 12},
                     {tr("Of which late"), CellKind::Count, 12},
                     {tr("Overdue now"), CellKind::Count, 12}};
    int number = 0;
    for (const storage::PersonCount& person : report.people) {
        table.rows.append(QVariantList{QString::number(++number), person.login, person.fullName, person.stepsFinished,
                           person.stepsLate, person.overdueNow});
    }
    return table;
}

ReportTable stepsTable(const StepsReport& report)
{
    ReportTable table;
    table.sheetName = QStringLiteral("Steps");
    table.agencyParent = report.agencyParent;
    table.agency = report.agency;
    table.title = tr("PERFORMANCE BY PROCESS STEP");
    table.lines << periodLine(report.period) << tr("Steps where lateness starts first; times in working days");
    table.columns = {{tr("No."), CellKind::Text, 5},
                     {tr("Procedure"), CellKind::Text, 30},
                     {tr("Step"), CellKind::Count, 6},
                     {tr("Content"), CellKind::Text, 36},
                     {tr("Time budget"), CellKind::Text, 16},
                     {tr("Passed"), CellKind::Count, 10},
                     {tr("Late"), CellKind::Count, 10},
                     {tr("Lateness starts here"), CellKind::Count, 12},
                     {tr("Share late (%)"), CellKind::Share, 10},
                     {tr("Median (working days)"), CellKind::Days, 11},
                     {tr("90th percentile (working days)"), CellKind::Days, 12}};
    const double day = report.dayMinutes > 0 ? report.dayMinutes : 480;
    int number = 0;
    for (const StepLine& line : report.lines) {
        table.rows.append(QVariantList{QString::number(++number),
                           QStringLiteral("%1 %2").arg(line.procedureCode, line.procedureName), line.position,
                           line.content, stepBudgetText(line.timeUnit, line.timeAmount), line.passed, line.late,
                           line.lateFirst, optional(line.lateShare()), static_cast<double>(line.medianMinutes) / day,
                           static_cast<double>(line.p90Minutes) / day});
    }
    return table;
}

} // namespace motcua::reports
