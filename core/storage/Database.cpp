#include "core/storage/Database.h"

#include "core/common/Logging.h"
#include "core/storage/SqlQuery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringList>
#include <QThread>

#include <atomic>

namespace motcua::storage {

namespace {

struct Migration {
    int version = 0;
    QString name;
    QString path;
};

QList<Migration> migrations()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3})_(\\w+)\\.sql$"));
    QList<Migration> list;
    const QStringList files = QDir(QStringLiteral(":/sql")).entryList(QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QRegularExpressionMatch match = pattern.match(file);
        if (match.hasMatch()) {
            list.append({match.captured(1).toInt(), match.captured(2), QStringLiteral(":/sql/") + file});
        }
    }
    return list;
}

// Splits a migration file into statements: each ends with ';' at the end of a line, except inside a
// CREATE TRIGGER body, which ends with "END;".
QStringList statements(const QString& script)
{
    QStringList result;
    QString current;
    bool inTrigger = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString& rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.startsWith(QLatin1String("--")) || (line.isEmpty() && current.isEmpty())) {
            continue;
        }
        current += rawLine + QLatin1Char('\n');
        if (line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive)) {
            inTrigger = true;
        }
        const bool ends =
            inTrigger ? line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0 : line.endsWith(QLatin1Char(';'));
        if (ends) {
            result << current.trimmed();
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty()) {
        result << current.trimmed();
    }
    return result;
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    {
        QSqlDatabase db = connection();
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("motcua.sqlite"));
}

int Database::latestSchemaVersion()
{
    const QList<Migration> all = migrations();
    return all.isEmpty() ? 0 : all.last().version;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const Clock& clock)
{
    return openAtVersion(path, clock, latestSchemaVersion());
}

Result<std::unique_ptr<Database>> Database::openAtVersion(const QString& path, const Clock& clock, int version)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("motcua-%1").arg(counter++);
    const bool inMemory = path == QLatin1String(":memory:");
    if (!inMemory) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath())) {
            return Error::storage(
                QCoreApplication::translate("motcua::storage::Database", "Cannot create the folder %1.")
                    .arg(info.absolutePath()));
        }
    }
    std::unique_ptr<Database> database(new Database(path, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    if (!db.open()) {
        return Error::storage(
            QCoreApplication::translate("motcua::storage::Database", "Cannot open the database %1: %2")
                .arg(path, db.lastError().text()));
    }
    if (Status status = database->configure(); !status) {
        return status.error();
    }
    if (Status status = database->migrate(clock, version); !status) {
        return status.error();
    }
    if (!inMemory) {
        // The agency's records: readable by their owner only (SQLite creates the file at its first write and gives
        // the -wal and -shm files the mode of the database's).
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    qCInfo(lcStorage) << "Opened" << path << "schema version" << database->schemaVersion();
    return database;
}

Status Database::configure()
{
    QSqlQuery query(connection());
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA busy_timeout = 10000")};
    if (m_path != QLatin1String(":memory:")) {
        // Write-ahead log with a full sync at every commit: a power cut never loses a committed dossier.
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = FULL");
    }
    for (const QString& pragma : pragmas) {
        // Another process opening the same new file at the same moment (two workstations starting) may hold the
        // lock while it switches the file to WAL; SQLite reports that without calling the busy handler, so wait
        // here, up to the same ten seconds.
        QElapsedTimer waited;
        waited.start();
        while (!query.exec(pragma)) {
            if (query.lastError().nativeErrorCode() != QLatin1String("5") || waited.elapsed() > 10'000) {
                return sqlError(query);
            }
            QThread::msleep(20);
        }
    }
    return {};
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("SELECT max(version) FROM schema_migration")) && query.next()) {
        return query.value(0).toInt();
    }
    return 0;
}

Status Database::migrate(const Clock& clock, int upTo)
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migration (version INTEGER PRIMARY KEY, "
                                   "name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT"))) {
        return sqlError(query);
    }
    const int current = schemaVersion();
    if (current > latestSchemaVersion()) {
        return Error::storage(QCoreApplication::translate(
                                  "motcua::storage::Database",
                                  "The database %1 was made by a newer version of MotCua (schema %2); this version "
                                  "knows schema %3.")
                                  .arg(m_path)
                                  .arg(current)
                                  .arg(latestSchemaVersion()));
    }
    for (const Migration& migration : migrations()) {
        if (migration.version <= current || migration.version > upTo) {
            continue;
        }
        QFile file(migration.path);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error::storage(
                QCoreApplication::translate("motcua::storage::Database", "The migration %1 is missing.")
                    .arg(migration.path));
        }
        const QString script = QString::fromUtf8(file.readAll());
        // A migration that rebuilds a table others refer to runs with foreign keys off (SQLite's documented way:
        // the pragma has no effect inside a transaction), and is checked before its commit.
        const bool foreignKeysOff = script.startsWith(QLatin1String("-- motcua: foreign-keys-off"));
        if (foreignKeysOff && !query.exec(QStringLiteral("PRAGMA foreign_keys = OFF"))) {
            return sqlError(query);
        }
        Status status = transaction([&]() -> Status {
            // Another process may have applied it meanwhile: the version is read again under the write lock.
            if (schemaVersion() >= migration.version) {
                return {};
            }
            QSqlQuery step(connection());
            for (const QString& statement : statements(script)) {
                if (!step.exec(statement)) {
                    return sqlError(step);
                }
            }
            if (foreignKeysOff) {
                if (!step.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
                    return sqlError(step);
                }
                if (step.next()) {
                    return Error::storage(QCoreApplication::translate("motcua::storage::Database",
                                                                      "The migration %1 leaves a row of %2 pointing "
                                                                      "at nothing.")
                                              .arg(migration.name, step.value(0).toString()));
                }
            }
            return exec(step,
                        QStringLiteral("INSERT INTO schema_migration (version, name, applied_at) VALUES (?, ?, ?)"),
                        {migration.version, migration.name, clock.now().toString(Qt::ISODate)});
        });
        if (foreignKeysOff && !query.exec(QStringLiteral("PRAGMA foreign_keys = ON"))) {
            return sqlError(query);
        }
        if (!status) {
            return status;
        }
        qCInfo(lcStorage) << "Applied migration" << migration.version << migration.name;
    }
    return {};
}

Status Database::transaction(const std::function<Status()>& work)
{
    QSqlQuery query(connection());
    const bool outermost = m_transactionDepth == 0;
    const QString savepoint = QStringLiteral("motcua_%1").arg(m_transactionDepth);
    // BEGIN IMMEDIATE takes the write lock at once (SQLite's dialect; PostgreSQL would use plain BEGIN).
    if (!query.exec(outermost ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + savepoint)) {
        const Error error = sqlError(query);
        qCInfo(lcStorage).noquote() << "Write transaction not begun:" << loggedError(error);
        return error;
    }
    ++m_transactionDepth;
    Status status = work();
    --m_transactionDepth;
    if (status) {
        if (query.exec(outermost ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepoint)) {
            return status;
        }
        status = sqlError(query);
    }
    if (outermost) {
        query.exec(QStringLiteral("ROLLBACK"));
        // Once per write transaction: a failed savepoint inside it fails the whole transaction in turn.
        qCInfo(lcStorage).noquote() << "Write transaction rolled back:" << loggedError(status.error());
    } else {
        query.exec(QStringLiteral("ROLLBACK TO ") + savepoint);
        query.exec(QStringLiteral("RELEASE ") + savepoint);
    }
    return status;
}

} // namespace motcua::storage
