#pragma once

#include "core/dossier/Dossier.h"
#include "core/storage/Database.h"

#include <optional>

namespace motcua::storage {

// Where a page of a list ended: the last row's sort key and id. A list given a cursor continues after that row
// (keyset paging), so a deep page costs what the first one does, where OFFSET would skip every row before it.
struct DossierCursor {
    QDateTime sortKey; // received_at in the received order, due_at in the due order (DossierQueries::ordersByDue)
    qint64 id = 0;
};

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
    std::optional<int> currentStep;        // at this step of their process now
    QString stepName;                      // … whose content is this (steps of one position differ between processes)
    bool pausedOnly = false;               // open and paused (supplement, financial obligation or another pause)
    qint64 assigneeId = 0;
    QString search; // accent-insensitive: applicant, code, identity number, phone
    int limit = 100;
    int offset = 0;
    std::optional<DossierCursor> after; // continue after this row (see DossierQueries::cursorAfter)
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
    qint64 id = 0;
};

// Read-only lists over the dossiers, filtered and paged in SQL. Lists come received newest first, or due soonest
// first when the filter asks for overdue or due-between dossiers; ties are broken by id.
class DossierQueries {
public:
    explicit DossierQueries(Database& database)
        : m_database(database)
    {}

    Result<QList<DossierSummary>> list(const DossierFilter& filter) const;
    Result<qint64> count(const DossierFilter& filter) const;
    // The stored code that was typed or scanned (as is, or in upper case, surrounding spaces ignored); empty
    // when there is no such dossier.
    Result<QString> existingCode(const QString& typed) const;

    static bool ordersByDue(const DossierFilter& filter) { return filter.overdueAt || filter.dueBetweenTo; }
    // Whether the total of `filter` is read from the counter of dossiers by department and status (dossier_count):
    // it filters by nothing else. Any other filter counts the matching rows through an index.
    static bool countedByDepartmentAndStatus(const DossierFilter& filter);
    // The cursor that continues a list with `filter` after `row`, one of its rows.
    static DossierCursor cursorAfter(const DossierFilter& filter, const DossierSummary& row);

private:
    enum class Purpose { Count, List };
    QString where(const DossierFilter& filter, Purpose purpose, QVariantList& values) const;

    Database& m_database;
};

} // namespace motcua::storage
