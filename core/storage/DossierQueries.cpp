#include "core/storage/DossierQueries.h"

#include "core/common/TextFold.h"
#include "core/storage/StoredMoment.h"
#include "core/storage/SqlQuery.h"

#include <QStringList>

namespace motcua::storage {

using dossier::DossierStatus;

namespace {

// Statuses of a dossier still in the agency's hands with the clock running.
const QString kInProgress = statusIn(dossier::StatusGroup::InProgress) + QStringLiteral(" AND d.paused = 0");

} // namespace

QString DossierQueries::where(const DossierFilter& filter, Purpose purpose, QVariantList& values) const
{
    // A list in received order walks the received_at index newest first and stops after one page. Without
    // statistics SQLite would rather take the status or department index and sort every matching row for each
    // page: seconds on a million closed dossiers. A unary + on the column (valid in PostgreSQL as well) keeps
    // those indexes out of that plan; counts still use them. One status is the exception: the (status,
    // received_at) index gives its dossiers in received order, where walking every dossier received would take
    // long to find a page of a rare status.
    const bool walkReceived = purpose == Purpose::List && !ordersByDue(filter);
    const QString unindexed = walkReceived ? QStringLiteral("+") : QString();
    // Lists show received dossiers: an online submission never accepted has its own worklist (OnlineQueueService).
    QStringList conditions{QStringLiteral("d.received_at IS NOT NULL")};
    if (!filter.statuses.isEmpty()) {
        QStringList marks;
        for (DossierStatus status : filter.statuses) {
            marks << QStringLiteral("?");
            values << static_cast<int>(status);
        }
        conditions << QStringLiteral("%1d.status IN (%2)")
                          .arg(filter.statuses.size() == 1 ? QString() : unindexed, marks.join(QStringLiteral(", ")));
    }
    if (!filter.departmentCode.isEmpty()) {
        conditions << unindexed + QStringLiteral("d.department_id = (SELECT id FROM department WHERE code = ?)");
        values << filter.departmentCode;
    }
    if (!filter.procedureCode.isEmpty()) {
        conditions << QStringLiteral("d.procedure_id = (SELECT id FROM procedure WHERE code = ?)");
        values << filter.procedureCode;
    }
    if (filter.receivedFrom.isValid()) {
        conditions << QStringLiteral("d.received_at >= ?");
        values << filter.receivedFrom.toString(Qt::ISODate);
    }
    if (filter.receivedTo.isValid()) {
        conditions << QStringLiteral("d.received_at < ?");
        values << filter.receivedTo.addDays(1).toString(Qt::ISODate);
    }
    if (filter.overdueAt) {
        conditions << kInProgress << QStringLiteral("d.due_at < ?");
        values << storedMoment(*filter.overdueAt);
    }
    if (filter.dueBetweenFrom && filter.dueBetweenTo) {
        conditions << kInProgress << QStringLiteral("d.due_at >= ? AND d.due_at <= ?");
        values << storedMoment(*filter.dueBetweenFrom) << storedMoment(*filter.dueBetweenTo);
    }
    if (filter.currentStep) {
        conditions << QStringLiteral("d.current_step = ?");
        values << *filter.currentStep;
    }
    if (!filter.stepName.isEmpty()) {
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM process_step ps WHERE ps.process_id = d.process_id AND "
                                     "ps.position = d.current_step AND ps.content = ?)");
        values << filter.stepName;
    }
    if (filter.pausedOnly) {
        conditions << QStringLiteral("%1 AND (%2 OR d.paused = 1)")
                          .arg(statusIn(dossier::StatusGroup::Open), statusIn(dossier::StatusGroup::Paused));
    }
    if (filter.assigneeId > 0) {
        conditions << QStringLiteral("d.assignee_id = ?");
        values << filter.assigneeId;
    }
    if (!filter.search.trimmed().isEmpty()) {
        conditions << m_database.dialect().searchCondition(foldForSearch(filter.search), values);
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

Result<QList<DossierSummary>> DossierQueries::list(const DossierFilter& filter) const
{
    QVariantList values;
    QString condition = where(filter, Purpose::List, values);
    const bool byDue = ordersByDue(filter);
    if (filter.after) {
        // Row values: one range on the (key, id) order of the index, in SQLite (3.15+) and PostgreSQL alike.
        condition += condition.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
        condition +=
            byDue ? QStringLiteral("(d.due_at, d.id) > (?, ?)") : QStringLiteral("(d.received_at, d.id) < (?, ?)");
        values << storedMoment(filter.after->sortKey) << filter.after->id;
    }
    values << filter.limit << filter.offset;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (Status status =
            exec(query,
                 QStringLiteral("SELECT d.code, d.applicant_name, p.code, p.name, d.status, d.received_at, "
                                "d.due_at, coalesce(dep.code, ''), coalesce(dep.name, ''), coalesce(u.login, "
                                "''), coalesce(u.full_name, ''), coalesce(d.current_step, 0), d.paused, "
                                "d.version, d.id FROM dossier d JOIN procedure p ON p.id = d.procedure_id LEFT "
                                "JOIN department dep ON dep.id = d.department_id LEFT JOIN user_account u "
                                "ON u.id = d.assignee_id") +
                     condition +
                     (byDue ? QStringLiteral(" ORDER BY d.due_at, d.id")
                            : QStringLiteral(" ORDER BY d.received_at DESC, d.id DESC")) +
                     QStringLiteral(" LIMIT ? OFFSET ?"),
                 values);
        !status) {
        return status.error();
    }
    QList<DossierSummary> rows;
    while (query.next()) {
        rows.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toString(), static_cast<DossierStatus>(query.value(4).toInt()),
                     momentFromStored(query.value(5)), momentFromStored(query.value(6)), query.value(7).toString(),
                     query.value(8).toString(), query.value(9).toString(), query.value(10).toString(),
                     query.value(11).toInt(), query.value(12).toBool(), query.value(13).toInt(),
                     query.value(14).toLongLong()});
    }
    return rows;
}

