#include "ui/common/DatabaseWorker.h"

#include <QThread>

#include <atomic>

namespace motcua::ui {

// The worker thread's own connection to the database file: opened there on the first job, closed there when the
// thread finishes. `generation` is the owner's newest one, so that queued jobs of an older one are skipped.
struct DatabaseWorker::Connection {
    QString path;
    std::atomic<quint64> generation{0};
    SystemClock clock; // only read by a migration, which the owner's connection has already run
    std::unique_ptr<storage::Database> database;
    QString error;

    storage::Database* open()
    {
        if (!database && error.isEmpty()) {
            auto opened = storage::Database::open(path, clock);
            if (opened) {
                database = std::move(opened).value();
            } else {
                error = opened.error().message;
            }
        }
        return database.get();
    }
};

DatabaseWorker::DatabaseWorker(storage::Database& database, const QString& name, QObject* parent)
    : QObject(parent)
    , m_database(database)
{
    if (!database.sharesConnections()) {
        return; // a private in-memory database: no second connection can see it
    }
    m_connection = std::make_shared<Connection>();
    m_connection->path = database.path();
    m_thread = new QThread(this);
    m_thread->setObjectName(name);
    m_threadContext = new QObject;
    m_threadContext->moveToThread(m_thread);
    connect(
        m_thread, &QThread::finished, m_threadContext, [connection = m_connection] { connection->database.reset(); },
        Qt::DirectConnection);
    m_thread->start();
}

DatabaseWorker::~DatabaseWorker()
{
    if (m_thread) {
        newGeneration(); // queued jobs have nothing left to do
        m_thread->quit();
        m_thread->wait();
        delete m_threadContext;
    }
}

void DatabaseWorker::newGeneration()
{
    ++m_generation;
    if (m_connection) {
        m_connection->generation = m_generation;
    }
}

// Runs `job` on the worker thread (or here, without one) and what it gives back on this object's thread, unless a
// newer generation has begun meanwhile.
void DatabaseWorker::run(Job job)
{
    if (m_pendingJobs++ == 0) {
        emit busyChanged(true);
    }
    const quint64 generation = m_generation;
    if (!m_thread) {
        job(m_database)();
        finishJob();
        return;
    }
    QMetaObject::invokeMethod(m_threadContext, [this, generation, connection = m_connection, job = std::move(job)] {
        std::function<void()> deliver;
        if (connection->generation == generation) {
            if (storage::Database* database = connection->open()) {
                deliver = job(*database);
            } else {
                deliver = [this, message = connection->error] {
                    emit failed(message);
                };
            }
        }
        // Posted to the worker: dropped with it if it is deleted first (its destructor waits for this thread).
        QMetaObject::invokeMethod(
            this,
            [this, generation, deliver = std::move(deliver)] {
                if (deliver && generation == m_generation) {
                    deliver();
                }
                finishJob();
            },
            Qt::QueuedConnection);
    });
}

void DatabaseWorker::finishJob()
{
    if (--m_pendingJobs == 0) {
        emit busyChanged(false);
    }
}

} // namespace motcua::ui
