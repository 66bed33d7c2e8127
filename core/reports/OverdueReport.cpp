#include "core/reports/OverdueReport.h"

#include "core/calendar/DeadlineCalculator.h"
#include "core/calendar/Explanation.h"
#include "core/common/AgencyTime.h"
#include "core/storage/CatalogueRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace motcua::reports {

Result<OverdueReport> overdueReport(storage::Database& database, const calendar::WorkCalendar& calendar,
                                    const QDateTime& now, const QString& departmentCode, double withinHours)
{
    if (!std::isfinite(withinHours) || withinHours < 0) {
        return Error::invalid(
            QStringLiteral("within"),
            QCoreApplication::translate("motcua::reports", "The window is a number of working hours, not negative."));
    }
    const calendar::DeadlineCalculator calculator(calendar);
    OverdueReport report;
    report.now = now;
    report.windowEnd = calculator.dueWithinEnd(now, withinHours);
    report.departmentCode = departmentCode;
    report.withinHours = withinHours;
    if (auto agency = storage::CatalogueRepository(database).agency()) {
        report.agency = agency->name;
        report.agencyParent = agency->parent;
    }
    // In progress (not paused) and due by the end of the window: the overdue ones come first, due soonest first.
    storage::DossierFilter filter;
    filter.departmentCode = departmentCode;
    filter.dueBetweenFrom = agencyTime(calendar.firstDay(), QTime(0, 0));
    filter.dueBetweenTo = report.windowEnd;
    filter.limit = kMaxOverdueLines + 1;
    auto dossiers = storage::DossierQueries(database).list(filter);
    if (!dossiers) {
        return dossiers.error();
    }
    if (dossiers->size() > kMaxOverdueLines) {
        return Error::invalid(QStringLiteral("department"),
                              QCoreApplication::translate("motcua::reports",
                                                          "More than %1 dossiers are overdue or due soon: ask for "
                                                          "one department at a time.")
                                  .arg(kMaxOverdueLines));
    }
    QMap<QPair<int, QString>, OverdueGroup> groups;
    for (const storage::DossierSummary& dossier : *dossiers) {
        OverdueLine line;
        line.dossier = dossier;
        line.overdue = dossier.dueAt < now;
        if (line.overdue) {
            const calendar::Punctuality late = calculator.classify(now, dossier.dueAt);
            line.workingMinutesLate = late.workingMinutesLate;
            line.workingDaysLate = static_cast<int>(
                calendar::wholeWorkingDays(late.workingMinutesLate, calendar.hours().standardDayMinutes()));
            ++report.overdue;
        } else {
            line.workingMinutesLeft = calculator.workingMinutesBetween(now, dossier.dueAt);
            ++report.dueSoon;
        }
        OverdueGroup& group = groups[{dossier.currentStep, dossier.assigneeLogin}];
        group.step = dossier.currentStep;
        group.assigneeLogin = dossier.assigneeLogin;
        group.assigneeName = dossier.assigneeName;
        group.lines.append(line);
    }
    report.groups = groups.values();
    return report;
}

QJsonObject overdueJson(const OverdueReport& report)
{
    QJsonArray groups;
    for (const OverdueGroup& group : report.groups) {
        QJsonArray lines;
        for (const OverdueLine& line : group.lines) {
            lines.append(QJsonObject{{QStringLiteral("code"), line.dossier.code},
                                     {QStringLiteral("applicant"), line.dossier.applicantName},
                                     {QStringLiteral("procedure"), line.dossier.procedureCode},
                                     {QStringLiteral("department"), line.dossier.departmentCode},
                                     {QStringLiteral("received_at"), isoMoment(line.dossier.receivedAt)},
                                     {QStringLiteral("due_at"), isoMoment(line.dossier.dueAt)},
                                     {QStringLiteral("overdue"), line.overdue},
                                     {QStringLiteral("working_days_late"), line.workingDaysLate},
                                     {QStringLiteral("working_minutes_late"), line.workingMinutesLate},
                                     {QStringLiteral("working_minutes_left"), line.workingMinutesLeft}});
        }
        groups.append(QJsonObject{{QStringLiteral("step"), group.step},
                                  {QStringLiteral("assignee"), group.assigneeLogin},
                                  {QStringLiteral("assignee_name"), group.assigneeName},
                                  {QStringLiteral("dossiers"), lines}});
    }
    return {{QStringLiteral("now"), isoMoment(report.now)},
            {QStringLiteral("window_end"), isoMoment(report.windowEnd)},
            {QStringLiteral("department"), report.departmentCode},
            {QStringLiteral("overdue"), report.overdue},
            {QStringLiteral("due_soon"), report.dueSoon},
            {QStringLiteral("groups"), groups}};
}

} // namespace motcua::reports
