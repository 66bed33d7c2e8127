#pragma once

#include "core/storage/HistoryChain.h"
#include "core/storage/SqlDialect.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace motcua::storage {

class Database;
struct BackupSummary;

// One thing verify found: where (a table and a row id, the dossier's code for a dossier), a key saying what kind of
// change (edited, deleted, inserted, head, backup; status, paused, step, assignee, due, history for a dossier) and
// the reason in one line, translated.
struct AuditFinding {
    QString table;
    qint64 id = 0;
    QString dossierCode;
    QString check;
    QString reason;

    QString line() const; // "dossier_event 57: …", "dossier 000.00.00.H00-260105-0001: …"
    QJsonObject toJson() const;
};

// motcua-cli verify and the administrator's check: walks the hash chain of each history in id order, then every
// dossier against its events and open step, then the counter of dossiers by department and status against the rows,
// streaming in batches (memory does not grow with the database). Every
// finding goes to `found` as it is made; progress and cancelling between batches.
class HistoryAudit {
    Q_DECLARE_TR_FUNCTIONS(motcua::storage::HistoryAudit)

public:
    using Found = std::function<void(const AuditFinding& finding)>;
    // The part under way ("dossier_event", "admin_log", "dossier"), its rows done and its rows in all.
    using Progress = std::function<void(const QString& part, qint64 done, qint64 total)>;
    using Cancelled = std::function<bool()>;

    struct Outcome {
        qint64 entries = 0;  // history rows walked
        qint64 dossiers = 0; // dossiers checked
        qint64 findings = 0;
        qint64 elapsedMs = 0;
        bool cancelled = false;
    };

    HistoryAudit(QSqlDatabase db, const SqlDialect& dialect)
        : m_db(std::move(db))
        , m_dialect(dialect)
    {}

    // Opens another connection to the same database, on the thread that calls it.
    using OpenConnection = std::function<Result<std::unique_ptr<Database>>()>;

    // With a second connection, the dossiers are checked on it, on a thread of their own, while the histories' chains
    // are walked on this one: the two halves of the check on two cores. Their findings and progress still reach
    // `found` and `progress` on the thread that called run(), the chains' findings first, as without.
    void checkDossiersAlongside(OpenConnection open) { m_openSecond = std::move(open); }

    Result<Outcome> run(const Found& found, const Progress& progress = {}, const Cancelled& cancelled = {}) const;
    // The heads a backup recorded, held against this database: each chain must still have, at the recorded last id,
    // the recorded hash (a history rewritten since, even with its hashes computed again, no longer has it).
    Result<qint64> checkBackup(const BackupSummary& backup, const Found& found) const;

private:
    struct Walk;
    Status walkChain(HistoryTable table, Walk& walk) const;
    Status checkDossiers(Walk& walk) const;
    Status checkDossiersOnSecondConnection(Walk& walk, const std::function<Status()>& walkChains) const;
    Status checkCounts(Walk& walk) const;

    QSqlDatabase m_db;
    SqlDialect m_dialect;
    OpenConnection m_openSecond;
};

} // namespace motcua::storage
