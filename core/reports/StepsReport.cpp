#include "core/reports/StepsReport.h"

#include "core/calendar/DeadlineCalculator.h"
#include "core/storage/CatalogueRepository.h"
#include "core/storage/ReportQueries.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace motcua::reports {

std::optional<double> StepLine::lateShare() const
{
    if (passed == 0) {
        return std::nullopt;
    }
    return static_cast<double>(late) / static_cast<double>(passed);
}

qint64 medianOf(QList<qint64>& values)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 == 1 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

qint64 percentileOf(QList<qint64>& values, double p)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<qsizetype>(std::ceil(p * static_cast<double>(values.size())));
    return values.at(std::clamp<qsizetype>(rank, 1, values.size()) - 1);
}

Result<StepsReport> stepsReport(storage::Database& database, const calendar::WorkCalendar& calendar,
                                const ReportPeriod& period, qint64 departmentId)
{
    if (Status valid = period.validate(); !valid) {
        return valid.error();
    }
    const storage::ReportQueries queries(database);
    auto procedures = queries.procedures();
    if (!procedures) {
        return procedures.error();
    }
    auto processSteps = queries.processSteps();
    if (!processSteps) {
        return processSteps.error();
    }
    auto passages = queries.stepsFinishedIn(period.start(), period.end());
    if (!passages) {
        return passages.error();
    }
    QHash<qint64, storage::ReportProcedure> procedureById;
    for (const storage::ReportProcedure& procedure : *procedures) {
        procedureById.insert(procedure.id, procedure);
    }
    QHash<QPair<qint64, int>, storage::ReportStep> stepByProcess;
    for (const storage::ReportStep& step : *processSteps) {
        stepByProcess.insert({step.processId, step.position}, step);
    }

    struct Gathered {
        StepLine line;
        qint64 newestProcess = 0;
        QList<qint64> minutes;
    };
    // By procedure code, then step.
    QMap<QPair<QString, int>, Gathered> gathered;
    const calendar::DeadlineCalculator calculator(calendar);
    for (const storage::StepPassage& passage : *passages) {
        const storage::ReportProcedure procedure = procedureById.value(passage.procedureId);
        if (departmentId != 0 && procedure.departmentId != departmentId) {
            continue;
        }
        Gathered& step = gathered[{procedure.code, passage.position}];
        if (step.line.passed == 0) {
            step.line.procedureCode = procedure.code;
            step.line.procedureName = procedure.name;
            step.line.position = passage.position;
        }
        if (passage.processId > step.newestProcess) {
            step.newestProcess = passage.processId;
            const storage::ReportStep known = stepByProcess.value({passage.processId, passage.position});
            step.line.content = known.content;
            step.line.timeUnit = known.timeUnit;
            step.line.timeAmount = known.timeAmount;
        }
        ++step.line.passed;
        step.line.late += passage.late ? 1 : 0;
        step.line.lateFirst += passage.firstLate ? 1 : 0;
        step.minutes.append(calculator.workingMinutesBetween(passage.startedAt, passage.finishedAt));
    }

    StepsReport report;
    report.period = period;
    report.dayMinutes = calendar.hours().standardDayMinutes();
    if (auto agency = storage::CatalogueRepository(database).agency()) {
        report.agency = agency->name;
        report.agencyParent = agency->parent;
    }
    for (Gathered& step : gathered) {
        step.line.medianMinutes = medianOf(step.minutes);
        step.line.p90Minutes = percentileOf(step.minutes, 0.9);
        report.lines.append(step.line);
    }
    // Where lateness starts first (most first-late steps), then the larger share late, then procedure and step.
    std::stable_sort(report.lines.begin(), report.lines.end(), [](const StepLine& a, const StepLine& b) {
        if (a.lateFirst != b.lateFirst) {
            return a.lateFirst > b.lateFirst;
        }
        // a.late / a.passed > b.late / b.passed, in integers.
        return a.late * b.passed > b.late * a.passed;
    });
    return report;
}

QJsonObject stepsJson(const StepsReport& report)
{
    QJsonArray steps;
    for (const StepLine& line : report.lines) {
        const std::optional<double> share = line.lateShare();
        steps.append(QJsonObject{{QStringLiteral("procedure"), line.procedureCode},
                                 {QStringLiteral("procedure_name"), line.procedureName},
                                 {QStringLiteral("step"), line.position},
                                 {QStringLiteral("content"), line.content},
                                 {QStringLiteral("budget_unit"), line.timeUnit},
                                 {QStringLiteral("budget_amount"), line.timeAmount},
                                 {QStringLiteral("passed"), line.passed},
                                 {QStringLiteral("late"), line.late},
                                 {QStringLiteral("late_first"), line.lateFirst},
                                 {QStringLiteral("late_share"), share ? QJsonValue(*share) : QJsonValue()},
                                 {QStringLiteral("median_working_minutes"), line.medianMinutes},
                                 {QStringLiteral("p90_working_minutes"), line.p90Minutes}});
    }
    return {{QStringLiteral("period"), QJsonObject{{QStringLiteral("from"), report.period.from.toString(Qt::ISODate)},
                                                   {QStringLiteral("to"), report.period.to.toString(Qt::ISODate)}}},
            {QStringLiteral("steps"), steps}};
}

} // namespace motcua::reports
