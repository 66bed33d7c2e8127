#include "core/storage/BulkInsert.h"

#include "core/common/Logging.h"

#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/SqliteFile.h"
#include "core/storage/StatementRecorder.h"

#include <QCoreApplication>
#include <QHash>
#include <QScopeGuard>
#include <QSqlDriver>

#include <sqlite3.h>

#include <algorithm>
#include <optional>
#include <vector>

namespace motcua::storage {

namespace {

QString placeholders(qsizetype width)
{
    QString marks = QStringLiteral("(?");
    for (qsizetype i = 1; i < width; ++i) {
        marks += QStringLiteral(", ?");
    }
    return marks + QLatin1Char(')');
}

// INSERT INTO table (columns) VALUES (?, …), … for `count` rows of the placeholders `marks`, with the new rows' ids
// given back when asked.
QString insertStatement(const QString& table, const QString& columns, const QString& marks, qsizetype count,
                        bool returning)
{
    QString sql =
        QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") + columns + QStringLiteral(") VALUES ") + marks;
    for (qsizetype i = 1; i < count; ++i) {
        sql += QStringLiteral(", ") + marks;
    }
    if (returning) {
        sql += QStringLiteral(" RETURNING id");
    }
    return sql;
}

// Bound values in one statement. SQLite takes up to 32,766, but Qt names each placeholder and SQLite finds a name
// by walking the list of names, so a statement's cost grows with the square of its values: a few hundred keep the
// per-row cost lowest.
constexpr qsizetype kMaxBoundValues = 250;

// Multi-row INSERTs through Qt. Both engines hand out ids (SQLite's rowid, PostgreSQL's sequence) row by row in the
// order of the VALUES list, so the returned ids sorted ascending are the rows' ids in order.
class QtBulkInsert final : public BulkInsert {
public:
    explicit QtBulkInsert(Database& database)
        : m_statements(database.connection())
    {}

    Result<QList<qint64>> insert(const QString& table, const QString& columns, const QList<QVariantList>& rows,
                                 Ids ids) override
    {
        const bool returning = ids == Ids::Returned;
        QList<qint64> written;
        if (rows.isEmpty()) {
            return written;
        }
        const qsizetype width = rows.constFirst().size();
        const QString marks = placeholders(width);
        const qsizetype perStatement = std::max<qsizetype>(1, kMaxBoundValues / width);
        for (qsizetype start = 0; start < rows.size(); start += perStatement) {
            const qsizetype count = std::min(perStatement, rows.size() - start);
            const QString sql = insertStatement(table, columns, marks, count, returning);
            QVariantList values;
            values.reserve(count * width);
            for (qsizetype i = start; i < start + count; ++i) {
                values += rows.at(i);
            }
            auto returned = m_statements.run(sql, values);
            if (!returned) {
                return returned.error();
            }
            if (!returning) {
                continue;
            }
            if (returned->size() != count) {
                return Error::storage(QStringLiteral("%1: %2 rows written, %3 ids returned")
                                          .arg(table)
                                          .arg(count)
                                          .arg(returned->size()));
            }
            QList<qint64> newIds;
            newIds.reserve(count);
            for (const QVariantList& row : std::as_const(*returned)) {
                newIds.append(row.constFirst().toLongLong());
            }
            std::sort(newIds.begin(), newIds.end());
            written += newIds;
        }
        return written;
    }

private:
    StatementCache m_statements;
};

// The connection's own sqlite3 handle (Qt's SQLite driver links the same libsqlite3), or null.
sqlite3* sqliteHandle(const QSqlDatabase& connection)
{
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(handle.constData());
}

// Multi-row INSERTs with positional parameters, bound by number through the sqlite3 C API: no names to look up, so
// a statement may take a whole batch's rows. Few statements matter on SQLite beyond their parsing: each one that
// writes the dossiers (whose triggers keep the search index) opens a savepoint, and FTS5 writes its pending terms
// at every savepoint, so a statement a row would write the index a row at a time. Statements of the full size are
// prepared once and kept until the writer goes, before the connection can close.
class SqliteBulkInsert final : public BulkInsert {
public:
    SqliteBulkInsert(Database& database, sqlite3* handle)
        : m_database(database)
        , m_handle(handle)
    {
        // A page cache large enough for the dossier table's dozen indexes while the writer runs: with SQLite's
        // default 2 MB each row's index entries read their pages again from the file. The connection's own size
        // comes back when the writer goes. Durability is the connection's as before (WAL, synchronous FULL).
        sqlite3_stmt* read = nullptr;
        if (sqlite3_prepare_v2(m_handle, "PRAGMA cache_size", -1, &read, nullptr) == SQLITE_OK &&
            sqlite3_step(read) == SQLITE_ROW) {
            m_cacheSize = sqlite3_column_int(read, 0);
        }
        sqlite3_finalize(read);
        setCacheSize(kCacheSize);
    }
    ~SqliteBulkInsert() override
    {
        for (sqlite3_stmt* statement : std::as_const(m_statements)) {
            sqlite3_finalize(statement);
        }
        if (m_cacheSize) {
            setCacheSize(*m_cacheSize);
        }
    }
    SqliteBulkInsert(const SqliteBulkInsert&) = delete;
    SqliteBulkInsert& operator=(const SqliteBulkInsert&) = delete;

