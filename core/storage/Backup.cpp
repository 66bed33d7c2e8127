#include "core/storage/Backup.h"

#include "core/common/Logging.h"
#include "core/storage/ServerBackup.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/StoredMoment.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlRecord>

#include <atomic>

namespace motcua::storage {

namespace {

const QString kManifest = QStringLiteral("backup_manifest");
// The manifest's key of a history's head: "history_head.dossier_event".
const QString kHistoryHead = QStringLiteral("history_head.");

// A connection of its own to a database file (not a Database: no migration, no pragmas), closed with the object.
class FileConnection {
public:
    FileConnection(const QString& path, bool readOnly)
    {
        static std::atomic<int> counter{0};
        m_name = QStringLiteral("motcua-backup-%1").arg(counter++);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (readOnly) {
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        }
        if (!db.open()) {
            m_error = db.lastError().text();
        }
    }
    ~FileConnection()
    {
        {
            QSqlDatabase db = connection();
            if (db.isOpen()) {
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    FileConnection(const FileConnection&) = delete;
    FileConnection& operator=(const FileConnection&) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_name, false); }
    bool isOpen() const { return m_error.isNull(); }
    const QString& error() const { return m_error; }

private:
    QString m_name;
    QString m_error;
};

Result<QStringList> tables(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (Status status = exec(query,
                             // Plain tables: the search index (virtual) and its shadow tables follow the dossiers.
                             QStringLiteral("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = "
                                            "'table' AND name NOT LIKE 'sqlite_%' AND name <> ? ORDER BY name"),
                             {kManifest});
        !status) {
        return status.error();
    }
    QStringList names;
    while (query.next()) {
        names << query.value(0).toString();
    }
    return names;
}

Result<QMap<QString, qint64>> rowCounts(const QSqlDatabase& db)
{
    auto names = tables(db);
    if (!names) {
        return names.error();
    }
    QMap<QString, qint64> counts;
    QSqlQuery query(db);
    for (const QString& table : *names) {
        if (Status status = exec(query, QStringLiteral("SELECT count(*) FROM ") + SqlDialect::quoted(table)); !status) {
            return status.error();
        }
        query.next();
        counts.insert(table, query.value(0).toLongLong());
    }
    return counts;
}

// SHA-256 of every value of every row of every table (but the manifest), in table and rowid order, each value
// with its type and length so that no two contents give the same bytes.
Result<QByteArray> contentHash(const QSqlDatabase& db)
{
    auto names = tables(db);
    if (!names) {
        return names.error();
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto addPart = [&hash](char type, const QByteArray& bytes) {
        hash.addData(QByteArrayView(&type, 1));
        hash.addData(QByteArray::number(bytes.size()) + ':');
        hash.addData(bytes);
    };
    QSqlQuery query(db);
    query.setForwardOnly(true);
    for (const QString& table : *names) {
        addPart('t', table.toUtf8());
        if (Status status = exec(query, QStringLiteral("SELECT * FROM ") + SqlDialect::quoted(table) +
                                            QStringLiteral(" ORDER BY rowid"));
            !status) {
            return status.error();
        }
        const int columns = query.record().count();
        while (query.next()) {
            hash.addData(QByteArrayView("r", 1));
            for (int column = 0; column < columns; ++column) {
                const QVariant value = query.value(column);
                if (value.isNull()) {
                    addPart('n', {});
                } else if (value.typeId() == QMetaType::QByteArray) {
                    addPart('b', value.toByteArray());
                } else if (value.typeId() == QMetaType::Double) {
                    addPart('f', QByteArray::number(value.toDouble(), 'g', 17));
                } else {
                    addPart('v', value.toString().toUtf8());
                }
            }
        }
    }
    return hash.result().toHex();
}

Result<std::pair<QString, QString>> agencyOf(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (Status status = exec(query, QStringLiteral("SELECT code, name FROM agency WHERE id = 1")); !status) {
        return status.error();
    }
    if (!query.next()) {
        return std::pair<QString, QString>{};
    }
    return std::pair{query.value(0).toString(), query.value(1).toString()};
}

Error damaged(const QString& file, const QString& reason)
{
    return Error::invalid(QStringLiteral("backup"), Backup::tr("The backup %1 is damaged: %2").arg(file, reason));
}

void report(const Backup::Progress& progress, int percent, const QString& step)
{
    if (progress) {
        progress(percent, step);
    }
}

Status writeManifest(const QString& file, const Clock& clock)
{
    FileConnection copy(file, false);
    if (!copy.isOpen()) {
        return Error::storage(copy.error());
    }
    auto hash = contentHash(copy.connection());
    if (!hash) {
        return hash.error();
    }
    QSqlQuery query(copy.connection());
    if (Status created = exec(query, QStringLiteral("CREATE TABLE backup_manifest (key TEXT PRIMARY KEY, value TEXT "
                                                    "NOT NULL) STRICT"));
        !created) {
        return created;
    }
    QList<std::pair<QString, QString>> entries{{QStringLiteral("taken_at"), storedMoment(clock.now())},
                                               {QStringLiteral("content_sha256"), QString::fromLatin1(*hash)}};
    const QMap<QString, HistoryHead> heads = HistoryChain::heads(copy.connection());
    for (auto it = heads.cbegin(); it != heads.cend(); ++it) {
        entries.append({kHistoryHead + it.key(), HistoryChain::headText(it.value())});
    }
    for (const auto& [key, value] : entries) {
        if (Status inserted =
                exec(query, QStringLiteral("INSERT INTO backup_manifest (key, value) VALUES (?, ?)"), {key, value});
            !inserted) {
            return inserted;
        }
    }
    return {};
}

} // namespace

bool Backup::restrictToOwner(const QString& file)
{
    return QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

Result<BackupSummary> Backup::verify(const QString& file)
{
    if (ServerBackup::isDump(file)) {
        return ServerBackup::verify(file);
    }
    QFile raw(file);
    if (!raw.open(QIODevice::ReadOnly)) {
        return Error::invalid(QStringLiteral("backup"), tr("Cannot read %1.").arg(file));
    }
    if (raw.read(16) != QByteArray("SQLite format 3\0", 16)) {
        return Error::invalid(QStringLiteral("backup"),
                              tr("%1 is not a MotCua backup (not a SQLite database).").arg(file));
    }
    raw.close();
    FileConnection copy(file, true);
    if (!copy.isOpen()) {
        return damaged(file, copy.error());
    }
    const QSqlDatabase db = copy.connection();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        return damaged(file, query.lastError().databaseText());
    }
    QStringList problems;
    while (query.next() && problems.size() < 3) {
        problems << query.value(0).toString();
    }
    if (problems != QStringList{QStringLiteral("ok")}) {
        return damaged(file, problems.join(QStringLiteral("; ")));
    }
    BackupSummary summary;
    summary.file = file;
    if (!query.exec(QStringLiteral("SELECT max(version) FROM schema_migration")) || !query.next()) {
        return Error::invalid(QStringLiteral("backup"), tr("%1 is not a MotCua database.").arg(file));
    }
    summary.schemaVersion = query.value(0).toInt();
    if (summary.schemaVersion > Database::latestSchemaVersion()) {
        return Error::invalid(QStringLiteral("backup"),
                              tr("%1 was made by a newer version of MotCua (schema %2); this version knows schema %3.")
                                  .arg(file)
                                  .arg(summary.schemaVersion)
                                  .arg(Database::latestSchemaVersion()));
    }
    QMap<QString, QString> manifest;
    if (query.exec(QStringLiteral("SELECT key, value FROM backup_manifest"))) {
        while (query.next()) {
            manifest.insert(query.value(0).toString(), query.value(1).toString());
        }
    }
    if (!manifest.contains(QStringLiteral("content_sha256"))) {
        return Error::invalid(QStringLiteral("backup"),
                              tr("%1 is a database but not a backup made by MotCua (it has no manifest).").arg(file));
    }
    auto hash = contentHash(db);
    if (!hash) {
        return damaged(file, hash.error().message);
    }
    if (QString::fromLatin1(*hash) != manifest.value(QStringLiteral("content_sha256"))) {
        return damaged(file, tr("its content no longer matches the checksum taken with it"));
    }
    auto counts = rowCounts(db);
    if (!counts) {
        return damaged(file, counts.error().message);
    }
    summary.rowCounts = *counts;
    summary.dossiers = counts->value(QStringLiteral("dossier"));
    summary.takenAt = momentFromStored(manifest.value(QStringLiteral("taken_at")));
    for (const QString& table : historyTableNames()) {
        if (!manifest.contains(kHistoryHead + table)) {
            continue;
        }
        const auto head = HistoryChain::headFromText(manifest.value(kHistoryHead + table));
        if (!head) {
            return damaged(file, tr("its manifest's head of the history %1 cannot be read").arg(table));
        }
        summary.historyHeads.insert(table, *head);
    }
    auto agency = agencyOf(db);
    if (!agency) {
        return damaged(file, agency.error().message);
    }
    summary.agencyCode = agency->first;
    summary.agencyName = agency->second;
    return summary;
}

Result<BackupSummary> Backup::create(Database& live, const QString& target, const Clock& clock,
                                     const Progress& progress)
{
    if (live.dialect().engine() == SqlEngine::PostgreSql) {
        return ServerBackup::create(live, target, clock, progress);
    }
    if (QFileInfo::exists(target)) {
        return Error::invalid(QStringLiteral("file"), tr("%1 already exists: choose another name.").arg(target));
    }
    const QString part = target + QStringLiteral(".part");
    QFile::remove(part);
    const auto fail = [&](const Error& error) -> Result<BackupSummary> {
        QFile::remove(part);
        qCWarning(lcStorage).noquote() << "Backup to" << target << "failed:" << error.message;
        return error;
    };
    report(progress, 5, tr("Copying the database…"));
    // The counts just before and just after the copy bracket the copy's own: VACUUM INTO reads one snapshot
    // between the two while others write.
    auto before = rowCounts(live.connection());
    if (!before) {
        return fail(before.error());
    }
    QSqlQuery query(live.connection());
    if (Status copied = exec(query, QStringLiteral("VACUUM INTO ?"), {part}); !copied) {
        return fail(Error::storage(tr("Cannot copy the database to %1: %2").arg(target, copied.error().message)));
    }
    auto after = rowCounts(live.connection());
    if (!after) {
        return fail(after.error());
    }
    report(progress, 50, tr("Writing the checksum…"));
    if (Status written = writeManifest(part, clock); !written) {
        return fail(written.error());
    }
    if (!restrictToOwner(part)) {
        return fail(Error::storage(tr("Cannot restrict %1 to its owner.").arg(part)));
    }
    report(progress, 70, tr("Checking the copy…"));
    auto summary = verify(part);
    if (!summary) {
        return fail(summary.error());
    }
    if (summary->schemaVersion != live.schemaVersion()) {
        return fail(
            damaged(target, tr("schema %1 instead of %2").arg(summary->schemaVersion).arg(live.schemaVersion())));
    }
    auto agency = agencyOf(live.connection());
    if (agency && agency->first != summary->agencyCode) {
        return fail(damaged(target, tr("the agency %1 instead of %2").arg(summary->agencyCode, agency->first)));
    }
    if (summary->rowCounts.keys() != before->keys()) {
        return fail(damaged(target, tr("its tables differ from the database's")));
    }
    for (auto it = summary->rowCounts.cbegin(); it != summary->rowCounts.cend(); ++it) {
        const qint64 low = std::min(before->value(it.key()), after->value(it.key()));
        const qint64 high = std::max(before->value(it.key()), after->value(it.key()));
        if (it.value() < low || it.value() > high) {
            return fail(
                damaged(target, tr("%1 rows in %2 where the database had %3").arg(it.value()).arg(it.key()).arg(low)));
        }
    }
    if (!QFile::rename(part, target)) {
        return fail(Error::storage(tr("Cannot write %1.").arg(target)));
    }
    summary.value().file = target;
    report(progress, 100, tr("Backup verified."));
    qCInfo(lcStorage).noquote() << "Backup written to" << target << "with" << summary->dossiers << "dossiers";
    return summary;
}

Result<RestoreOutcome> Backup::restore(const QString& backupFile, const QString& livePath, const Clock& clock,
                                       const Progress& progress)
{
    const bool server = DatabaseLocation::isServerUrl(livePath);
    if (server != ServerBackup::isDump(backupFile) && QFileInfo::exists(backupFile)) {
        return Error::invalid(
            QStringLiteral("backup"),
            server ? tr("%1 is a backup of a database file, not of a server database: move a file "
                        "to the server with motcua-cli copy.")
                         .arg(backupFile)
                   : tr("%1 is a backup of a server database: restore it onto the server.").arg(backupFile));
    }
    if (server) {
        return ServerBackup::restore(backupFile, livePath, clock, progress);
    }
    report(progress, 5, tr("Checking the backup…"));
    auto summary = verify(backupFile);
    if (!summary) {
        return summary.error();
    }
    const bool liveExists = QFileInfo::exists(livePath);
    if (liveExists) {
        FileConnection live(livePath, false);
        if (!live.isOpen()) {
            return Error::storage(live.error());
        }
        auto agency = agencyOf(live.connection());
        if (!agency) {
            return agency.error();
        }
        if (!agency->first.isEmpty() && agency->first != summary->agencyCode) {
            return Error::invalid(QStringLiteral("backup"),
                                  tr("The backup belongs to another agency (%1 %2), not to %3 %4.")
                                      .arg(summary->agencyCode, summary->agencyName, agency->first, agency->second));
        }
        // Everything in the write-ahead log into the file, which is then set aside whole; a reader elsewhere
        // (another workstation) keeps it from finishing.
        QSqlQuery query(live.connection());
        if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !query.next() ||
            query.value(0).toInt() != 0) {
            return Error{ErrorCode::IllegalState,
                         tr("The database is still in use on another workstation: close MotCua there first."),
                         QStringLiteral("database")};
        }
    }
    report(progress, 40, tr("Copying the backup…"));
    const QString staging = livePath + QStringLiteral(".restoring");
    QFile::remove(staging);
    if (!QFile::copy(backupFile, staging)) {
        return Error::storage(tr("Cannot write %1.").arg(staging));
    }
    {
        FileConnection copy(staging, false);
        QSqlQuery query(copy.connection());
        if (!copy.isOpen() || !query.exec(QStringLiteral("DROP TABLE backup_manifest"))) {
            QFile::remove(staging);
            return Error::storage(tr("Cannot prepare %1.").arg(staging));
        }
    }
    restrictToOwner(staging);
    report(progress, 70, tr("Replacing the database…"));
    RestoreOutcome outcome{*summary, {}};
    if (liveExists) {
        outcome.setAside =
            livePath + QStringLiteral(".before-restore-") + clock.now().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (!QFile::rename(livePath, outcome.setAside)) {
            QFile::remove(staging);
            return Error::storage(tr("Cannot set the database aside as %1.").arg(outcome.setAside));
        }
        for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFileInfo::exists(livePath + suffix)) {
                QFile::rename(livePath + suffix, outcome.setAside + suffix);
            }
        }
    }
    if (!QFile::rename(staging, livePath)) {
        if (liveExists) {
            QFile::rename(outcome.setAside, livePath);
        }
        QFile::remove(staging);
        return Error::storage(tr("Cannot put the backup in place of %1.").arg(livePath));
    }
    if (summary->schemaVersion < Database::latestSchemaVersion()) {
        // A backup of an older version of MotCua: brought to this one now (its migrations, each in a transaction),
        // not at the next start; if that fails, the replaced database is put back.
        report(progress, 85, tr("Bringing the backup to this version of MotCua…"));
        auto migrated = Database::open(livePath, clock);
        if (!migrated) {
            QFile::remove(livePath);
            for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
                QFile::remove(livePath + suffix);
            }
            if (liveExists) {
                QFile::rename(outcome.setAside, livePath);
            }
            return Error::storage(tr("The backup (schema %1) could not be brought to this version of MotCua (schema "
                                     "%2), and the database is as it was: %3")
                                      .arg(summary->schemaVersion)
                                      .arg(Database::latestSchemaVersion())
                                      .arg(migrated.error().message));
        }
    }
    report(progress, 100, tr("Database restored."));
    qCInfo(lcStorage).noquote() << "Restored" << backupFile << "over" << livePath << "kept as" << outcome.setAside;
    return outcome;
}

} // namespace motcua::storage
