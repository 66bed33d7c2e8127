#include "core/storage/ServerBackup.h"

#include "core/common/Logging.h"
#include "core/storage/ServerRoles.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/StoredMoment.h"
#include "core/storage/TableCatalog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

namespace motcua::storage {

namespace {

const QString kFormat = QStringLiteral("motcua-postgresql-backup");

QString tr(const char* text)
{
    return ServerBackup::tr(text);
}

void report(const Backup::Progress& progress, int percent, const QString& step)
{
    if (progress) {
        progress(percent, step);
    }
}

Error damaged(const QString& file, const QString& reason)
{
    return Error::invalid(QStringLiteral("backup"), Backup::tr("The backup %1 is damaged: %2").arg(file, reason));
}

Result<QString> tool(const QString& name)
{
    QStringList folders;
    if (const QString given = qEnvironmentVariable("MOTCUA_PG_BIN"); !given.isEmpty()) {
        folders << given;
    }
    folders << QStringLiteral("/usr/lib/postgresql/15/bin");
    for (const QString& folder : folders) {
        const QString path = QDir(folder).filePath(name);
        if (QFileInfo(path).isExecutable()) {
            return path;
        }
    }
    if (QString found = QStandardPaths::findExecutable(name); !found.isEmpty()) {
        return found;
    }
    return Error::storage(tr("%1 is not installed: install the Debian package postgresql-client-15 (or set "
                             "MOTCUA_PG_BIN to the folder of the server's programs).")
                              .arg(name));
}

// The server's connection given to its programs through libpq's variables, never on their command line.
QProcessEnvironment environmentFor(const DatabaseLocation& location)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGHOST"), location.host);
    environment.insert(QStringLiteral("PGPORT"), QString::number(location.port));
    environment.insert(QStringLiteral("PGUSER"), location.user);
    environment.insert(QStringLiteral("PGDATABASE"), location.database);
    environment.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
    environment.insert(QStringLiteral("PGAPPNAME"), QStringLiteral("motcua-backup"));
    if (!location.password.isEmpty()) {
        environment.insert(QStringLiteral("PGPASSWORD"), location.password);
    }
    return environment;
}

// Runs a program of the server to its end; its standard output, or an error with the last lines it wrote.
Result<QByteArray> runTool(const QString& name, const QStringList& arguments, const QProcessEnvironment& environment)
{
    auto program = tool(name);
    if (!program) {
        return program.error();
    }
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(*program, arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        QStringList lines = QString::fromLocal8Bit(process.readAllStandardError()).trimmed().split(QLatin1Char('\n'));
        const QString said = lines.mid(std::max<qsizetype>(0, lines.size() - 2)).join(QLatin1Char(' ')).simplified();
        return Error::storage(tr("%1 failed: %2").arg(name, said.isEmpty() ? process.errorString() : said));
    }
    return process.readAllStandardOutput();
}

// Runs `first` with its standard output piped into `second`, both to their end; an error with the last lines of the
// one that failed.
Status runPiped(const QString& first, const QStringList& firstArguments, const QString& second,
                const QStringList& secondArguments, const QProcessEnvironment& environment)
{
    auto producer = tool(first);
    auto consumer = tool(second);
    if (!producer || !consumer) {
        return !producer ? producer.error() : consumer.error();
    }
    QProcess from;
    QProcess into;
    from.setProcessEnvironment(environment);
    into.setProcessEnvironment(environment);
    from.setStandardOutputProcess(&into);
    into.start(*consumer, secondArguments);
    from.start(*producer, firstArguments);
    from.waitForFinished(-1);
    into.waitForFinished(-1);
    for (QProcess* process : {&from, &into}) {
        if (process->exitStatus() != QProcess::NormalExit || process->exitCode() != 0) {
            QStringList lines =
                QString::fromLocal8Bit(process->readAllStandardError()).trimmed().split(QLatin1Char('\n'));
            const QString said = lines.mid(std::max<qsizetype>(0, lines.size() - 2)).join(QLatin1Char(' ')).simplified();
            return Error::storage(tr("%1 failed: %2")
                                      .arg(process == &from ? first : second, said.isEmpty() ? process->errorString() : said));
        }
    }
    return {};
}

// Run first in the restoring transaction: every table and function of the application's schema goes (an extension's
// own objects stay), so that a backup of an older schema comes back without the tables of later migrations, which
// the migrations then make again over it.
const char* const kDropSchemaObjects =
    "DO $motcua$ DECLARE r record; BEGIN "
    "FOR r IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
    "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT EXISTS (SELECT 1 FROM pg_depend d "
    "WHERE d.objid = c.oid AND d.deptype = 'e') LOOP "
    "EXECUTE format('DROP TABLE IF EXISTS %I CASCADE', r.relname); END LOOP; "
    "FOR r IN SELECT p.oid::regprocedure AS f FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
    "WHERE n.nspname = current_schema() AND NOT EXISTS (SELECT 1 FROM pg_depend d "
    "WHERE d.objid = p.oid AND d.deptype = 'e') LOOP "
    "EXECUTE format('DROP FUNCTION IF EXISTS %s CASCADE', r.f); END LOOP; END $motcua$";

Result<QByteArray> fileSha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::invalid(QStringLiteral("backup"), Backup::tr("Cannot read %1.").arg(path));
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// What the live database holds in the snapshot open on `db`: schema, agency, rows of each table.
Result<BackupSummary> snapshotSummary(const QSqlDatabase& db, const SqlDialect& dialect)
{
    BackupSummary summary;
    QSqlQuery query(db);
    if (Status status = exec(query, QStringLiteral("SELECT max(version) FROM schema_migration")); !status) {
        return status.error();
    }
    query.next();
    summary.schemaVersion = query.value(0).toInt();
    if (Status status = exec(query, QStringLiteral("SELECT code, name FROM agency WHERE id = 1")); !status) {
        return status.error();
    }
    if (query.next()) {
        summary.agencyCode = query.value(0).toString();
        summary.agencyName = query.value(1).toString();
    }
    const TableCatalog catalog(db, dialect);
    auto tables = catalog.tables();
    if (!tables) {
        return tables.error();
    }
    for (const QString& table : *tables) {
        auto rows = catalog.rowCount(table);
        if (!rows) {
            return rows.error();
        }
        summary.rowCounts.insert(table, *rows);
    }
    summary.dossiers = summary.rowCounts.value(QStringLiteral("dossier"));
    summary.historyHeads = HistoryChain::heads(db);
    return summary;
}

Status writeManifest(const QString& dump, const BackupSummary& summary, const QString& database)
{
    auto sha = fileSha256(dump);
    if (!sha) {
        return sha.error();
    }
    QJsonObject rows;
    for (auto it = summary.rowCounts.cbegin(); it != summary.rowCounts.cend(); ++it) {
        rows.insert(it.key(), it.value());
    }
    QJsonObject heads;
    for (auto it = summary.historyHeads.cbegin(); it != summary.historyHeads.cend(); ++it) {
        heads.insert(it.key(), HistoryChain::headText(it.value()));
    }
    const QJsonObject manifest{{QStringLiteral("format"), kFormat},
                               {QStringLiteral("taken_at"), storedMoment(summary.takenAt)},
                               {QStringLiteral("database"), database},
                               {QStringLiteral("schema_version"), summary.schemaVersion},
                               {QStringLiteral("agency_code"), summary.agencyCode},
                               {QStringLiteral("agency_name"), summary.agencyName},
                               {QStringLiteral("dump_sha256"), QString::fromLatin1(*sha)},
                               {QStringLiteral("rows"), rows},
                               {QStringLiteral("history_heads"), heads}};
    QSaveFile file(ServerBackup::manifestPath(dump));
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::storage(Backup::tr("Cannot write %1.").arg(file.fileName()));
    }
    file.write(QJsonDocument(manifest).toJson());
    if (!file.commit()) {
        return Error::storage(Backup::tr("Cannot write %1.").arg(file.fileName()));
    }
    Backup::restrictToOwner(ServerBackup::manifestPath(dump));
    return {};
}

