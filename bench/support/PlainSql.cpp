#include "bench/support/PlainSql.h"

#include "bench/support/BenchSupport.h"

#include <QElapsedTimer>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <vector>

namespace motcua::bench {

namespace {

bool onlyReads(const QString& sql)
{
    const QString start = sql.trimmed().left(6).toUpper();
    return start.startsWith(QLatin1String("SELECT")) || start.startsWith(QLatin1String("WITH"));
}

// A bound value as Qt's drivers pass it: whole numbers and reals as such, everything else as its text.
QByteArray textOf(const QVariant& value)
{
    if (value.typeId() == QMetaType::Bool) {
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    }
    return value.toString().toUtf8();
}

bool isWhole(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return true;
    default:
        return false;
    }
}

class SqliteConnection : public PlainSql {
public:
    explicit SqliteConnection(sqlite3* db)
        : m_db(db)
    {}
    ~SqliteConnection() override { sqlite3_close(m_db); }

    QString engine() const override
    {
        return QStringLiteral("SQLite %1 (sqlite3 C API)").arg(QString::fromLatin1(sqlite3_libversion()));
    }

protected:
    Status runOne(const storage::RecordedStatement& statement) override
    {
        const QByteArray sql = statement.sql.toUtf8();
        sqlite3_stmt* prepared = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.constData(), static_cast<int>(sql.size()), &prepared, nullptr) != SQLITE_OK) {
            return failure();
        }
        std::vector<QByteArray> texts; // alive until the statement is done
        texts.reserve(static_cast<std::size_t>(statement.values.size()));
        for (qsizetype i = 0; i < statement.values.size(); ++i) {
            const QVariant& value = statement.values.at(i);
            const int index = static_cast<int>(i) + 1;
            if (value.isNull()) {
                sqlite3_bind_null(prepared, index);
            } else if (isWhole(value)) {
                sqlite3_bind_int64(prepared, index, value.toLongLong());
            } else if (value.typeId() == QMetaType::Double) {
                sqlite3_bind_double(prepared, index, value.toDouble());
            } else {
                texts.push_back(value.toString().toUtf8());
                sqlite3_bind_text(prepared, index, texts.back().constData(), static_cast<int>(texts.back().size()),
                                  SQLITE_STATIC);
            }
        }
        int step = SQLITE_ROW;
        qint64 bytes = 0; // every column read, as the application reads them
        while ((step = sqlite3_step(prepared)) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(prepared); ++c) {
                if (sqlite3_column_type(prepared, c) == SQLITE_INTEGER) {
                    bytes += sqlite3_column_int64(prepared, c) & 1;
                } else {
                    bytes += sqlite3_column_bytes(prepared, c);
                    (void)sqlite3_column_text(prepared, c);
                }
            }
        }
        sqlite3_finalize(prepared);
        m_sink += bytes;
        return step == SQLITE_DONE ? Status() : failure();
    }

private:
    Error failure() const
    {
        return Error::storage(QStringLiteral("sqlite3: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
    }

    sqlite3* m_db;
    qint64 m_sink = 0;
};

class PostgresConnection : public PlainSql {
public:
    explicit PostgresConnection(PGconn* connection)
        : m_connection(connection)
    {}
    ~PostgresConnection() override { PQfinish(m_connection); }

    QString engine() const override
    {
        const int version = PQserverVersion(m_connection);
        return QStringLiteral("PostgreSQL %1.%2 (libpq)").arg(version / 10000).arg(version % 10000);
    }

protected:
    Status runOne(const storage::RecordedStatement& statement) override
    {
        const QByteArray sql = numberedParameters(statement.sql).toUtf8();
        std::vector<QByteArray> texts;
        std::vector<const char*> values;
        texts.reserve(static_cast<std::size_t>(statement.values.size()));
        for (const QVariant& value : statement.values) {
            if (value.isNull()) {
                values.push_back(nullptr);
            } else {
                texts.push_back(textOf(value));
                values.push_back(texts.back().constData());
            }
        }
        PGresult* result = PQexecParams(m_connection, sql.constData(), static_cast<int>(values.size()), nullptr,
                                        values.data(), nullptr, nullptr, 0);
        const ExecStatusType status = PQresultStatus(result);
        Status outcome;
        if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
            outcome = Error::storage(QStringLiteral("libpq: %1").arg(QString::fromUtf8(PQresultErrorMessage(result))));
        } else {
            qint64 bytes = 0;
            for (int row = 0; row < PQntuples(result); ++row) {
                for (int c = 0; c < PQnfields(result); ++c) {
                    bytes += PQgetlength(result, row, c);
                    (void)PQgetvalue(result, row, c);
                }
            }
            m_sink += bytes;
        }
        PQclear(result);
        return outcome;
    }

private:
    PGconn* m_connection;
    qint64 m_sink = 0;
};

} // namespace

