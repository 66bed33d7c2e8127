#pragma once

#include "core/dossier/Dossier.h"
#include "core/storage/Database.h"

#include <optional>

namespace motcua::storage {

// What a worklist asks for. Empty fields do not filter.
struct DossierFilter {
    QList<dossier::DossierStatus> statuses;
    QString departmentCode;
    QString procedureCode;
    QDate receivedFrom;
    QDate receivedTo;
    std::optional<QDateTime> overdueAt; // in progress (not paused) and due before this moment
    std::optional<QDateTime> dueBetweenFrom;
    std::optional<QDateTime> dueBetweenTo; // in progress and due in [from, to]
    qint64 assigneeId = 0;
    QString search; // accent-insensitive: applicant, code, identity number, phone
    int limit = 100;
    int offset = 0;
};

struct DossierSummary {
    QString code;
    QString applicantName;
    QString procedureCode;
    QString procedureName;
    dossier::DossierStatus status = dossier::DossierStatus::Accepted;
    QDateTime receivedAt;
    QDateTime dueAt;
    QString departmentCode;
    QString departmentName;
    QString assigneeLogin;
    QString assigneeName;
    int currentStep = 0;
    bool paused = false;
    int version = 0;
};

// Read-only lists over the dossiers, filtered and paged in SQL.
class DossierQueries {
public:
    explicit DossierQueries(Database& database)
        : m_database(database)
    {}

    Result<QList<DossierSummary>> list(const DossierFilter& filter) const;
    Result<qint64> count(const DossierFilter& filter) const;

private:
    QString where(const DossierFilter& filter, QVariantList& values) const;

    Database& m_database;
};

} // namespace motcua::storage
