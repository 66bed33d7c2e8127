#pragma once

#include "core/storage/Database.h"

#include <QObject>

#include <functional>
#include <memory>

class QThread;

namespace motcua::ui {

// Runs read-only queries off the GUI thread, on a thread with its own connection to the database file (opened there
// on the first job, closed there when the worker goes), in the way of DB Browser's RowLoader. Every
// newGeneration() drops what older jobs give back, and skips those still queued, so a stale result never reaches
// the screen. An in-memory database cannot be shared between connections: there the jobs run at once on the
// calling thread.
class DatabaseWorker : public QObject {
    Q_OBJECT

public:
    // Work done against a database (on the worker thread), giving back what to do with its result on the owner's
    // thread. The work must not touch the owner: copy in what it needs.
    using Job = std::function<std::function<void()>(storage::Database& database)>;

    DatabaseWorker(storage::Database& database, const QString& name, QObject* parent = nullptr);
    ~DatabaseWorker() override;

    void newGeneration();
    void run(Job job);
    bool isBusy() const { return m_pendingJobs > 0; }

signals:
    void busyChanged(bool busy);
    // The worker's own connection could not be opened (once for each job of the current generation).
    void failed(const QString& message);

private:
    struct Connection;

    void finishJob();

    storage::Database& m_database;
    quint64 m_generation = 0;
    int m_pendingJobs = 0;
    QThread* m_thread = nullptr;
    QObject* m_threadContext = nullptr; // lives on m_thread: jobs are queued to it
    std::shared_ptr<Connection> m_connection;
};

} // namespace motcua::ui
