#include "core/storage/OpenDossierDeadlines.h"

#include "core/storage/DossierRepository.h"
#include "core/storage/SqlQuery.h"

#include <QHash>

namespace motcua::storage {

Result<QList<calendar::OpenDeadline>> OpenDossierDeadlines::openDeadlines() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (Status status = exec(query, QStringLiteral("SELECT d.id, d.code, d.received_at, p.limit_unit, p.limit_amount, "
                                                   "p.rule FROM dossier d JOIN procedure p ON p.id = d.procedure_id "
                                                   "WHERE d.status IN (2, 4, 5, 6) ORDER BY d.id"));
        !status) {
        return status.error();
    }
    QList<calendar::OpenDeadline> open;
    QHash<qint64, qsizetype> byId;
    while (query.next()) {
        calendar::DeadlineRequest request;
        request.received = momentFromStored(query.value(2));
        request.limit = query.value(3).toString() == QLatin1String("hours")
                            ? calendar::TimeLimit::hours(query.value(4).toDouble())
                            : calendar::TimeLimit::days(query.value(4).toDouble());
        request.rule =
            calendar::countingRuleFromKey(query.value(5).toString()).value_or(calendar::CountingRule::WorkingTime);
        byId.insert(query.value(0).toLongLong(), open.size());
        open.append({query.value(1).toString(), request});
    }
    if (Status status =
            exec(query, QStringLiteral("SELECT pz.dossier_id, pz.started_at, pz.ended_at, pz.note FROM "
                                       "dossier_pause pz JOIN dossier d ON d.id = pz.dossier_id WHERE "
                                       "d.status IN (2, 4, 5, 6) AND pz.ended_at IS NOT NULL ORDER BY pz.id"));
        !status) {
        return status.error();
    }
    while (query.next()) {
        const auto index = byId.constFind(query.value(0).toLongLong());
        if (index != byId.cend()) {
            open[*index].request.pauses.append(
                {momentFromStored(query.value(1)), momentFromStored(query.value(2)), query.value(3).toString()});
        }
    }
    if (Status status = exec(query, QStringLiteral("SELECT x.dossier_id, x.granted_at, x.new_due_at, x.reason FROM "
                                                   "dossier_extension x JOIN dossier d ON d.id = x.dossier_id WHERE "
                                                   "d.status IN (2, 4, 5, 6) ORDER BY x.id"));
        !status) {
        return status.error();
    }
    while (query.next()) {
        const auto index = byId.constFind(query.value(0).toLongLong());
        if (index != byId.cend()) {
            open[*index].request.extensions.append(
                {momentFromStored(query.value(1)), momentFromStored(query.value(2)), query.value(3).toString()});
        }
    }
    return open;
}

} // namespace motcua::storage
