#include "tests/support/TempDatabase.h"

#include "tests/support/PostgresServer.h"

#include <QFile>
#include <QTextStream>

#include <stdexcept>

namespace motcua::test {

storage::SqlEngine testBackend()
{
    return qgetenv("MOTCUA_TEST_BACKEND") == "postgresql" ? storage::SqlEngine::PostgreSql : storage::SqlEngine::Sqlite;
}

TempDatabase::TempDatabase()
{
    if (testBackend() == storage::SqlEngine::PostgreSql) {
        m_serverDatabase = PostgresServer::instance().createDatabase();
    }
    m_database = openAgain();
}

TempDatabase::TempDatabase(QString file)
    : m_file(std::move(file))
{
    m_database = openAgain();
}

TempDatabase::~TempDatabase()
{
    m_database.reset();
    if (!m_serverDatabase.isEmpty()) {
        try {
            PostgresServer::instance().dropDatabase(m_serverDatabase);
        } catch (const std::runtime_error&) {
            // The server goes with the process anyway.
        }
    }
}

QString TempDatabase::path() const
{
    if (!m_file.isEmpty()) {
        return m_file;
    }
    return m_serverDatabase.isEmpty() ? m_dir.filePath(QStringLiteral("test.sqlite"))
                                      : PostgresServer::instance().url(m_serverDatabase);
}

std::unique_ptr<storage::Database> TempDatabase::openAgain()
{
    auto opened = storage::Database::open(path(), m_clock);
    if (!opened) {
        throw std::runtime_error(opened.error().message.toStdString());
    }
    return std::move(opened).value();
}

QString testDataPath(const QString& name)
{
    return QStringLiteral(MOTCUA_TEST_DATA_DIR "/") + name;
}

QList<QStringList> readCsv(const QString& name)
{
    QFile file(testDataPath(name));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        throw std::runtime_error("cannot read test data " + name.toStdString());
    }
    QList<QStringList> rows;
    QTextStream in(&file);
    bool header = true;
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        if (header) {
            header = false;
            continue;
        }
        QStringList cells = line.split(QLatin1Char(','));
        for (QString& cell : cells) {
            cell = cell.trimmed();
        }
        rows << cells;
    }
    return rows;
}

} // namespace motcua::test
