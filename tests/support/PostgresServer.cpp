#include "tests/support/PostgresServer.h"

#include "core/storage/Database.h"
#include "tests/support/MockClock.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <stdexcept>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace motcua::test {

namespace {

const QString kBin = QStringLiteral("/usr/lib/postgresql/15/bin/");
const QString kUser = QStringLiteral("motcua");
const QString kTemplate = QStringLiteral("motcua_template");
const QString kAdminConnection = QStringLiteral("motcua-test-postgres-admin");

bool runningAsRoot()
{
    return geteuid() == 0;
}

// The command as the postgres user when the tests run as root.
QStringList asServerUser(QStringList command)
{
    if (runningAsRoot()) {
        command = QStringList{QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("postgres"),
                              QStringLiteral("--")} +
                  command;
    }
    return command;
}

// A TCP port nobody listens on now (the kernel's choice for an ephemeral bind).
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) {
        throw std::runtime_error("no socket for a free port");
    }
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof(address);
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), length) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        ::close(fd);
        throw std::runtime_error("no free port");
    }
    ::close(fd);
    return ntohs(address.sin_port);
}

std::unique_ptr<PostgresServer>& holder()
{
    static std::unique_ptr<PostgresServer> server;
    return server;
}

} // namespace

PostgresServer::PostgresServer()
    : m_dir(QDir::tempPath() + QStringLiteral("/motcua-pg-XXXXXX"))
{
    if (!m_dir.isValid()) {
        throw std::runtime_error("cannot create a folder for the PostgreSQL server");
    }
}

PostgresServer& PostgresServer::instance()
{
    std::unique_ptr<PostgresServer>& server = holder();
    if (!server) {
        server.reset(new PostgresServer);
        server->start();
        // Statics die after main returns, when Qt's SQL plugins may be gone: stop the server while they are not.
        std::atexit([] { holder().reset(); });
    }
    return *server;
}

void PostgresServer::run(const QStringList& command, const QString& what) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(command.first(), command.mid(1));
    if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        throw std::runtime_error(
            (what + QStringLiteral(" failed: ") + QString::fromLocal8Bit(process.readAll())).toStdString());
    }
}

