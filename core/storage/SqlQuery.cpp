#include "core/storage/SqlQuery.h"

#include "core/common/Logging.h"
#include "core/storage/Database.h"
#include "core/storage/SqlDialect.h"
#include "core/storage/SqliteFile.h"
#include "core/storage/StatementRecorder.h"

#include <QCoreApplication>
#include <QSqlRecord>

namespace motcua::storage {

QString statusIn(dossier::StatusGroup group, const QString& column)
{
    QStringList codes;
    for (dossier::DossierStatus status : dossier::statusesIn(group)) {
        codes << QString::number(static_cast<int>(status));
    }
    return QStringLiteral("%1 IN (%2)").arg(column, codes.join(QStringLiteral(", ")));
}

namespace {

// A dynamic property of the connection's driver (a QObject the connection keeps across close and open).
const char* const kLostProperty = "motcua.connectionLost";
const char* const kDatabaseProperty = "motcua.database";

// A statement that only reads: run once more on a new connection when the old one was found gone.
bool onlyReads(const QString& sql)
{
    const QString start = sql.trimmed().left(7).toUpper();
    return start.startsWith(QLatin1String("SELECT ")) || start.startsWith(QLatin1String("WITH "));
}

Status prepareAndRun(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    if (!query.prepare(sql)) {
        return sqlError(query);
    }
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return sqlError(query);
    }
    return {};
}

// Whether `error` says the server is gone. An error without SQLSTATE is Qt's own (a missing bound value) or a socket
// that died: a statement of nothing tells them apart (it fails with SQLSTATE 25P02 inside a failed transaction,
// and without any SQLSTATE only when the connection is gone).
bool isLost(const QSqlDriver& driver, const QSqlError& error)
{
    const SqlDialect dialect(SqlEngine::PostgreSql);
    if (!driver.isOpen()) { // closed on the connection's failure, or not open again yet
        return true;
    }
    if (!dialect.isConnectionLost(error)) {
        return false;
    }
    if (error.type() == QSqlError::ConnectionError || !error.nativeErrorCode().isEmpty()) {
        return true;
    }
    QSqlQuery probe(driver.createResult());
    return !probe.exec(QStringLiteral("SELECT 1")) && dialect.isConnectionLost(probe.lastError());
}

} // namespace

bool connectionLost(const QSqlDriver* driver)
{
    return driver && driver->property(kLostProperty).toBool();
}

void markConnectionLost(const QSqlDatabase& db)
{
    if (QSqlDriver* driver = db.driver()) {
        driver->setProperty(kLostProperty, true);
    }
}

void forgetConnectionLost(const QSqlDatabase& db)
{
    if (QSqlDriver* driver = db.driver()) {
        driver->setProperty(kLostProperty, QVariant());
    }
}

Error sqlError(const QSqlQuery& query)
{
    qCWarning(lcStorage) << "SQL failed:" << query.lastQuery() << query.lastError().text();
    const QSqlDriver* driver = query.driver();
    if (driver && driver->dbmsType() == QSqlDriver::PostgreSQL && isLost(*driver, query.lastError())) {
        // The driver is the connection's own object; the mark changes no state of the query.
        const_cast<QSqlDriver*>(driver)->setProperty(kLostProperty, true);
        return Error::storage(QCoreApplication::translate("motcua::storage",
                                                          "The connection to the database server was lost: nothing of "
                                                          "this action was saved. Check the network and try again.") +
                              QStringLiteral(" (") + query.lastError().text().simplified() + QLatin1Char(')'));
    }
    if (driver && driver->dbmsType() == QSqlDriver::SQLite) {
        // A full disk, a read-only file, a database held by another program: words to act on, then the driver's.
        const auto* database =
            reinterpret_cast<const Database*>(driver->property(kDatabaseProperty).value<quintptr>());
        const QString explained =
            sqlite_file::explain(query.lastError(), database ? database->displayName() : QString());
        if (!explained.isEmpty()) {
            return Error::storage(explained + QStringLiteral(" (") + query.lastError().text().simplified() +
                                  QLatin1Char(')'));
        }
    }
    return Error::storage(QCoreApplication::translate("motcua::storage", "The database reported an error: %1")
                              .arg(query.lastError().text()));
}

qint64 returnedId(QSqlQuery& query)
{
    return query.next() ? query.value(0).toLongLong() : 0;
}

void registerDatabase(const QSqlDatabase& db, const Database* database)
{
    if (QSqlDriver* driver = db.driver()) {
        driver->setProperty(kDatabaseProperty, QVariant::fromValue(reinterpret_cast<quintptr>(database)));
    }
}

Result<QList<QVariantList>> StatementCache::run(const QString& sql, const QVariantList& values)
{
    auto found = m_queries.find(sql);
    if (found == m_queries.end()) {
        QSqlQuery query(m_connection);
        if (!query.prepare(sql)) {
            return sqlError(query);
        }
        found = m_queries.insert(sql, query);
    }
    QSqlQuery& query = *found;
    StatementRecorder::note(sql, values);
    for (qsizetype i = 0; i < values.size(); ++i) {
        query.bindValue(static_cast<int>(i), values.at(i));
    }
    if (!query.exec()) {
        Error error = sqlError(query);
        m_queries.erase(found); // prepared again next time: the connection may have gone
        return error;
    }
    QList<QVariantList> rows;
    const int columns = query.record().count();
    while (query.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c) {
            row.append(query.value(c));
        }
        rows.append(std::move(row));
    }
    query.finish();
    return rows;
}

Status exec(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    StatementRecorder::note(sql, values);
    Status status = prepareAndRun(query, sql, values);
    if (status || !connectionLost(query.driver()) || !onlyReads(sql)) {
        return status;
    }
    // The server went away and perhaps came back (restarted, the network back): a read outside a transaction is
    // run once more on a new connection. reconnectIfLost() refuses inside a transaction, whose work is gone.
    const auto* database =
        reinterpret_cast<const Database*>(query.driver()->property(kDatabaseProperty).value<quintptr>());
    if (database == nullptr || !database->reconnectIfLost()) {
        return status;
    }
    qCInfo(lcStorage) << "Read once more after connecting again";
    return prepareAndRun(query, sql, values);
}

} // namespace motcua::storage