    Result<QList<qint64>> insert(const QString& table, const QString& columns, const QList<QVariantList>& rows,
                                 Ids ids) override
    {
        QList<qint64> written;
        if (rows.isEmpty()) {
            return written;
        }
        const bool returning = ids == Ids::Returned;
        const qsizetype width = rows.constFirst().size();
        const QString marks = placeholders(width);
        const qsizetype perStatement = std::clamp<qsizetype>(kMaxVariables / width, 1, kMaxRows);
        written.reserve(returning ? rows.size() : 0);
        for (qsizetype start = 0; start < rows.size(); start += perStatement) {
            const qsizetype count = std::min(perStatement, rows.size() - start);
            const QString sql = insertStatement(table, columns, marks, count, returning);
            // A batch's last, shorter statement is prepared for this once only.
            auto statement = prepared(sql, count == perStatement);
            if (!statement) {
                return statement.error();
            }
            const auto release = qScopeGuard([&] {
                sqlite3_reset(statement->handle);
                sqlite3_clear_bindings(statement->handle);
                m_text.clear();
                if (!statement->kept) {
                    sqlite3_finalize(statement->handle);
                }
            });
            int index = 0;
            for (qsizetype i = start; i < start + count; ++i) {
                const QVariantList& row = rows.at(i);
                StatementRecorder::note(sql, row);
                for (const QVariant& value : row) {
                    if (bind(statement->handle, ++index, value) != SQLITE_OK) {
                        return error(sql);
                    }
                }
            }
            QList<qint64> newIds;
            newIds.reserve(returning ? count : 0);
            int stepped = SQLITE_ROW;
            while ((stepped = sqlite3_step(statement->handle)) == SQLITE_ROW) {
                newIds.append(sqlite3_column_int64(statement->handle, 0));
            }
            if (stepped != SQLITE_DONE) {
                return error(sql);
            }
            if (returning && newIds.size() != count) {
                return Error::storage(
                    QStringLiteral("%1: %2 rows written, %3 ids returned").arg(table).arg(count).arg(newIds.size()));
            }
            // RETURNING gives the rows in no promised order; their ids were handed out in the order of the VALUES.
            std::sort(newIds.begin(), newIds.end());
            written += newIds;
        }
        return written;
    }

private:
    // SQLite's default limits: 32,766 parameters a statement; a few hundred rows keep a batch's texts small.
    static constexpr qsizetype kMaxVariables = 32766;
    static constexpr qsizetype kMaxRows = 500;

    static constexpr int kCacheSize = -131072; // in KiB: 128 MiB

    void setCacheSize(int size)
    {
        const QByteArray sql = "PRAGMA cache_size = " + QByteArray::number(size);
        sqlite3_exec(m_handle, sql.constData(), nullptr, nullptr, nullptr);
    }