void PostgresServer::start()
{
    const QString folder = m_dir.path();
    if (runningAsRoot()) {
        const passwd* postgres = ::getpwnam("postgres");
        if (!postgres || ::chown(QFile::encodeName(folder).constData(), postgres->pw_uid, postgres->pw_gid) != 0) {
            throw std::runtime_error("the tests run as root and there is no postgres user to run the server");
        }
    }
    const QString data = folder + QStringLiteral("/data");
    run(asServerUser({kBin + QStringLiteral("initdb"), QStringLiteral("-D"), data, QStringLiteral("-U"), kUser,
                      QStringLiteral("--auth=trust"), QStringLiteral("--encoding=UTF8"),
                      QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")}),
        QStringLiteral("initdb"));
    // The watchdog removes the server when this process dies without running its exit handlers.
    const QString stop =
        asServerUser({kBin + QStringLiteral("pg_ctl"), QStringLiteral("-D"), data, QStringLiteral("-m"),
                      QStringLiteral("immediate"), QStringLiteral("-s"), QStringLiteral("stop")})
            .join(QLatin1Char(' '));
    QProcess::startDetached(QStringLiteral("sh"),
                            {QStringLiteral("-c"),
                             QStringLiteral("while kill -0 %1 2>/dev/null; do sleep 1; done; %2 2>/dev/null; rm -rf %3")
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(stop, folder)});
    for (int attempt = 0; !m_started; ++attempt) {
        m_port = freePort();
        try {
            launch();
            m_started = true;
        } catch (const std::runtime_error&) {
            if (attempt == 2) { // a port taken between the choice and the start, three times: give up
                throw;
            }
        }
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), kAdminConnection);
    db.setHostName(folder);
    db.setPort(m_port);
    db.setUserName(kUser);
    db.setDatabaseName(QStringLiteral("postgres"));
    if (!db.open()) {
        throw std::runtime_error("cannot connect to the test server: " + db.lastError().text().toStdString());
    }
    admin(QStringLiteral("CREATE DATABASE %1").arg(kTemplate));
    MockClock clock;
    auto migrated = storage::Database::open(url(kTemplate), clock);
    if (!migrated) {
        throw std::runtime_error("cannot migrate the template database: " + migrated.error().message.toStdString());
    }
}

void PostgresServer::launch()
{
    const QString folder = m_dir.path();
    // Durability is not what the tests check: no fsync makes a fresh database per test cheap.
    const QString options = QStringLiteral("-k %1 -h 127.0.0.1 -p %2 -F -c synchronous_commit=off -c "
                                           "full_page_writes=off -c max_connections=50")
                                .arg(folder)
                                .arg(m_port);
    run(asServerUser({kBin + QStringLiteral("pg_ctl"), QStringLiteral("-D"), folder + QStringLiteral("/data"),
                      QStringLiteral("-l"), folder + QStringLiteral("/server.log"), QStringLiteral("-o"), options,
                      QStringLiteral("-w"), QStringLiteral("-s"), QStringLiteral("start")}),
        QStringLiteral("pg_ctl start"));
}

void PostgresServer::stop()
{
    run(asServerUser({kBin + QStringLiteral("pg_ctl"), QStringLiteral("-D"), m_dir.path() + QStringLiteral("/data"),
                      QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("-s"),
                      QStringLiteral("stop")}),
        QStringLiteral("pg_ctl stop"));
}

void PostgresServer::startAgain()
{
    launch();
    // The superuser's connection went with the server.
    QSqlDatabase db = QSqlDatabase::database(kAdminConnection, false);
    db.close();
    if (!db.open()) {
        throw std::runtime_error("cannot connect to the test server again: " + db.lastError().text().toStdString());
    }
}

PostgresServer::~PostgresServer()
{
    if (QSqlDatabase::contains(kAdminConnection)) {
        QSqlDatabase::database(kAdminConnection, false).close();
        QSqlDatabase::removeDatabase(kAdminConnection);
    }
    if (m_started) {
        const QStringList stop = asServerUser(
            {kBin + QStringLiteral("pg_ctl"), QStringLiteral("-D"), m_dir.path() + QStringLiteral("/data"),
             QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-s"), QStringLiteral("stop")});
        QProcess::execute(stop.first(), stop.mid(1));
    }
}

void PostgresServer::shutdown()
{
    holder().reset();
}

void PostgresServer::admin(const QString& sql)
{
    QSqlQuery query(QSqlDatabase::database(kAdminConnection, false));
    if (!query.exec(sql)) {
        throw std::runtime_error((sql + QStringLiteral(": ") + query.lastError().text()).toStdString());
    }
}

void PostgresServer::adminOn(const QString& database, const QString& sql)
{
    const QString name = kAdminConnection + QStringLiteral("-on");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_dir.path());
        db.setPort(m_port);
        db.setUserName(kUser);
        db.setDatabaseName(database);
        if (!db.open()) {
            error = db.lastError().text();
        } else if (QSqlQuery query(db); !query.exec(sql)) {
            error = sql + QStringLiteral(": ") + query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!error.isEmpty()) {
        throw std::runtime_error(error.toStdString());
    }
}

QString PostgresServer::createDatabase()
{
    const QString name = QStringLiteral("motcua_test_%1").arg(++m_databases);
    admin(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2 STRATEGY FILE_COPY").arg(name, kTemplate));
    return name;
}

void PostgresServer::dropDatabase(const QString& name)
{
    admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

QString PostgresServer::url(const QString& name, const QString& user) const
{
    return QStringLiteral("postgresql://%1@localhost:%2/%3?host=%4")
        .arg(user.isEmpty() ? kUser : user)
        .arg(m_port)
        .arg(name, m_dir.path());
}

QString PostgresServer::tcpUrl(const QString& name) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(kUser).arg(m_port).arg(name);
}

} // namespace motcua::test
