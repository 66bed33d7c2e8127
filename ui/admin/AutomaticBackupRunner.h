#pragma once

#include "core/storage/Backup.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <functional>

class QLabel;
class QMainWindow;

namespace motcua::ui {

// The automatic backup of the first start of the day (backup::AutomaticBackup), taken off the GUI thread on a
// connection of its own, so that the sign-in and the window are usable meanwhile. The window it is attached to says
// so in its status bar while it runs; a failure is said to an administrator when it happens, and (recorded by the
// backup in the settings) at each later start until a backup succeeds.
class AutomaticBackupRunner : public QObject {
    Q_OBJECT

public:
    // What the worker does with its own connection: by default backup::AutomaticBackup::run(). Tests hold it back.
    using Work = std::function<Result<storage::BackupSummary>(storage::Database& database, const Clock& clock)>;

    AutomaticBackupRunner(storage::Database& database, const Clock& clock, QObject* parent = nullptr);
    // Waits for a backup still running: it is never left half-written.
    ~AutomaticBackupRunner() override;

    void setWork(Work work) { m_work = std::move(work); }
    // Starts the backup when one is due (a folder is set, none succeeded today); whether it started.
    bool startIfDue();
    bool isRunning() const { return m_watcher.isRunning(); }

    // Shows the running backup in `window`'s status bar and reports its outcome there; when nothing runs, an
    // administrator is told of the last automatic backup's failure. Called again for a window rebuilt (language).
    void attach(QMainWindow* window, bool administrator);

signals:
    // The backup ended; `error` is empty when it succeeded.
    void finished(const QString& error);

private:
    void done();
    void showFailure(const QString& error);

    storage::Database& m_database;
    const Clock& m_clock;
    Work m_work;
    QFutureWatcher<QString> m_watcher; // the error message, "" on success
    QPointer<QMainWindow> m_window;
    QPointer<QLabel> m_status;
    bool m_administrator = false;
    QString m_error; // of the backup that ended, until a window shows it
    bool m_failureShown = false;
};

} // namespace motcua::ui
