#include "core/storage/RegisterQueries.h"

#include "core/storage/SqlQuery.h"
#include "core/storage/StoredMoment.h"

#include <QCoreApplication>

namespace motcua::storage {

namespace {

const QString kPeriod = QStringLiteral("d.received_at >= ? AND d.received_at < ?");

} // namespace

RegisterReader::RegisterReader(Database& database, const QDate& from, const QDate& to, int pageLines)
    : m_database(database)
    , m_from(from)
    , m_to(to)
    , m_pageLines(std::max(1, pageLines))
{}

Status RegisterReader::checkPeriod() const
{
    if (!m_from.isValid() || !m_to.isValid() || m_to < m_from) {
        return Error::invalid(
            QStringLiteral("to"),
            QCoreApplication::translate("motcua::storage", "The end of the period is before its start."));
    }
    return {};
}

Result<qint64> RegisterReader::count() const
{
    if (Status period = checkPeriod(); !period) {
        return period.error();
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (Status status = exec(query, QStringLiteral("SELECT COUNT(*) FROM dossier d WHERE ") + kPeriod,
                             {m_from.toString(Qt::ISODate), m_to.addDays(1).toString(Qt::ISODate)});
        !status) {
        return status.error();
    }
    return query.next() ? query.value(0).toLongLong() : 0;
}

Result<QList<RegisterLine>> RegisterReader::next()
{
    if (Status period = checkPeriod(); !period) {
        return period.error();
    }
    if (m_finished) {
        return QList<RegisterLine>();
    }
    QVariantList values{m_from.toString(Qt::ISODate), m_to.addDays(1).toString(Qt::ISODate)};
    QString after;
    if (m_started) {
        // After the last line read: a row-value comparison, which both engines answer from the index.
        after = QStringLiteral(" AND (d.received_at, d.id) > (?, ?)");
        values << m_lastReceived << m_lastId;
    }
    values << m_pageLines;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const Status status =
        exec(query,
             QStringLiteral("SELECT d.code, p.name, d.applicant_name, d.address, d.phone, dep.name, d.received_at, "
                            "d.due_at, d.returned_at, d.delivery, d.status, d.id "
                            "FROM dossier d JOIN procedure p ON p.id = d.procedure_id "
                            "LEFT JOIN department dep ON dep.id = p.department_id WHERE ") +
                 kPeriod + after + QStringLiteral(" ORDER BY d.received_at, d.id LIMIT ?"),
             values);
    if (!status) {
        return status.error();
    }
    QList<RegisterLine> lines;
    lines.reserve(m_pageLines);
    while (query.next()) {
        RegisterLine line;
        line.code = query.value(0).toString();
        line.procedure = query.value(1).toString();
        line.applicant = query.value(2).toString();
        line.address = query.value(3).toString();
        line.phone = query.value(4).toString();
        line.department = query.value(5).toString();
        m_lastReceived = query.value(6).toString();
        line.receivedAt = momentFromStored(query.value(6));
        line.dueAt = momentFromStored(query.value(7));
        line.returnedAt = momentFromStored(query.value(8));
        line.delivery = dossier::deliveryFromKey(query.value(9).toString()).value_or(dossier::Delivery::Counter);
        line.status = dossier::DossierStatus(query.value(10).toInt());
        m_lastId = query.value(11).toLongLong();
        lines.append(std::move(line));
    }
    m_started = true;
    m_finished = lines.size() < m_pageLines;
    return lines;
}

} // namespace motcua::storage
