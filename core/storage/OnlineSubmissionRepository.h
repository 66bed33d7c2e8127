#pragma once

#include "core/common/Result.h"
#include "core/storage/Database.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace motcua::storage {

// What the portal sent for one dossier: its reference, when the applicant submitted, the file it came in.
struct OnlineSubmissionRow {
    qint64 dossierId = 0;
    QString reference;
    QDateTime submittedAt;
    QString fileName;
};

// One line of the clerks' worklist "Hồ sơ trực tuyến chờ tiếp nhận".
struct OnlineQueueEntry {
    qint64 dossierId = 0;
    int version = 0;
    QString reference;
    QDateTime submittedAt;
    QString applicantName;
    QString phone;
    QString procedureCode;
    QString procedureName;
    int documents = 0;
    QDateTime supplementRequestedAt; // the last Mẫu 02 sent for it; invalid: none
};

// One file read from the inbox (or given to `motcua-cli submit`), as the clerks see it in the import log.
struct ImportLogEntry {
    enum class Outcome { Imported, Duplicate, Rejected };
    qint64 id = 0;
    QDateTime at;
    QString fileName;
    QString digest;
    Outcome outcome = Outcome::Imported;
    QString reason;
    qint64 dossierId = 0;
};
QString outcomeKey(ImportLogEntry::Outcome outcome);

class OnlineSubmissionRepository {
public:
    explicit OnlineSubmissionRepository(Database& database)
        : m_database(database)
    {}

    // Inside the caller's transaction.
    Status insert(const OnlineSubmissionRow& row);
    Status update(const OnlineSubmissionRow& row);
    Result<std::optional<OnlineSubmissionRow>> byReference(const QString& reference) const;
    Result<std::optional<OnlineSubmissionRow>> byDossier(qint64 dossierId) const;
    // The dossier a file of these bytes was imported into; nullopt when it never was.
    Result<std::optional<qint64>> importedDigest(const QString& digest) const;
    Status log(ImportLogEntry& entry);

    // The submissions waiting for a clerk, oldest first.
    Result<QList<OnlineQueueEntry>> waiting(int limit = 500) const;
    Result<int> waitingCount() const;
    // The import log, newest first.
    Result<QList<ImportLogEntry>> recentLog(int limit = 200) const;

private:
    Database& m_database;
};

} // namespace motcua::storage
