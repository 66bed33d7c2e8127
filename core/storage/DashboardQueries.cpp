#include "core/storage/DashboardQueries.h"

#include "core/storage/StoredMoment.h"
#include "core/storage/SqlQuery.h"

namespace motcua::storage {

Result<QList<DashboardRow>> DashboardQueries::counts(const QDateTime& now, const QDateTime& endOfToday,
                                                     const QDateTime& oneWorkingDayLater) const
{
    // One pass over the open dossiers (the status index), grouped in SQL: nothing per dossier reaches the caller.
    // Moments are stored as ISO text at the agency's fixed offset, so text comparison is time order.
    using dossier::StatusGroup;
    static const QString sql =
        QStringLiteral(
            "SELECT coalesce(dep.code, ''), coalesce(dep.name, ''), g.step, g.step_name, g.overdue, g.due_today, "
            "g.due_soon, g.paused FROM (SELECT d.department_id AS department_id, coalesce(d.current_step, 0) AS step, "
            "coalesce(ps.content, '') AS step_name, "
            "sum(CASE WHEN %1 AND d.paused = 0 AND d.due_at < ? THEN 1 ELSE 0 END) AS overdue, "
            "sum(CASE WHEN %1 AND d.paused = 0 AND d.due_at >= ? AND d.due_at <= ? THEN 1 ELSE 0 END) "
            "AS due_today, "
            "sum(CASE WHEN %1 AND d.paused = 0 AND d.due_at >= ? AND d.due_at <= ? THEN 1 ELSE 0 END) "
            "AS due_soon, "
            "sum(CASE WHEN %2 OR d.paused = 1 THEN 1 ELSE 0 END) AS paused "
            "FROM dossier d LEFT JOIN process_step ps ON ps.process_id = d.process_id AND ps.position = d.current_step "
            "WHERE %3 GROUP BY d.department_id, coalesce(d.current_step, 0), coalesce(ps.content, '')) g "
            "LEFT JOIN department dep ON dep.id = g.department_id "
            "WHERE g.overdue > 0 OR g.due_today > 0 OR g.due_soon > 0 OR g.paused > 0 "
            "ORDER BY coalesce(dep.code, ''), g.step, g.step_name")
            .arg(statusIn(StatusGroup::InProgress), statusIn(StatusGroup::Paused), statusIn(StatusGroup::Open));
    const QString nowText = storedMoment(now);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (Status status =
            exec(query, sql, {nowText, nowText, storedMoment(endOfToday), nowText, storedMoment(oneWorkingDayLater)});
        !status) {
        return status.error();
    }
    QList<DashboardRow> rows;
    while (query.next()) {
        rows.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toInt(),
                     query.value(3).toString(), query.value(4).toLongLong(), query.value(5).toLongLong(),
                     query.value(6).toLongLong(), query.value(7).toLongLong()});
    }
    return rows;
}

} // namespace motcua::storage
