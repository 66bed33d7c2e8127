#include "ui/admin/AutomaticBackupRunner.h"

#include "core/backup/AutomaticBackup.h"
#include "ui/widgets/MessageBox.h"

#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace motcua::ui {

namespace {

constexpr int kDoneMessageMs = 10000;

} // namespace

AutomaticBackupRunner::AutomaticBackupRunner(storage::Database& database, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_work([](storage::Database& db, const Clock& c) { return backup::AutomaticBackup(db, c).run(); })
{
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, &AutomaticBackupRunner::done);
}

AutomaticBackupRunner::~AutomaticBackupRunner()
{
    m_watcher.waitForFinished();
}

bool AutomaticBackupRunner::startIfDue()
{
    if (isRunning() || !backup::AutomaticBackup(m_database, m_clock).isDue()) {
        return false;
    }
    m_failureShown = false;
    m_error.clear();
    const QString path = m_database.path();
    const Clock& clock = m_clock;
    // A Database is used only on the thread that opened it: the worker opens its own (the file or the server).
    m_watcher.setFuture(QtConcurrent::run([path, &clock, work = m_work]() -> QString {
        auto opened = storage::Database::open(path, clock);
        if (!opened) {
            return opened.error().message;
        }
        auto made = work(**opened, clock);
        return made ? QString() : made.error().message;
    }));
    return true;
}

void AutomaticBackupRunner::attach(QMainWindow* window, bool administrator)
{
    m_window = window;
    m_administrator = administrator;
    if (isRunning()) {
        m_status = new QLabel(tr("Automatic backup in progress…"), window);
        m_status->setObjectName(QStringLiteral("automaticBackupStatus"));
        window->statusBar()->addPermanentWidget(m_status);
        return;
    }
    // A failure of this start before the window was there, or of an earlier start (recorded in the settings).
    const QString failed = m_error.isEmpty() ? backup::AutomaticBackup(m_database, m_clock).lastError() : m_error;
    if (!failed.isEmpty()) {
        showFailure(failed);
    }
}

void AutomaticBackupRunner::done()
{
    const QString error = m_watcher.result();
    m_error = error;
    delete m_status;
    if (m_window) {
        if (error.isEmpty()) {
            m_window->statusBar()->showMessage(tr("The automatic backup is done."), kDoneMessageMs);
        } else {
            m_window->statusBar()->showMessage(tr("The automatic backup failed."));
            showFailure(error);
        }
    }
    emit finished(error);
}

void AutomaticBackupRunner::showFailure(const QString& error)
{
    if (!m_administrator || m_failureShown) {
        return;
    }
    m_failureShown = true;
    MessageBox::warning(m_window, tr("Automatic backup failed"),
                        tr("The automatic backup failed: %1\n\nCheck the backup folder in File → Settings… (Agency) "
                           "and take a backup now with Administration → Back up…")
                            .arg(error));
}

} // namespace motcua::ui
