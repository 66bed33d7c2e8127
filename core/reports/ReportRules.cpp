#include "core/reports/ReportRules.h"

#include <QCoreApplication>

#include <algorithm>

namespace motcua::reports {

using namespace motcua::dossier;

Result<QDateTime> dueAsOf(const calendar::DeadlineCalculator& calculator, const Dossier& dossier,
                          const QDateTime& moment)
{
    Dossier asOf = dossier;
    asOf.pauses.clear();
    asOf.extensions.clear();
    for (const PauseRecord& pause : dossier.pauses) {
        if (pause.startedAt < moment) {
            PauseRecord then = pause;
            if (then.endedAt.isValid() && then.endedAt >= moment) {
                then.endedAt = {}; // still running at `moment`
            }
            asOf.pauses.append(then);
        }
    }
    for (const ExtensionRecord& extension : dossier.extensions) {
        if (extension.grantedAt < moment) {
            asOf.extensions.append(extension);
        }
    }
    if (asOf.pauses.isEmpty() && asOf.extensions.isEmpty() && dossier.legalDueAt.isValid()) {
        return dossier.legalDueAt;
    }
    auto deadline = calculator.compute(asOf.deadlineRequest(moment));
    if (!deadline) {
        return deadline.error();
    }
    return deadline->due;
}

bool pausedAt(const Dossier& dossier, const QDateTime& moment)
{
    return std::any_of(dossier.pauses.cbegin(), dossier.pauses.cend(), [&](const PauseRecord& pause) {
        return pause.startedAt < moment && (!pause.endedAt.isValid() || pause.endedAt >= moment);
    });
}

Result<calendar::Timeliness> reportedOutcome(const calendar::DeadlineCalculator& calculator, const Dossier& dossier)
{
    if (dossier.extensions.isEmpty()) {
        for (calendar::Timeliness timeliness :
             {calendar::Timeliness::Early, calendar::Timeliness::OnTime, calendar::Timeliness::Late}) {
            if (calendar::timelinessKey(timeliness) == dossier.outcome) {
                return timeliness;
            }
        }
        return Error{ErrorCode::IllegalState,
                     QCoreApplication::translate("motcua::reports",
                                                 "Dossier %1 has a result but no outcome (early, on time or late).")
                         .arg(dossier.id),
                     QStringLiteral("outcome")};
    }
    Dossier withoutExtensions = dossier;
    withoutExtensions.extensions.clear();
    auto deadline = calculator.compute(withoutExtensions.deadlineRequest(dossier.finishedAt));
    if (!deadline) {
        return deadline.error();
    }
    return calculator.classify(dossier.finishedAt, deadline->due).timeliness;
}

bool hasTimelyApology(const Dossier& dossier)
{
    return std::any_of(dossier.extensions.cbegin(), dossier.extensions.cend(),
                       [](const ExtensionRecord& extension) { return extension.grantedAt < extension.oldDueAt; });
}

std::optional<double> share(qint64 num, qint64 den)
{
    if (den == 0) {
        return std::nullopt;
    }
    return static_cast<double>(num) / static_cast<double>(den);
}

std::optional<double> processingProgress(qint64 early, qint64 onTime, qint64 within, qint64 resolved, qint64 inProgress)
{
    return share(early + onTime + within, resolved + inProgress);
}

qint64 handlingWorkingMinutes(const calendar::DeadlineCalculator& calculator, const Dossier& dossier)
{
    return calculator.workingMinutesBetween(dossier.receivedAt, dossier.finishedAt);
}

} // namespace motcua::reports
