#include "core/storage/Database.h"

#include "core/common/Logging.h"
#include "core/storage/HistoryChain.h"
#include "core/storage/Migrations.h"
#include "core/storage/SqliteFile.h"
#include "core/storage/SqlQuery.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStringList>
#include <QThread>

#include <atomic>

namespace motcua::storage {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("motcua::storage::Database", text);
}

// The server database's encoding and collation, refused unless they are those docs/postgresql.md creates it with
// (UTF8, C.UTF-8): another encoding cannot hold Vietnamese, another collation or character type sorts and folds
// texts otherwise than the embedded file does.
Status checkServerEncoding(const QSqlDatabase& db, const QString& name)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT pg_encoding_to_char(encoding), datcollate, datctype FROM pg_database "
                                   "WHERE datname = current_database()")) ||
        !query.next()) {
        return sqlError(query);
    }
    const QString encoding = query.value(0).toString();
    const QString collate = query.value(1).toString();
    const QString ctype = query.value(2).toString();
    const auto documented = [](const QString& locale) {
        return locale.compare(QLatin1String("C.UTF-8"), Qt::CaseInsensitive) == 0 ||
               locale.compare(QLatin1String("C.utf8"), Qt::CaseInsensitive) == 0;
    };
    if (encoding == QLatin1String("UTF8") && documented(collate) && documented(ctype)) {
        return {};
    }
    return Error{ErrorCode::InvalidInput,
                 tr("The database %1 uses the encoding %2 and the collation %3 (character type %4); MotCua needs UTF8 "
                    "and C.UTF-8 for both. Create the database again as docs/postgresql.md says (ENCODING 'UTF8' "
                    "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0), then move the data into it with "
                    "motcua-cli copy.")
                     .arg(name, encoding, collate, ctype),
                 QStringLiteral("--db")};
}

} // namespace

Database::Database(QString path, DatabaseLocation location, QString connectionName)
    : m_path(std::move(path))
    , m_location(std::move(location))
    , m_dialect(m_location.engine)
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
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
    // Every engine's folder lists the same versions (tests/core/MigrationsTest.cpp).
    return Migrations(SqlDialect(SqlEngine::Sqlite).migrationFolder()).latestVersion();
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const Clock& clock)
{
    return openAtVersion(path, clock, latestSchemaVersion());
}

bool Database::sharesConnections() const
{
    return !m_path.isEmpty() && m_path != QLatin1String(":memory:");
}

std::function<Result<std::unique_ptr<Database>>()> Database::another(const Clock& clock) const
{
    if (!sharesConnections()) {
        return {};
    }
    return [path = m_path, &clock] { return open(path, clock); };
}

