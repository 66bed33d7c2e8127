#pragma once

#include "core/common/Result.h"
#include "core/dossier/Dossier.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace motcua::storage {

// Prepares and runs one statement with positional bound values; failures become a Storage error.
Status exec(QSqlQuery& query, const QString& sql, const QVariantList& values = {});
// The error of the query's last statement. On PostgreSQL, a connection found gone is marked so that the
// Database connects again before its next action, and the message says that nothing of this action was saved.
Error sqlError(const QSqlQuery& query);
// The id an INSERT … RETURNING id gave back (SQLite and PostgreSQL both have RETURNING; Qt's lastInsertId does
// not work the same on both).
qint64 returnedId(QSqlQuery& query);
bool connectionLost(const QSqlDriver* driver);
inline bool connectionLost(const QSqlDatabase& db)
{
    return connectionLost(db.driver());
}
void markConnectionLost(const QSqlDatabase& db);
// The Database a connection belongs to, told to its driver so that exec() can connect again and run a read once
// more after the server came back.
class Database;
void registerDatabase(const QSqlDatabase& db, const Database* database);
void forgetConnectionLost(const QSqlDatabase& db);
// An empty text for a null one: the text columns are NOT NULL with '' for nothing, and Qt binds a null QString
// as NULL.
inline QString notNullText(const QString& value)
{
    return value.isNull() ? QString(QLatin1String("")) : value;
}
// Statements prepared once and run many times on one connection, for writing in bulk (the demo seeder's batches):
// each is parsed and planned once instead of at every run. run() reads every row the statement gives back into
// the query and then lets the statement go (finish), so that a cached statement never holds a read open between
// runs. Not for statements whose rows are read while another runs: each SQL text has one query.
class StatementCache {
public:
    explicit StatementCache(QSqlDatabase connection)
        : m_connection(std::move(connection))
    {}
    // The rows the statement gave back, each as its values.
    Result<QList<QVariantList>> run(const QString& sql, const QVariantList& values);

private:
    QSqlDatabase m_connection;
    QHash<QString, QSqlQuery> m_queries;
};

// "d.status IN (2, 4)": the condition that `column` holds a status of the group (codes, never user input).
QString statusIn(dossier::StatusGroup group, const QString& column = QStringLiteral("d.status"));

} // namespace motcua::storage
