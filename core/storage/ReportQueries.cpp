#include "core/storage/ReportQueries.h"

#include "core/storage/SqlQuery.h"
#include "core/storage/StoredMoment.h"
#include "core/storage/StoredTerms.h"

namespace motcua::storage {

using namespace motcua::dossier;

namespace {

// The facts of a dossier a report reads, in the order readDossier expects them.
const QString kColumns = QStringLiteral("d.id, d.procedure_id, d.channel, d.status, d.received_at, d.legal_due_at, "
                                        "d.finished_at, coalesce(d.outcome, ''), d.limit_unit, d.limit_amount, d.rule, "
                                        "d.on_supplement");

Dossier readDossier(const QSqlQuery& query)
{
    Dossier d;
    d.id = query.value(0).toLongLong();
    d.procedureId = query.value(1).toLongLong();
    d.channel = static_cast<Channel>(query.value(2).toInt());
    d.status = static_cast<DossierStatus>(query.value(3).toInt());
    d.receivedAt = momentFromStored(query.value(4));
    d.legalDueAt = momentFromStored(query.value(5));
    d.finishedAt = momentFromStored(query.value(6));
    d.outcome = query.value(7).toString();
    readStoredTerms(d, query.value(8), query.value(9), query.value(10), query.value(11));
    return d;
}

// Open at a moment: still open today and received before it (the status and receipt index), or finished at or
// after it and received before it. The second part is one of two equivalent index ranges: the receipts before the
// moment (index on receipt, then finish) when the moment lies early in the data, the finishes after it (index on
// finish, then receipt) when it lies late, so that a report reads at most about half of one index whatever its
// period. The other column is wrapped in coalesce so that the range is taken on the intended index. A dossier open
// today has no finish, so the two parts never hold the same dossier.
QString openAtWhere(int part, bool early)
{
    if (part == 0) {
        return statusIn(StatusGroup::Open) + QStringLiteral(" AND d.received_at < ?");
    }
    return early ? QStringLiteral("d.received_at < ? AND coalesce(d.finished_at, '') >= ?")
                 : QStringLiteral("d.finished_at >= ? AND coalesce(d.received_at, 'z') < ?");
}

Result<QList<Dossier>> readDossiers(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    if (Status status = exec(query, sql, values); !status) {
        return status.error();
    }
    QList<Dossier> dossiers;
    while (query.next()) {
        dossiers.append(readDossier(query));
    }
    return dossiers;
}

} // namespace

Result<QList<ReportProcedure>> ReportQueries::procedures() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (Status status =
            exec(query, QStringLiteral("SELECT id, code, name, field, department_id FROM procedure ORDER BY code"));
        !status) {
        return status.error();
    }
    QList<ReportProcedure> procedures;
    while (query.next()) {
        procedures.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                           query.value(3).toString(), query.value(4).toLongLong()});
    }
    return procedures;
}

Result<QList<ReceivedCount>> ReportQueries::receivedIn(const QDateTime& from, const QDateTime& end) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT d.procedure_id, sum(CASE WHEN d.channel = %1 THEN 1 ELSE 0 END), "
                                       "sum(CASE WHEN d.channel = %1 THEN 0 ELSE 1 END) FROM dossier d "
                                       "WHERE d.received_at >= ? AND d.received_at < ? GROUP BY d.procedure_id")
                            .arg(static_cast<int>(Channel::Online));
    if (Status status = exec(query, sql, {storedMoment(from), storedMoment(end)}); !status) {
        return status.error();
    }
    QList<ReceivedCount> counts;
    while (query.next()) {
        counts.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong()});
    }
    return counts;
}

Result<bool> ReportQueries::inFirstHalf(const QDateTime& moment) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // Two subqueries, each answered from the receipt index alone.
    if (Status status = exec(query, QStringLiteral("SELECT (SELECT min(received_at) FROM dossier), "
                                                   "(SELECT max(received_at) FROM dossier)"));
        !status) {
        return status.error();
    }
    if (!query.next() || query.value(0).isNull()) {
        return true;
    }
    const qint64 first = momentFromStored(query.value(0)).toSecsSinceEpoch();
    const qint64 last = momentFromStored(query.value(1)).toSecsSinceEpoch();
    return moment.toSecsSinceEpoch() - first < last - moment.toSecsSinceEpoch();
}