Result<std::unique_ptr<Database>> Database::openAtVersion(const QString& path, const Clock& clock, int version)
{
    auto location = DatabaseLocation::parse(path);
    if (!location) {
        return location.error();
    }
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("motcua-%1").arg(counter++);
    if (location->engine == SqlEngine::Sqlite && location->file != QLatin1String(":memory:")) {
        const QFileInfo info(location->file);
        if (!QDir().mkpath(info.absolutePath())) {
            return Error::storage(tr("Cannot create the folder %1.").arg(info.absolutePath()));
        }
        // Refused before SQLite touches the file: it would make a database of an empty file, and change the
        // header of any file it opens.
        if (Status usable = sqlite_file::checkBeforeOpen(location->file); !usable) {
            qCInfo(lcStorage).noquote() << "Not opened:" << usable.error().message;
            return usable.error();
        }
    }
    std::unique_ptr<Database> database(new Database(path, *location, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(database->m_dialect.driverName(), name);
    if (location->engine == SqlEngine::Sqlite) {
        db.setDatabaseName(location->file);
    } else {
        db.setHostName(location->host);
        db.setPort(location->port);
        db.setDatabaseName(location->database);
        db.setUserName(location->user);
        db.setPassword(location->password);
        db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=motcua"));
    }
    registerDatabase(db, database.get()); // before connecting: a failed pragma's message names the file
    if (Status status = database->connect(); !status) {
        return status.error();
    }
    if (location->engine == SqlEngine::PostgreSql) {
        if (Status status = checkServerEncoding(database->connection(), database->displayName()); !status) {
            qCInfo(lcStorage).noquote() << "Not opened:" << status.error().message;
            return status.error();
        }
    }
    if (Status status = Migrations(database->m_dialect.migrationFolder()).upTo(version).apply(*database, clock);
        !status) {
        return status.error();
    }
    database->m_chainsHistories = database->schemaVersion() >= HistoryChain::kSchemaVersion;
    if (location->engine == SqlEngine::Sqlite && location->file != QLatin1String(":memory:")) {
        // The agency's records: readable by their owner only (SQLite creates the file at its first write and gives
        // the -wal and -shm files the mode of the database's).
        QFile::setPermissions(location->file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    qCInfo(lcStorage) << "Opened" << database->displayName() << "schema version" << database->schemaVersion();
    return database;
}

Status Database::connect() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.open()) {
        if (const QString explained = sqlite_file::explain(db.lastError(), displayName());
            m_location.engine == SqlEngine::Sqlite && !explained.isEmpty()) {
            return Error::storage(explained + QStringLiteral(" (") + db.lastError().text().simplified() +
                                  QLatin1Char(')'));
        }
        return Error::storage(tr("Cannot open the database %1: %2").arg(displayName(), db.lastError().text()));
    }
    QSqlQuery query(db);
    for (const QString& statement : m_dialect.sessionSetup(m_location.file == QLatin1String(":memory:"))) {
        // Another process opening the same new SQLite file at the same moment (two workstations starting) may hold
        // the lock while it switches the file to WAL; SQLite reports that without calling the busy handler, so wait
        // here, up to the same ten seconds.
        QElapsedTimer waited;
        waited.start();
        while (!query.exec(statement)) {
            if (query.lastError().nativeErrorCode() != QLatin1String("5") || waited.elapsed() > 10'000) {
                return sqlError(query);
            }
            QThread::msleep(20);
        }
    }
    return {};
}

bool Database::reconnectIfLost() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!connectionLost(db)) {
        return true;
    }
    if (m_transactionDepth > 0) {
        return false;
    }
    qCInfo(lcStorage).noquote() << "Connecting again to" << displayName();
    // Closing forgets the channels listened to (DossierChanges): listen to them again on the new connection.
    const QStringList channels = db.driver()->subscribedToNotifications();
    db.close();
    forgetConnectionLost(db);
    if (Status status = connect(); !status) {
        // Still unreachable: the next statement fails with a clear error and marks the connection lost again.
        qCWarning(lcStorage).noquote() << "Not connected again:" << loggedError(status.error());
        markConnectionLost(db);
        return false;
    }
    for (const QString& channel : channels) {
        db.driver()->subscribeToNotification(channel);
    }
    return true;
}

QSqlDatabase Database::connection() const
{
    reconnectIfLost();
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("SELECT max(version) FROM schema_migration")) && query.next()) {
        return query.value(0).toInt();
    }
    return 0;
}

Status Database::transaction(const std::function<Status()>& work)
{
    QSqlQuery query(connection());
    const bool outermost = m_transactionDepth == 0;
    const QString savepoint = QStringLiteral("motcua_%1").arg(m_transactionDepth);
    if (!query.exec(outermost ? m_dialect.beginWrite() : QStringLiteral("SAVEPOINT ") + savepoint)) {
        Error error = sqlError(query);
        bool begun = false;
        if (outermost && connectionLost(query.driver())) {
            // Found gone before anything was written: connect again and begin once more.
            query = QSqlQuery(connection());
            begun = query.exec(m_dialect.beginWrite());
            if (!begun) {
                error = sqlError(query);
            }
        }
        if (!begun) {
            qCInfo(lcStorage).noquote() << "Write transaction not begun:" << loggedError(error);
            return error;
        }
    }
    if (const QString lock = m_dialect.writeLock(); outermost && !lock.isEmpty() && !query.exec(lock)) {
        const Error error = sqlError(query);
        query.exec(QStringLiteral("ROLLBACK"));
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
