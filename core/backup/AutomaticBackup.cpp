#include "core/backup/AutomaticBackup.h"

#include "core/storage/AdminLog.h"
#include "core/storage/ServerBackup.h"
#include "core/storage/Settings.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace motcua::backup {

using storage::Settings;

namespace {

const QRegularExpression& namePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^motcua-(\\d{8})-(\\d{6})\\.(sqlite|dump)$"));
    return pattern;
}

} // namespace

QString AutomaticBackup::fileName(const QDateTime& moment, storage::SqlEngine engine)
{
    return QStringLiteral("motcua-") + moment.toString(QStringLiteral("yyyyMMdd-HHmmss")) +
           (engine == storage::SqlEngine::PostgreSql ? QStringLiteral(".dump") : QStringLiteral(".sqlite"));
}

bool AutomaticBackup::isDue() const
{
    const Settings settings(m_database, m_clock);
    return !settings.backupFolder().isEmpty() && settings.lastAutomaticBackup() < m_clock.now().date();
}

QString AutomaticBackup::lastError() const
{
    return Settings(m_database, m_clock).automaticBackupError();
}

QStringList AutomaticBackup::toPrune(const QString& folder, int keepDaily, int keepMonthly)
{
    // Newest first: the names sort by their moment.
    QStringList names = QDir(folder).entryList(QDir::Files, QDir::Name | QDir::Reversed);
    names.erase(std::remove_if(names.begin(), names.end(),
                               [](const QString& name) { return !namePattern().match(name).hasMatch(); }),
                names.end());
    QSet<QString> days;
    QSet<QString> months;
    QStringList pruned;
    for (const QString& name : names) {
        const QString day = namePattern().match(name).captured(1);
        const QString month = day.left(6);
        bool keep = false;
        if (!days.contains(day) && days.size() < keepDaily) {
            days.insert(day);
            keep = true;
        }
        if (!months.contains(month) && months.size() < keepMonthly) {
            months.insert(month);
            keep = true;
        }
        if (!keep) {
            pruned << QDir(folder).filePath(name);
        }
    }
    return pruned;
}

Result<storage::BackupSummary> AutomaticBackup::take()
{
    const Settings settings(m_database, m_clock);
    const QString folder = settings.backupFolder();
    if (folder.isEmpty()) {
        return Error::invalid(Settings::keyName(Settings::Key::BackupFolder),
                              tr("No folder is configured for the automatic backups."));
    }
    if (!QDir().mkpath(folder)) {
        return Error::storage(tr("Cannot create the backup folder %1.").arg(folder));
    }
    return storage::Backup::create(
        m_database, QDir(folder).filePath(fileName(m_clock.now(), m_database.dialect().engine())), m_clock);
}

Result<storage::BackupSummary> AutomaticBackup::run()
{
    auto summary = take();
    Settings settings(m_database, m_clock);
    storage::AdminLog log(m_database, m_clock);
    if (!summary) {
        // Recorded for the administrator; a failure to record it is itself only logged.
        (void)m_database.transaction([&]() -> Status {
            if (Status recorded = settings.record(Settings::Key::AutomaticBackupError, summary.error().message);
                !recorded) {
                return recorded;
            }
            return log.append(0, QStringLiteral("backup.failed"), {{QStringLiteral("error"), summary.error().message}});
        });
        return summary;
    }
    Status recorded = m_database.transaction([&]() -> Status {
        if (Status day =
                settings.record(Settings::Key::LastAutomaticBackup, m_clock.now().date().toString(Qt::ISODate));
            !day) {
            return day;
        }
        if (Status cleared = settings.record(Settings::Key::AutomaticBackupError, QString()); !cleared) {
            return cleared;
        }
        return log.append(0, QStringLiteral("backup.automatic"),
                          {{QStringLiteral("file"), summary->file}, {QStringLiteral("dossiers"), summary->dossiers}});
    });
    if (!recorded) {
        return recorded.error();
    }
    for (const QString& old :
         toPrune(settings.backupFolder(), settings.backupKeepDaily(), settings.backupKeepMonthly())) {
        QFile::remove(old);
        QFile::remove(storage::ServerBackup::manifestPath(old)); // a server's dump has its manifest beside it
    }
    return summary;
}

} // namespace motcua::backup