void removeBackup(const QString& file)
{
    QFile::remove(file);
    QFile::remove(ServerBackup::manifestPath(file));
}

} // namespace

bool ServerBackup::isDump(const QString& file)
{
    QFile raw(file);
    return raw.open(QIODevice::ReadOnly) && raw.read(5) == QByteArray("PGDMP");
}

QString ServerBackup::manifestPath(const QString& file)
{
    return file + QStringLiteral(".manifest.json");
}

Result<BackupSummary> ServerBackup::verify(const QString& file)
{
    if (!isDump(file)) {
        return Error::invalid(QStringLiteral("backup"),
                              tr("%1 is not a MotCua backup of a server database (not a pg_dump archive).").arg(file));
    }
    QFile manifestFile(manifestPath(file));
    if (!manifestFile.open(QIODevice::ReadOnly)) {
        return Error::invalid(QStringLiteral("backup"),
                              tr("%1 is a PostgreSQL dump but not a backup made by MotCua: its manifest %2 is missing.")
                                  .arg(file, manifestPath(file)));
    }
    const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
    if (manifest.value(QStringLiteral("format")).toString() != kFormat) {
        return damaged(file, tr("its manifest %1 cannot be read").arg(manifestPath(file)));
    }
    auto sha = fileSha256(file);
    if (!sha) {
        return sha.error();
    }
    if (QString::fromLatin1(*sha) != manifest.value(QStringLiteral("dump_sha256")).toString()) {
        return damaged(file, Backup::tr("its content no longer matches the checksum taken with it"));
    }
    // The archive's own table of contents, read by the program that restores it.
    auto listed = runTool(QStringLiteral("pg_restore"), {QStringLiteral("--list"), file},
                          QProcessEnvironment::systemEnvironment());
    if (!listed) {
        return damaged(file, listed.error().message);
    }
    QSet<QString> withData;
    for (const QByteArray& line : listed->split('\n')) {
        const QList<QByteArray> words = line.simplified().split(' ');
        const qsizetype at = words.indexOf("DATA");
        if (!line.startsWith(';') && at > 0 && words.at(at - 1) == "TABLE" && at + 2 < words.size()) {
            withData.insert(QString::fromUtf8(words.at(at + 2)));
        }
    }
    BackupSummary summary;
    summary.file = file;
    summary.schemaVersion = manifest.value(QStringLiteral("schema_version")).toInt();
    summary.agencyCode = manifest.value(QStringLiteral("agency_code")).toString();
    summary.agencyName = manifest.value(QStringLiteral("agency_name")).toString();
    summary.takenAt = momentFromStored(manifest.value(QStringLiteral("taken_at")).toString());
    const QJsonObject rows = manifest.value(QStringLiteral("rows")).toObject();
    for (auto it = rows.constBegin(); it != rows.constEnd(); ++it) {
        if (!withData.contains(it.key())) {
            return damaged(file, tr("the rows of the table %1 are not in it").arg(it.key()));
        }
        summary.rowCounts.insert(it.key(), it.value().toInteger());
    }
    if (rows.isEmpty() || !withData.contains(QStringLiteral("schema_migration"))) {
        return Error::invalid(QStringLiteral("backup"), Backup::tr("%1 is not a MotCua database.").arg(file));
    }
    summary.dossiers = summary.rowCounts.value(QStringLiteral("dossier"));
    const QJsonObject heads = manifest.value(QStringLiteral("history_heads")).toObject();
    for (const QString& table : historyTableNames()) {
        if (!heads.contains(table)) {
            continue;
        }
        const auto head = HistoryChain::headFromText(heads.value(table).toString());
        if (!head) {
            return damaged(file, tr("its manifest's head of the history %1 cannot be read").arg(table));
        }
        summary.historyHeads.insert(table, *head);
    }
    if (summary.schemaVersion > Database::latestSchemaVersion()) {
        return Error::invalid(QStringLiteral("backup"),
                              Backup::tr("%1 was made by a newer version of MotCua (schema %2); this version knows "
                                         "schema %3.")
                                  .arg(file)
                                  .arg(summary.schemaVersion)
                                  .arg(Database::latestSchemaVersion()));
    }
    return summary;
}

