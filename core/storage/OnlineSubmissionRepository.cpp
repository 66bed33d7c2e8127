#include "core/storage/OnlineSubmissionRepository.h"

#include "core/dossier/Dossier.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/StoredMoment.h"

namespace motcua::storage {

namespace {

std::optional<OnlineSubmissionRow> rowFrom(QSqlQuery& query)
{
    if (!query.next()) {
        return std::nullopt;
    }
    return OnlineSubmissionRow{query.value(0).toLongLong(), query.value(1).toString(),
                               momentFromStored(query.value(2)), query.value(3).toString()};
}

const QString kSubmissionColumns = QStringLiteral("SELECT dossier_id, reference, submitted_at, file_name FROM "
                                                  "online_submission WHERE ");

} // namespace

QString outcomeKey(ImportLogEntry::Outcome outcome)
{
    switch (outcome) {
    case ImportLogEntry::Outcome::Imported:
        return QStringLiteral("imported");
    case ImportLogEntry::Outcome::Duplicate:
        return QStringLiteral("duplicate");
    case ImportLogEntry::Outcome::Rejected:
        break;
    }
    return QStringLiteral("rejected");
}

Status OnlineSubmissionRepository::insert(const OnlineSubmissionRow& row)
{
    QSqlQuery query(m_database.connection());
    return exec(query,
                QStringLiteral("INSERT INTO online_submission (dossier_id, reference, submitted_at, file_name) "
                               "VALUES (?, ?, ?, ?)"),
                {row.dossierId, row.reference, storedMoment(row.submittedAt), notNullText(row.fileName)});
}

Status OnlineSubmissionRepository::update(const OnlineSubmissionRow& row)
{
    QSqlQuery query(m_database.connection());
    return exec(query,
                QStringLiteral("UPDATE online_submission SET submitted_at = ?, file_name = ? WHERE dossier_id = ?"),
                {storedMoment(row.submittedAt), notNullText(row.fileName), row.dossierId});
}

Result<std::optional<OnlineSubmissionRow>> OnlineSubmissionRepository::byReference(const QString& reference) const
{
    QSqlQuery query(m_database.connection());
    if (Status status = exec(query, kSubmissionColumns + QStringLiteral("reference = ?"), {reference}); !status) {
        return status.error();
    }
    return rowFrom(query);
}

Result<std::optional<OnlineSubmissionRow>> OnlineSubmissionRepository::byDossier(qint64 dossierId) const
{
    QSqlQuery query(m_database.connection());
    if (Status status = exec(query, kSubmissionColumns + QStringLiteral("dossier_id = ?"), {dossierId}); !status) {
        return status.error();
    }
    return rowFrom(query);
}

Result<std::optional<qint64>> OnlineSubmissionRepository::importedDigest(const QString& digest) const
{
    QSqlQuery query(m_database.connection());
    if (Status status = exec(query,
                             QStringLiteral("SELECT dossier_id FROM online_import_log WHERE digest = ? AND outcome = "
                                            "'imported' ORDER BY id LIMIT 1"),
                             {digest});
        !status) {
        return status.error();
    }
    if (!query.next()) {
        return std::optional<qint64>();
    }
    return std::optional<qint64>(query.value(0).toLongLong());
}

Status OnlineSubmissionRepository::log(ImportLogEntry& entry)
{
    QSqlQuery query(m_database.connection());
    if (Status status = exec(query,
                             QStringLiteral("INSERT INTO online_import_log (at, file_name, digest, outcome, reason, "
                                            "dossier_id) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                             {storedMoment(entry.at), notNullText(entry.fileName), notNullText(entry.digest),
                              outcomeKey(entry.outcome), notNullText(entry.reason),
                              entry.dossierId > 0 ? QVariant(entry.dossierId) : QVariant()});
        !status) {
        return status;
    }
    entry.id = returnedId(query);
    return {};
}

Result<QList<OnlineQueueEntry>> OnlineSubmissionRepository::waiting(int limit) const
{
    QSqlQuery query(m_database.connection());
    if (Status status = exec(
            query,
            QStringLiteral(
                "SELECT d.id, d.version, s.reference, s.submitted_at, d.applicant_name, d.phone, p.code, p.name, "
                "(SELECT count(*) FROM dossier_document dd WHERE dd.dossier_id = d.id), "
                "(SELECT max(e.at) FROM dossier_event e WHERE e.dossier_id = d.id AND e.action = "
                "'request_supplement_online') "
                "FROM dossier d JOIN online_submission s ON s.dossier_id = d.id JOIN procedure p ON p.id = "
                "d.procedure_id WHERE d.status = ? ORDER BY s.submitted_at, d.id LIMIT ?"),
            {static_cast<int>(dossier::DossierStatus::SubmittedOnline), limit});
        !status) {
        return status.error();
    }
    QList<OnlineQueueEntry> entries;
    while (query.next()) {
        entries.append({query.value(0).toLongLong(), query.value(1).toInt(), query.value(2).toString(),
                        momentFromStored(query.value(3)), query.value(4).toString(), query.value(5).toString(),
                        query.value(6).toString(), query.value(7).toString(), query.value(8).toInt(),
                        momentFromStored(query.value(9))});
    }
    return entries;
}

Result<int> OnlineSubmissionRepository::waitingCount() const
{
    QSqlQuery query(m_database.connection());
    if (Status status = exec(query, QStringLiteral("SELECT count(*) FROM dossier WHERE status = ?"),
                             {static_cast<int>(dossier::DossierStatus::SubmittedOnline)});
        !status) {
        return status.error();
    }
    query.next();
    return query.value(0).toInt();
}

Result<QList<ImportLogEntry>> OnlineSubmissionRepository::recentLog(int limit) const
{
    QSqlQuery query(m_database.connection());
    if (Status status = exec(query,
                             QStringLiteral("SELECT id, at, file_name, digest, outcome, reason, coalesce(dossier_id, "
                                            "0) FROM online_import_log ORDER BY id DESC LIMIT ?"),
                             {limit});
        !status) {
        return status.error();
    }
    QList<ImportLogEntry> entries;
    while (query.next()) {
        const QString outcome = query.value(4).toString();
        entries.append({query.value(0).toLongLong(), momentFromStored(query.value(1)), query.value(2).toString(),
                        query.value(3).toString(),
                        outcome == QLatin1String("imported")    ? ImportLogEntry::Outcome::Imported
                        : outcome == QLatin1String("duplicate") ? ImportLogEntry::Outcome::Duplicate
                                                                : ImportLogEntry::Outcome::Rejected,
                        query.value(5).toString(), query.value(6).toLongLong()});
    }
    return entries;
}

} // namespace motcua::storage
