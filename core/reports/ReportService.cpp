#include "core/reports/ReportService.h"

#include "core/reports/Ii06aTable.h"
#include "core/reports/ReportRules.h"
#include "core/storage/CatalogueRepository.h"
#include "core/storage/ReportQueries.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

namespace motcua::reports {

using namespace motcua::dossier;

namespace {

// Rows in the order of the form: by field, then by procedure code.
struct RowKey {
    QString field;
    QString code;
    bool operator<(const RowKey& other) const { return field != other.field ? field < other.field : code < other.code; }
};

Error finishedWithoutEnd(const Dossier& dossier)
{
    return Error{ErrorCode::IllegalState,
                 QCoreApplication::translate("motcua::reports",
                                             "Dossier %1 has a finish moment but its status (%2) is not a final one.")
                     .arg(dossier.id)
                     .arg(static_cast<int>(dossier.status)),
                 QStringLiteral("status")};
}

} // namespace

Result<Ii06aReport> ReportService::ii06a(const ReportPeriod& period, Ii06aGrouping grouping, qint64 departmentId) const
{
    if (Status valid = period.validate(); !valid) {
        return valid.error();
    }
    const storage::ReportQueries queries(m_database);
    auto procedures = queries.procedures();
    if (!procedures) {
        return procedures.error();
    }
    QHash<qint64, storage::ReportProcedure> procedureById;
    for (const storage::ReportProcedure& procedure : *procedures) {
        procedureById.insert(procedure.id, procedure);
    }
    QMap<RowKey, Ii06aCounts> rows;
    Ii06aCounts elsewhere; // the dossiers of other departments' procedures, when one department is asked for
    const auto row = [&](qint64 procedureId) -> Ii06aCounts& {
        const storage::ReportProcedure procedure = procedureById.value(procedureId);
        if (departmentId != 0 && procedure.departmentId != departmentId) {
            return elsewhere;
        }
        return rows[{procedure.field, grouping == Ii06aGrouping::Procedure ? procedure.code : QString()}];
    };

    const QDateTime start = period.start();
    const QDateTime end = period.end();
    const calendar::DeadlineCalculator calculator(m_calendar);

    // (4), (5): received in the period, counted in SQL.
    auto received = queries.receivedIn(start, end);
    if (!received) {
        return received.error();
    }
    for (const storage::ReceivedCount& count : *received) {
        Ii06aCounts& counts = row(count.procedureId);
        counts.receivedOnline += count.online;
        counts.receivedDirect += count.direct;
    }
    // (7)–(10), (14): finished in the period.
    auto finished = queries.finishedIn(start, end);
    if (!finished) {
        return finished.error();
    }
    // (6), open at the start of the period, is what of these and of those open at its end was received before it:
    // a dossier open at the start either finishes in the period or is still open at its end.
    for (const Dossier& dossier : *finished) {
        Ii06aCounts& counts = row(dossier.procedureId);
        counts.carriedOver += dossier.receivedAt < start ? 1 : 0;
        switch (dossier.status) {
        case DossierStatus::ResultReady:
        case DossierStatus::Returned: {
            auto outcome = reportedOutcome(calculator, dossier);
            if (!outcome) {
                return outcome.error();
            }
            ++counts.resolved;
            counts.handlingMinutes += handlingWorkingMinutes(calculator, dossier);
            if (*outcome == calendar::Timeliness::Early) {
                ++counts.early;
            } else if (*outcome == calendar::Timeliness::OnTime) {
                ++counts.onTime;
            } else {
                ++counts.late;
                counts.lateWithApology += hasTimelyApology(dossier) ? 1 : 0;
            }
            break;
        }
        case DossierStatus::Refused:
            ++counts.refused;
            break;
        case DossierStatus::Withdrawn:
            ++counts.withdrawn;
            break;
        case DossierStatus::Stopped:
            ++counts.stopped;
            break;
        default:
            return finishedWithoutEnd(dossier);
        }
    }
    // (11)–(13), (11a): open at the end of the period, against the due moment as it stood then.
    auto open = queries.openAt(end);
    if (!open) {
        return open.error();
    }
    for (const Dossier& dossier : *open) {
        Ii06aCounts& counts = row(dossier.procedureId);
        auto due = dueAsOf(calculator, dossier, end);
        if (!due) {
            return due.error();
        }
        ++counts.inProgress;
        counts.carriedOver += dossier.receivedAt < start ? 1 : 0;
        ++(*due < end ? counts.overdue : counts.within);
        counts.paused += pausedAt(dossier, end) ? 1 : 0;
    }

    Ii06aReport report;
    report.period = period;
    report.grouping = grouping;
    report.dayMinutes = m_calendar.hours().standardDayMinutes();
    if (auto agency = storage::CatalogueRepository(m_database).agency()) {
        report.agency = agency->name;
        report.agencyParent = agency->parent;
    }
    QHash<QString, storage::ReportProcedure> procedureByCode;
    for (const storage::ReportProcedure& procedure : *procedures) {
        procedureByCode.insert(procedure.code, procedure);
    }
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        if (it->isEmpty()) {
            continue;
        }
        Ii06aRow line{it.key().field, it.key().code, procedureByCode.value(it.key().code).name, *it};
        if (Status valid = line.counts.checkInvariants(line.label(grouping)); !valid) {
            return valid.error();
        }
        report.total += line.counts;
        report.rows.append(std::move(line));
    }
    if (Status valid = report.total.checkInvariants(ii06aTotalLabel()); !valid) {
        return valid.error();
    }
    return report;
}

} // namespace motcua::reports
