#include "core/storage/RegisterQueries.h"

#include "core/storage/StoredMoment.h"
#include "core/storage/SqlQuery.h"

#include <QCoreApplication>

namespace motcua::storage {

Result<QList<RegisterLine>> registerLines(Database& database, const QDate& from, const QDate& to)
{
    if (!from.isValid() || !to.isValid() || to < from) {
        return Error::invalid(
            QStringLiteral("to"),
            QCoreApplication::translate("motcua::storage", "The end of the period is before its start."));
    }
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    const Status status =
        exec(query,
             QStringLiteral("SELECT d.code, p.name, d.applicant_name, d.address, d.phone, dep.name, d.received_at, "
                            "d.due_at, d.returned_at, d.delivery, d.status "
                            "FROM dossier d JOIN procedure p ON p.id = d.procedure_id "
                            "LEFT JOIN department dep ON dep.id = p.department_id "
                            "WHERE d.received_at >= ? AND d.received_at < ? "
                            "ORDER BY d.received_at, d.code LIMIT ?"),
             {from.toString(Qt::ISODate), to.addDays(1).toString(Qt::ISODate), kMaxRegisterLines + 1});
    if (!status) {
        return status.error();
    }
    QList<RegisterLine> lines;
    while (query.next()) {
        if (lines.size() == kMaxRegisterLines) {
            return Error::invalid(QStringLiteral("from"),
                                  QCoreApplication::translate("motcua::storage",
                                                              "More than %1 dossiers were received in this "
                                                              "period; print the register for a shorter period.")
                                      .arg(kMaxRegisterLines));
        }
        RegisterLine line;
        line.code = query.value(0).toString();
        line.procedure = query.value(1).toString();
        line.applicant = query.value(2).toString();
        line.address = query.value(3).toString();
        line.phone = query.value(4).toString();
        line.department = query.value(5).toString();
        line.receivedAt = momentFromStored(query.value(6));
        line.dueAt = momentFromStored(query.value(7));
        line.returnedAt = momentFromStored(query.value(8));
        line.delivery = dossier::deliveryFromKey(query.value(9).toString()).value_or(dossier::Delivery::Counter);
        line.status = dossier::DossierStatus(query.value(10).toInt());
        lines.append(std::move(line));
    }
    return lines;
}

} // namespace motcua::storage