Result<BackupSummary> ServerBackup::create(Database& live, const QString& target, const Clock& clock,
                                           const Backup::Progress& progress)
{
    if (QFileInfo::exists(target)) {
        return Error::invalid(QStringLiteral("file"),
                              Backup::tr("%1 already exists: choose another name.").arg(target));
    }
    const QString part = target + QStringLiteral(".part");
    removeBackup(part);
    const auto fail = [&](const Error& error) -> Result<BackupSummary> {
        removeBackup(part);
        qCWarning(lcStorage).noquote() << "Backup to" << target << "failed:" << loggedError(error);
        return error;
    };
    {
        // Made first, for its owner only: pg_dump writes into it and keeps the mode.
        QFile file(part);
        if (!file.open(QIODevice::WriteOnly) || !Backup::restrictToOwner(part)) {
            return fail(Error::storage(Backup::tr("Cannot write %1.").arg(target)));
        }
    }
    report(progress, 5, Backup::tr("Copying the database…"));
    // One snapshot for the dump and for the rows the manifest records, while the others keep writing.
    QSqlQuery snapshot(live.connection());
    if (!snapshot.exec(live.dialect().beginSnapshot())) {
        return fail(sqlError(snapshot));
    }
    const auto endSnapshot = [&snapshot] {
        snapshot.exec(QStringLiteral("ROLLBACK"));
    };
    if (!snapshot.exec(QStringLiteral("SELECT pg_export_snapshot()")) || !snapshot.next()) {
        const Error error = sqlError(snapshot);
        endSnapshot();
        return fail(error);
    }
    const QString snapshotId = snapshot.value(0).toString();
    auto dumped = runTool(QStringLiteral("pg_dump"),
                          {QStringLiteral("--format=custom"), QStringLiteral("--snapshot=") + snapshotId,
                           QStringLiteral("--file=") + part},
                          environmentFor(live.location()));
    if (!dumped) {
        endSnapshot();
        return fail(
            Error::storage(Backup::tr("Cannot copy the database to %1: %2").arg(target, dumped.error().message)));
    }
    auto taken = snapshotSummary(live.connection(), live.dialect());
    endSnapshot();
    if (!taken) {
        return fail(taken.error());
    }
    BackupSummary summary = *taken;
    summary.takenAt = clock.now();
    report(progress, 50, Backup::tr("Writing the checksum…"));
    if (Status written = writeManifest(part, summary, live.displayName()); !written) {
        return fail(written.error());
    }
    report(progress, 70, Backup::tr("Checking the copy…"));
    auto verified = verify(part);
    if (!verified) {
        return fail(verified.error());
    }
    if (verified->rowCounts != summary.rowCounts || verified->schemaVersion != summary.schemaVersion) {
        return fail(damaged(target, tr("its manifest does not say what the database held")));
    }
    if (!QFile::rename(manifestPath(part), manifestPath(target)) || !QFile::rename(part, target)) {
        QFile::remove(manifestPath(target));
        return fail(Error::storage(Backup::tr("Cannot write %1.").arg(target)));
    }
    summary.file = target;
    report(progress, 100, Backup::tr("Backup verified."));
    qCInfo(lcStorage).noquote() << "Backup of" << live.displayName() << "written to" << target << "with"
                                << summary.dossiers << "dossiers";
    return summary;
}

