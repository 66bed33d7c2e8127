#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace motcua::test {

// A throwaway PostgreSQL 15 server for the tests of one process: a cluster made by initdb in a temporary folder,
// run as the unprivileged postgres user when the tests run as root (PostgreSQL refuses root), listening on a Unix
// socket in that folder and on 127.0.0.1 at a free port. Started on first use; stopped and removed at exit, and
// by a watchdog process when the test process dies without exiting. Every test gets a fresh database copied from
// a template migrated once.
class PostgresServer {
public:
    ~PostgresServer();
    PostgresServer(const PostgresServer&) = delete;
    PostgresServer& operator=(const PostgresServer&) = delete;

    // The process's server, started when first asked for; throws std::runtime_error when it cannot start.
    static PostgresServer& instance();
    // Stops and removes the server if one was started (the test main calls it after the run).
    static void shutdown();

    // A new empty database migrated to the latest schema; returns its name.
    QString createDatabase();
    void dropDatabase(const QString& name);
    // postgresql://USER@localhost:PORT/NAME?host=SOCKET_FOLDER (USER: the superuser motcua unless given)
    QString url(const QString& name, const QString& user = {}) const;
    // The same database over TCP on 127.0.0.1.
    QString tcpUrl(const QString& name) const;
    // Runs a statement as the superuser on the maintenance database; throws on failure.
    void admin(const QString& sql);
    // The same on another database of the server.
    void adminOn(const QString& database, const QString& sql);
    // Stops the server (as a power cut or a restart of the office's server would: every connection is dropped)
    // and starts it again on the same port.
    void stop();
    void startAgain();

private:
    PostgresServer();
    void run(const QStringList& command, const QString& what) const;
    void start();
    void launch();

    QTemporaryDir m_dir;
    int m_port = 0;
    bool m_started = false;
    int m_databases = 0;
};

} // namespace motcua::test