    struct Prepared {
        sqlite3_stmt* handle = nullptr;
        bool kept = false;
    };

    Result<Prepared> prepared(const QString& sql, bool keep)
    {
        if (const auto found = m_statements.constFind(sql); found != m_statements.cend()) {
            return Prepared{*found, true};
        }
        const QByteArray text = sql.toUtf8();
        sqlite3_stmt* statement = nullptr;
        const int code = sqlite3_prepare_v3(m_handle, text.constData(), static_cast<int>(text.size()),
                                            keep ? SQLITE_PREPARE_PERSISTENT : 0, &statement, nullptr);
        if (code != SQLITE_OK) {
            sqlite3_finalize(statement);
            return error(sql);
        }
        if (keep) {
            m_statements.insert(sql, statement);
        }
        return Prepared{statement, keep};
    }

    // The value bound as Qt's SQLite driver binds it: NULL for a null or invalid value, integers as integers,
    // bytes as a blob, anything else as its text.
    int bind(sqlite3_stmt* statement, int index, const QVariant& value)
    {
        if (!value.isValid() || value.isNull()) {
            return sqlite3_bind_null(statement, index);
        }
        switch (value.typeId()) {
        case QMetaType::QString:
            if (static_cast<const QString*>(value.constData())->isNull()) {
                return sqlite3_bind_null(statement, index); // Qt binds a null text as NULL
            }
            break;
        case QMetaType::QByteArray:
            if (static_cast<const QByteArray*>(value.constData())->isNull()) {
                return sqlite3_bind_null(statement, index);
            }
            break;
        default:
            break;
        }
        switch (value.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
            return sqlite3_bind_int(statement, index, value.toInt());
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Long:
        case QMetaType::ULong:
            return sqlite3_bind_int64(statement, index, value.toLongLong());
        case QMetaType::Double:
            return sqlite3_bind_double(statement, index, value.toDouble());
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            return sqlite3_bind_blob(statement, index, bytes.constData(), static_cast<int>(bytes.size()),
                                     SQLITE_TRANSIENT);
        }
        default: {
            // Kept until the row is stepped: SQLite reads the text in place.
            m_text.push_back(value.toString().toUtf8());
            const QByteArray& text = m_text.back();
            return sqlite3_bind_text(statement, index, text.constData(), static_cast<int>(text.size()),
                                     SQLITE_STATIC);
        }
        }
    }

    // The error in the words sqlError() gives for Qt's statements (a full disk, a read-only file named as such).
    Error error(const QString& sql) const
    {
        const QSqlError qtError(QStringLiteral("Unable to execute statement"),
                                QString::fromUtf8(sqlite3_errmsg(m_handle)), QSqlError::StatementError,
                                QString::number(sqlite3_extended_errcode(m_handle)));
        qCWarning(lcStorage) << "SQL failed:" << sql << qtError.text();
        const QString explained = sqlite_file::explain(qtError, m_database.displayName());
        if (!explained.isEmpty()) {
            return Error::storage(explained + QStringLiteral(" (") + qtError.text().simplified() + QLatin1Char(')'));
        }
        return Error::storage(
            QCoreApplication::translate("motcua::storage", "The database reported an error: %1").arg(qtError.text()));
    }

    Database& m_database;
    sqlite3* m_handle;
    QHash<QString, sqlite3_stmt*> m_statements;
    std::vector<QByteArray> m_text; // the texts bound to the statement being written
    std::optional<int> m_cacheSize; // the connection's own
};

} // namespace

std::unique_ptr<BulkInsert> BulkInsert::forDatabase(Database& database)
{
    if (database.dialect().engine() == SqlEngine::Sqlite) {
        if (sqlite3* handle = sqliteHandle(database.connection())) {
            return std::make_unique<SqliteBulkInsert>(database, handle);
        }
    }
    return throughQt(database);
}

std::unique_ptr<BulkInsert> BulkInsert::throughQt(Database& database)
{
    return std::make_unique<QtBulkInsert>(database);
}

} // namespace motcua::storage