Result<QList<Dossier>> ReportQueries::openAt(const QDateTime& moment) const
{
    auto early = inFirstHalf(moment);
    if (!early) {
        return early.error();
    }
    const QString at = storedMoment(moment);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    auto dossiers =
        readDossiers(query,
                     QStringLiteral("SELECT %1 FROM dossier d WHERE %2 UNION ALL SELECT %1 FROM dossier d WHERE %3")
                         .arg(kColumns, openAtWhere(0, *early), openAtWhere(1, *early)),
                     {at, at, at});
    if (!dossiers || dossiers->isEmpty()) {
        return dossiers;
    }
    QHash<qint64, Dossier*> byId;
    for (Dossier& d : dossiers.value()) {
        byId.insert(d.id, &d);
    }
    if (Status attached = attachHistory(byId, byId.keys(), moment); !attached) {
        return attached.error();
    }
    return dossiers;
}

Result<QList<Dossier>> ReportQueries::finishedIn(const QDateTime& from, const QDateTime& end) const
{
    static const QString where =
        QStringLiteral("d.finished_at >= ? AND d.finished_at < ? AND d.received_at IS NOT NULL");
    const QVariantList range{storedMoment(from), storedMoment(end)};
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    auto dossiers =
        readDossiers(query, QStringLiteral("SELECT %1 FROM dossier d WHERE %2").arg(kColumns, where), range);
    if (!dossiers || dossiers->isEmpty()) {
        return dossiers;
    }
    QHash<qint64, Dossier*> byId;
    for (Dossier& d : dossiers.value()) {
        byId.insert(d.id, &d);
    }
    // Only those with an extension need their history (the others keep their stored outcome).
    if (Status status = exec(query,
                             QStringLiteral("SELECT d.id FROM dossier d WHERE %1 AND EXISTS (SELECT 1 FROM "
                                            "dossier_extension x WHERE x.dossier_id = d.id)")
                                 .arg(where),
                             range);
        !status) {
        return status.error();
    }
    QList<qint64> extended;
    while (query.next()) {
        extended.append(query.value(0).toLongLong());
    }
    if (Status attached = attachHistory(byId, extended, {}); !attached) {
        return attached.error();
    }
    return dossiers;
}

Status ReportQueries::attachHistory(QHash<qint64, Dossier*>& byId, const QList<qint64>& ids,
                                    const QDateTime& before) const
{
    // By batches of ids through the per-dossier indexes of pauses and extensions (a join on a derived table lets
    // SQLite scan the whole pause table instead).
    constexpr qsizetype kBatch = 500;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    for (qsizetype first = 0; first < ids.size(); first += kBatch) {
        const QList<qint64> batch = ids.mid(first, kBatch);
        QVariantList values;
        for (qint64 id : batch) {
            values.append(id);
        }
        const QString marks = QStringList(batch.size(), QStringLiteral("?")).join(QLatin1Char(','));
        if (before.isValid()) {
            values.append(storedMoment(before));
        }
        if (Status status =
                exec(query,
                     QStringLiteral("SELECT p.dossier_id, p.id, p.reason, p.started_at, p.ended_at FROM "
                                    "dossier_pause p WHERE p.dossier_id IN (%1)%2 ORDER BY p.dossier_id, "
                                    "p.id")
                         .arg(marks, before.isValid() ? QStringLiteral(" AND p.started_at < ?") : QString()),
                     values);
            !status) {
            return status;
        }
        while (query.next()) {
            if (Dossier* d = byId.value(query.value(0).toLongLong())) {
                PauseRecord pause;
                pause.id = query.value(1).toLongLong();
                pause.reason = pauseReasonFromKey(query.value(2).toString()).value_or(PauseReason::Other);
                pause.startedAt = momentFromStored(query.value(3));
                pause.endedAt = momentFromStored(query.value(4));
                d->pauses.append(pause);
            }
        }
        if (Status status =
                exec(query,
                     QStringLiteral("SELECT x.dossier_id, x.id, x.old_due_at, x.new_due_at, x.granted_at "
                                    "FROM dossier_extension x WHERE x.dossier_id IN (%1)%2 ORDER BY "
                                    "x.dossier_id, x.id")
                         .arg(marks, before.isValid() ? QStringLiteral(" AND x.granted_at < ?") : QString()),
                     values);
            !status) {
            return status;
        }
        while (query.next()) {
            if (Dossier* d = byId.value(query.value(0).toLongLong())) {
                ExtensionRecord extension;
                extension.id = query.value(1).toLongLong();
                extension.oldDueAt = momentFromStored(query.value(2));
                extension.newDueAt = momentFromStored(query.value(3));
                extension.grantedAt = momentFromStored(query.value(4));
                d->extensions.append(extension);
            }
        }
    }
    return {};
}