QString numberedParameters(const QString& sql)
{
    QString numbered;
    numbered.reserve(sql.size() + 16);
    int next = 1;
    QChar quote;
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            quote = c == quote ? QChar() : quote; // '' inside text closes and opens again: the same result
            numbered += c;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            numbered += c;
        } else if (c == QLatin1Char('?')) {
            numbered += QLatin1Char('$') + QString::number(next++);
        } else {
            numbered += c;
        }
    }
    return numbered;
}

Result<std::unique_ptr<PlainSql>> PlainSql::open(const storage::Database& database)
{
    const storage::DatabaseLocation& location = database.location();
    if (location.engine == storage::SqlEngine::PostgreSql) {
        const QByteArray host = location.host.toUtf8();
        const QByteArray port = QByteArray::number(location.port);
        const QByteArray name = location.database.toUtf8();
        const QByteArray user = location.user.toUtf8();
        const QByteArray password = location.password.toUtf8();
        std::vector<const char*> keys{"host", "port", "dbname", "user"};
        std::vector<const char*> values{host.constData(), port.constData(), name.constData(), user.constData()};
        if (!password.isEmpty()) { // otherwise libpq's own ways: PGPASSWORD, ~/.pgpass
            keys.push_back("password");
            values.push_back(password.constData());
        }
        keys.push_back(nullptr);
        values.push_back(nullptr);
        PGconn* connection = PQconnectdbParams(keys.data(), values.data(), 0);
        if (PQstatus(connection) != CONNECTION_OK) {
            const QString message = QString::fromUtf8(PQerrorMessage(connection)).trimmed();
            PQfinish(connection);
            return Error::storage(QStringLiteral("libpq: %1").arg(message));
        }
        return std::unique_ptr<PlainSql>(new PostgresConnection(connection));
    }
    sqlite3* db = nullptr;
    const QByteArray file = location.file.toUtf8();
    if (sqlite3_open_v2(file.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return Error::storage(QStringLiteral("sqlite3: %1").arg(message));
    }
    // The session the application sets up (foreign keys, busy timeout, WAL journal), so both read alike.
    for (const QString& statement : database.dialect().sessionSetup(location.file == QLatin1String(":memory:"))) {
        sqlite3_exec(db, statement.toUtf8().constData(), nullptr, nullptr, nullptr);
    }
    return std::unique_ptr<PlainSql>(new SqliteConnection(db));
}

Result<double> PlainSql::run(const QList<storage::RecordedStatement>& statements)
{
    for (const storage::RecordedStatement& statement : statements) {
        if (!onlyReads(statement.sql)) {
            return Error::invalid(QStringLiteral("statement"),
                                  QStringLiteral("Only reads are run again: %1").arg(statement.sql.left(60)));
        }
    }
    QElapsedTimer timer;
    timer.start();
    for (const storage::RecordedStatement& statement : statements) {
        if (Status done = runOne(statement); !done) {
            return done.error();
        }
    }
    return millis(timer);
}

} // namespace motcua::bench
