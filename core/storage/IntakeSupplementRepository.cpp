#include "core/storage/IntakeSupplementRepository.h"

#include "core/common/TextFold.h"
#include "core/storage/DossierRepository.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/StoredMoment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace motcua::storage {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT s.id, s.year, s.number, s.at, s.procedure_id, p.code, p.name, s.applicant_name, s.address, s.phone, "
    "s.missing, s.guidance, s.clerk_id, coalesce(u.full_name, '') FROM intake_supplement s "
    "JOIN procedure p ON p.id = s.procedure_id LEFT JOIN user_account u ON u.id = s.clerk_id ");

IntakeSupplementRecord fromRow(const QSqlQuery& query)
{
    IntakeSupplementRecord record;
    record.id = query.value(0).toLongLong();
    record.year = query.value(1).toInt();
    record.number = query.value(2).toInt();
    record.at = momentFromStored(query.value(3).toString());
    record.procedureId = query.value(4).toLongLong();
    record.procedureCode = query.value(5).toString();
    record.procedureName = query.value(6).toString();
    record.applicantName = query.value(7).toString();
    record.address = query.value(8).toString();
    record.phone = query.value(9).toString();
    for (const auto& name : QJsonDocument::fromJson(query.value(10).toString().toUtf8()).array()) {
        record.missing << name.toString();
    }
    record.guidance = query.value(11).toString();
    record.clerkId = query.value(12).toLongLong();
    record.clerkName = query.value(13).toString();
    return record;
}

} // namespace

Status IntakeSupplementRepository::record(IntakeSupplementRecord& record)
{
    record.year = record.at.date().year();
    auto number = DossierRepository(m_database).nextInSequence(QStringLiteral("supplement:%1").arg(record.year));
    if (!number) {
        return number.error();
    }
    record.number = *number;
    QSqlQuery query(m_database.connection());
    if (Status status = exec(
            query,
            QStringLiteral("INSERT INTO intake_supplement (at, procedure_id, applicant_name, phone, missing, clerk_id, "
                           "year, number, address, guidance) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {storedMoment(record.at), record.procedureId, record.applicantName, notNullText(record.phone),
             QString::fromUtf8(
                 QJsonDocument(QJsonArray::fromStringList(record.missing)).toJson(QJsonDocument::Compact)),
             record.clerkId, record.year, record.number, notNullText(record.address), notNullText(record.guidance)});
        !status) {
        return status;
    }
    record.id = returnedId(query);
    return {};
}

Result<IntakeSupplementRecord> IntakeSupplementRepository::byId(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    if (Status status = exec(query, kSelect + QStringLiteral("WHERE s.id = ?"), {id}); !status) {
        return status.error();
    }
    if (!query.next()) {
        return Error{ErrorCode::NotFound, {}, QStringLiteral("supplement")};
    }
    return fromRow(query);
}

Result<QList<IntakeSupplementRecord>> IntakeSupplementRepository::list(const QString& search, int limit) const
{
    // Requests at the counter are few (a handful a day): the newest are read and matched here, so that "huong"
    // finds "Hương" as the dossier search does.
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (Status status = exec(query, kSelect + QStringLiteral("ORDER BY s.at DESC, s.id DESC LIMIT 5000")); !status) {
        return status.error();
    }
    const QString folded = foldForSearch(search.trimmed());
    static const QRegularExpression nonDigits(QStringLiteral("[^0-9]"));
    const auto digitsOf = [](QString text) {
        return text.remove(nonDigits);
    };
    const QString digits = digitsOf(search);
    QList<IntakeSupplementRecord> records;
    while (query.next() && records.size() < limit) {
        IntakeSupplementRecord record = fromRow(query);
        const bool matches = folded.isEmpty() || foldForSearch(record.applicantName).contains(folded) ||
                             (!digits.isEmpty() && digitsOf(record.phone).contains(digits));
        if (matches) {
            records.append(std::move(record));
        }
    }
    return records;
}

} // namespace motcua::storage