Result<QList<PersonCount>> ReportQueries::people(const QDateTime& from, const QDateTime& end,
                                                 const QDateTime& now, qint64 departmentId) const
{
    // Two grouped counts (steps by their finish index, open dossiers by the status and due index), joined to the
    // accounts.
    const QString sql =
        QStringLiteral("SELECT u.id, u.login, u.full_name, coalesce(s.finished, 0), coalesce(s.late, 0), "
                       "coalesce(o.overdue, 0) FROM user_account u "
                       "LEFT JOIN (SELECT si.finished_by AS user_id, count(*) AS finished, "
                       "sum(CASE WHEN si.outcome = 'late' THEN 1 ELSE 0 END) AS late FROM step_instance si "
                       "WHERE si.finished_at >= ? AND si.finished_at < ? AND si.finished_by IS NOT NULL "
                       "GROUP BY si.finished_by) s ON s.user_id = u.id "
                       "LEFT JOIN (SELECT d.assignee_id AS user_id, count(*) AS overdue FROM dossier d "
                       "WHERE %1 AND d.paused = 0 AND d.due_at < ? AND d.assignee_id IS NOT NULL "
                       "GROUP BY d.assignee_id) o ON o.user_id = u.id "
                       "WHERE (s.user_id IS NOT NULL OR o.user_id IS NOT NULL) AND (? = 0 OR u.department_id = ?) "
                       "ORDER BY u.login")
            .arg(statusIn(StatusGroup::InProgress));
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (Status status = exec(query, sql, {storedMoment(from), storedMoment(end), storedMoment(now), departmentId, departmentId}); !status) {
        return status.error();
    }
    QList<PersonCount> people;
    while (query.next()) {
        people.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toLongLong(), query.value(4).toLongLong(), query.value(5).toLongLong()});
    }
    return people;
}

Result<QList<StepPassage>> ReportQueries::stepsFinishedIn(const QDateTime& from, const QDateTime& end) const
{
    // The steps by their finish index; the earlier late step of the same dossier through the per-dossier index.
    const QString sql = QStringLiteral(
        "SELECT d.procedure_id, d.process_id, si.position, si.started_at, si.finished_at, "
        "CASE WHEN si.outcome = 'late' THEN 1 ELSE 0 END, "
        "CASE WHEN si.outcome = 'late' AND NOT EXISTS (SELECT 1 FROM step_instance e WHERE e.dossier_id = "
        "si.dossier_id AND e.id < si.id AND e.outcome = 'late') THEN 1 ELSE 0 END "
        "FROM step_instance si JOIN dossier d ON d.id = si.dossier_id "
        "WHERE si.finished_at >= ? AND si.finished_at < ?");
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (Status status = exec(query, sql, {storedMoment(from), storedMoment(end)}); !status) {
        return status.error();
    }
    QList<StepPassage> steps;
    while (query.next()) {
        steps.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toInt(),
                      momentFromStored(query.value(3)), momentFromStored(query.value(4)), query.value(5).toInt() == 1,
                      query.value(6).toInt() == 1});
    }
    return steps;
}

Result<QList<QPair<int, qint64>>> ReportQueries::overdueBySteps(const QDateTime& now, qint64 departmentId) const
{
    const QString sql = QStringLiteral("SELECT coalesce(d.current_step, 0), count(*) FROM dossier d WHERE %1 AND "
                                       "d.paused = 0 AND d.due_at < ? AND (? = 0 OR d.department_id = ?) "
                                       "GROUP BY coalesce(d.current_step, 0) ORDER BY 1")
                            .arg(statusIn(StatusGroup::InProgress));
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (Status status = exec(query, sql, {storedMoment(now), departmentId, departmentId}); !status) {
        return status.error();
    }
    QList<QPair<int, qint64>> counts;
    while (query.next()) {
        counts.append({query.value(0).toInt(), query.value(1).toLongLong()});
    }
    return counts;
}

Result<QList<ReportStep>> ReportQueries::processSteps() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (Status status = exec(query, QStringLiteral("SELECT process_id, position, content, time_unit, time_amount "
                                                   "FROM process_step ORDER BY process_id, position"));
        !status) {
        return status.error();
    }
    QList<ReportStep> steps;
    while (query.next()) {
        steps.append({query.value(0).toLongLong(), query.value(1).toInt(), query.value(2).toString(),
                      query.value(3).toString(), query.value(4).toDouble()});
    }
    return steps;
}

} // namespace motcua::storage