bool DossierQueries::countedByDepartmentAndStatus(const DossierFilter& filter)
{
    return filter.procedureCode.isEmpty() && !filter.receivedFrom.isValid() && !filter.receivedTo.isValid() &&
           !filter.overdueAt && !filter.dueBetweenFrom && !filter.dueBetweenTo && !filter.currentStep &&
           filter.stepName.isEmpty() && !filter.pausedOnly && filter.assigneeId == 0 && filter.search.trimmed().isEmpty();
}

Result<qint64> DossierQueries::count(const DossierFilter& filter) const
{
    QVariantList values;
    QString sql;
    if (countedByDepartmentAndStatus(filter)) {
        // The counter table (migration 012) holds the received dossiers of each (department, status), kept by
        // triggers in the transaction of every change: a sum over a few dozen rows, whatever the number of dossiers.
        QStringList conditions;
        if (!filter.statuses.isEmpty()) {
            QStringList marks;
            for (DossierStatus status : filter.statuses) {
                marks << QStringLiteral("?");
                values << static_cast<int>(status);
            }
            conditions << QStringLiteral("c.status IN (%1)").arg(marks.join(QStringLiteral(", ")));
        }
        if (!filter.departmentCode.isEmpty()) {
            conditions << QStringLiteral("c.department_id = (SELECT id FROM department WHERE code = ?)");
            values << filter.departmentCode;
        }
        sql = QStringLiteral("SELECT CAST(coalesce(sum(c.n), 0) AS BIGINT) FROM dossier_count c") +
              (conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")));
    } else {
        sql = QStringLiteral("SELECT count(*) FROM dossier d") + where(filter, Purpose::Count, values);
    }
    QSqlQuery query(m_database.connection());
    if (Status status = exec(query, sql, values); !status) {
        return status.error();
    }
    query.next();
    return query.value(0).toLongLong();
}

Result<QString> DossierQueries::existingCode(const QString& typed) const
{
    const QString code = typed.trimmed();
    if (code.isEmpty()) {
        return QString();
    }
    QSqlQuery query(m_database.connection());
    if (Status status = exec(query, QStringLiteral("SELECT code FROM dossier WHERE code IN (?, ?) LIMIT 1"),
                             {code, code.toUpper()});
        !status) {
        return status.error();
    }
    return query.next() ? query.value(0).toString() : QString();
}

DossierCursor DossierQueries::cursorAfter(const DossierFilter& filter, const DossierSummary& row)
{
    return {ordersByDue(filter) ? row.dueAt : row.receivedAt, row.id};
}

} // namespace motcua::storage