Result<RestoreOutcome> ServerBackup::restore(const QString& backupFile, const QString& liveUrl, const Clock& clock,
                                             const Backup::Progress& progress)
{
    report(progress, 5, Backup::tr("Checking the backup…"));
    auto summary = verify(backupFile);
    if (!summary) {
        return summary.error();
    }
    auto location = DatabaseLocation::parse(liveUrl);
    if (!location) {
        return location.error();
    }
    RestoreOutcome outcome{*summary, {}};
    {
        auto live = Database::open(liveUrl, clock);
        if (!live) {
            return live.error();
        }
        QSqlQuery query((*live)->connection());
        if (Status status = exec(query, QStringLiteral("SELECT code, name FROM agency WHERE id = 1")); !status) {
            return status.error();
        }
        if (query.next() && query.value(0).toString() != summary->agencyCode) {
            return Error::invalid(QStringLiteral("backup"),
                                  Backup::tr("The backup belongs to another agency (%1 %2), not to %3 %4.")
                                      .arg(summary->agencyCode, summary->agencyName, query.value(0).toString(),
                                           query.value(1).toString()));
        }
        // The database being replaced, kept aside as a backup of its own beside the one restored.
        report(progress, 20, tr("Keeping the current database aside…"));
        outcome.setAside =
            QFileInfo(backupFile)
                .absoluteDir()
                .filePath(location->database + QStringLiteral("-before-restore-") +
                          clock.now().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral(".dump"));
        auto kept = create(**live, outcome.setAside, clock, {});
        if (!kept) {
            return kept.error();
        }
    }
    report(progress, 50, Backup::tr("Replacing the database…"));
    QProcessEnvironment environment = environmentFor(*location);
    // A workstation still connected holds its tables: give up after a while rather than wait for it.
    environment.insert(QStringLiteral("PGOPTIONS"), QStringLiteral("-c lock_timeout=10000"));
    // pg_restore writes the archive's statements, psql runs them after the drop of what was there, all in one
    // transaction: a failure leaves the database as it was.
    const Status restored = runPiped(
        QStringLiteral("pg_restore"),
        {QStringLiteral("--no-owner"), QStringLiteral("--file=-"), backupFile},
        QStringLiteral("psql"),
        {QStringLiteral("--no-psqlrc"), QStringLiteral("--quiet"), QStringLiteral("--set=ON_ERROR_STOP=1"),
         QStringLiteral("--single-transaction"), QStringLiteral("--dbname=") + location->database,
         QStringLiteral("--command=") + QString::fromLatin1(kDropSchemaObjects), QStringLiteral("--file=-")},
        environment);
    if (!restored) {
        return Error::storage(tr("The backup was not restored and the database is as it was (the restore must run "
                                 "as the database's owner, with MotCua closed on the other workstations): %1")
                                  .arg(restored.error().message));
    }
    // Opened, so migrated when the backup's schema is older than the program's. The tables made again took the
    // owner's default privileges: the histories are only added to, again.
    auto restoredDatabase = Database::open(liveUrl, clock);
    if (!restoredDatabase) {
        return Error::storage(tr("The backup was restored but could not be brought to this version of MotCua (schema "
                                 "%1 to %2): %3 The database before the restore is kept as %4: restore that one to "
                                 "go back.")
                                  .arg(summary->schemaVersion)
                                  .arg(Database::latestSchemaVersion())
                                  .arg(restoredDatabase.error().message, outcome.setAside));
    }
    if (auto granted = ServerRoles::regrantApplications(**restoredDatabase); !granted) {
        return granted.error();
    }
    if (Status protectedAgain = ServerRoles::protectHistories(**restoredDatabase); !protectedAgain) {
        return protectedAgain.error();
    }
    report(progress, 100, Backup::tr("Database restored."));
    qCInfo(lcStorage).noquote() << "Restored" << backupFile << "over" << location->display() << "kept as"
                                << outcome.setAside;
    return outcome;
}

} // namespace motcua::storage
