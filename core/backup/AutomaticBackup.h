#pragma once

#include "core/storage/Backup.h"

#include <QCoreApplication>
#include <QDate>

namespace motcua::backup {

// The daily backup into the configured folder (setting backup.folder): at the first start of the day and from
// `motcua-cli backup --auto` (cron). Each copy is verified; the folder keeps the newest copy of each of the last
// N days (backup.keep_daily, 30) and of each of the last M months (backup.keep_monthly, 12). A failure is recorded
// (setting backup.automatic_error and the administration log) for the administrator to see at the next start.
class AutomaticBackup {
    Q_DECLARE_TR_FUNCTIONS(motcua::backup::AutomaticBackup)

public:
    AutomaticBackup(storage::Database& database, const Clock& clock)
        : m_database(database)
        , m_clock(clock)
    {}

    // A folder is configured and no automatic backup succeeded today.
    bool isDue() const;
    // Takes one now (whether due or not), records the outcome and prunes the folder.
    Result<storage::BackupSummary> run();
    // The error of the last automatic backup, if it failed ("" otherwise).
    QString lastError() const;

    // The files of `folder` to delete under the retention rule (the newest per day for `keepDaily` days, the
    // newest per month for `keepMonthly` months); only names made by run() are considered.
    static QStringList toPrune(const QString& folder, int keepDaily, int keepMonthly);
    // motcua-YYYYMMDD-HHMMSS.sqlite, or .dump for a server's database.
    static QString fileName(const QDateTime& moment, storage::SqlEngine engine = storage::SqlEngine::Sqlite);

private:
    Result<storage::BackupSummary> take();

    storage::Database& m_database;
    const Clock& m_clock;
};

} // namespace motcua::backup
