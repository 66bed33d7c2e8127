#include "core/reports/Ii06aReport.h"

#include "core/reports/ReportRules.h"

#include <QCoreApplication>

namespace motcua::reports {

std::optional<double> Ii06aCounts::onTimeShare() const
{
    return share(early + onTime, resolved);
}

std::optional<double> Ii06aCounts::progressIndicator() const
{
    return processingProgress(early, onTime, within, resolved, inProgress);
}

std::optional<double> Ii06aCounts::onlineShare() const
{
    return share(receivedOnline, receivedOnline + receivedDirect);
}

std::optional<double> Ii06aCounts::averageWorkingDays(int dayMinutes) const
{
    return share(handlingMinutes, resolved * dayMinutes);
}

Ii06aCounts& Ii06aCounts::operator+=(const Ii06aCounts& other)
{
    receivedOnline += other.receivedOnline;
    receivedDirect += other.receivedDirect;
    carriedOver += other.carriedOver;
    resolved += other.resolved;
    early += other.early;
    onTime += other.onTime;
    late += other.late;
    lateWithApology += other.lateWithApology;
    inProgress += other.inProgress;
    within += other.within;
    overdue += other.overdue;
    paused += other.paused;
    refused += other.refused;
    withdrawn += other.withdrawn;
    stopped += other.stopped;
    handlingMinutes += other.handlingMinutes;
    return *this;
}

Status Ii06aCounts::checkInvariants(const QString& row) const
{
    const auto fail = [&](const char* invariant, qint64 left, qint64 right) {
        return Error{ErrorCode::IllegalState,
                     QCoreApplication::translate("motcua::reports",
                                                 "The report is inconsistent in row \"%1\": %2 does not hold "
                                                 "(%3 against %4). Nothing is shown; please report this defect.")
                         .arg(row, QString::fromLatin1(invariant))
                         .arg(left)
                         .arg(right),
                     QStringLiteral("report")};
    };
    if (received() != resolved + inProgress + closedWithoutResult()) {
        return fail("(3) = (7) + (11) + (14)", received(), resolved + inProgress + closedWithoutResult());
    }
    if (resolved != early + onTime + late) {
        return fail("(7) = (8) + (9) + (10)", resolved, early + onTime + late);
    }
    if (inProgress != within + overdue) {
        return fail("(11) = (12) + (13)", inProgress, within + overdue);
    }
    if (lateWithApology > late) {
        return fail("(10a) <= (10)", lateWithApology, late);
    }
    if (paused > inProgress) {
        return fail("(11a) <= (11)", paused, inProgress);
    }
    return {};
}

QString Ii06aRow::label(Ii06aGrouping grouping) const
{
    if (grouping == Ii06aGrouping::Procedure) {
        return QStringLiteral("%1 %2").arg(procedureCode, procedureName);
    }
    return field.isEmpty() ? QCoreApplication::translate("motcua::reports", "(no field)") : field;
}

} // namespace motcua::reports
