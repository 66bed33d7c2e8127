#include "ui/admin/BackupRestore.h"

#include "ui/widgets/BusyWork.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBox.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace motcua::ui {

using storage::Backup;
using storage::BackupSummary;

namespace {

// Runs `work` on a pool thread behind a modal progress dialog fed by its progress reports; returns its result.
template <typename T>
Result<T> withProgress(QWidget* parent, const QString& title, std::function<Result<T>(const Backup::Progress&)> work)
{
    QProgressDialog dialog(parent);
    setUpProgressDialog(dialog, QStringLiteral("backupProgress"), title, 100);
    dialog.setAutoClose(false);
    dialog.setValue(0);
    QPointer<QProgressDialog> shown(&dialog);
    const Backup::Progress progress = [shown](int percent, const QString& step) {
        QMetaObject::invokeMethod(
            qApp,
            [shown, percent, step] {
                if (shown) {
                    shown->setLabelText(step);
                    shown->setValue(percent);
                }
            },
            Qt::QueuedConnection);
    };
    QFutureWatcher<Result<T>> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Result<T>>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([work, progress] { return work(progress); }));
    if (!watcher.isFinished()) {
        loop.exec();
    }
    QCoreApplication::processEvents(); // the last progress reports
    return watcher.result();
}

} // namespace

QString BackupRestore::describe(const BackupSummary& summary)
{
    return tr("Agency: %1 %2\nTaken: %3\nDossiers: %4")
        .arg(summary.agencyCode, summary.agencyName, summary.takenAt.toString(QStringLiteral("HH:mm:ss dd/MM/yyyy")))
        .arg(summary.dossiers);
}

bool BackupRestore::backup(QWidget* parent, const Session& session)
{
    const QString suggested = QDir::home().filePath(
        QStringLiteral("motcua-") + session.clock.now().toString(QStringLiteral("yyyyMMdd-HHmmss")) +
        QStringLiteral(".sqlite"));
    const QString file = FileDialog::saveFileName(parent, tr("Back up the database"), suggested,
                                                  tr("MotCua backup (*.sqlite)"), QStringLiteral("sqlite"));
    if (file.isEmpty()) {
        return false;
    }
    const QString livePath = session.database.path();
    const Clock& clock = session.clock;
    // The worker's own connection: a Database is used only on the thread that opened it.
    auto made = withProgress<BackupSummary>(parent, tr("Backing up…"), [livePath, file, &clock](const auto& progress) {
        auto live = storage::Database::open(livePath, clock);
        if (!live) {
            return Result<BackupSummary>(live.error());
        }
        return Backup::create(**live, file, clock, progress);
    });
    if (!made) {
        MessageBox::critical(parent, tr("Backup failed"), made.error().message);
        return false;
    }
    MessageBox::information(parent, tr("Backup done"),
                            tr("The backup %1 is written and verified.\n\n%2").arg(file, describe(*made)));
    return true;
}

bool BackupRestore::restore(QWidget* parent, const Session& session)
{
    const QString file = FileDialog::openFileName(parent, tr("Restore a backup"), QDir::homePath(),
                                                  tr("MotCua backup (*.sqlite)"));
    if (file.isEmpty()) {
        return false;
    }
    auto checked = withProgress<BackupSummary>(parent, tr("Checking the backup…"), [file](const auto& progress) {
        progress(10, tr("Checking the backup…"));
        return Backup::verify(file);
    });
    if (!checked) {
        MessageBox::critical(parent, tr("Backup refused"), checked.error().message);
        return false;
    }
    if (MessageBox::question(parent, tr("Restore a backup"),
                             tr("Replace the database by this backup?\n\n%1\n\nThe current database is kept aside, "
                                "renamed with today's date. Close MotCua on the other workstations first; MotCua "
                                "closes after the restore.")
                                 .arg(describe(*checked))) != QMessageBox::Yes) {
        return false;
    }
    const QString livePath = session.database.path();
    const Clock& clock = session.clock;
    auto restored = withProgress<storage::RestoreOutcome>(
        parent, tr("Restoring…"),
        [file, livePath, &clock](const auto& progress) { return Backup::restore(file, livePath, clock, progress); });
    if (!restored) {
        MessageBox::critical(parent, tr("Restore refused"), restored.error().message);
        return false;
    }
    MessageBox::information(parent, tr("Database restored"),
                            tr("The database now holds the backup (%1 dossiers). The replaced database is kept as "
                               "%2.\n\nMotCua closes now: start it again.")
                                .arg(restored->restored.dossiers)
                                .arg(QFileInfo(restored->setAside).fileName()));
    return true;
}

} // namespace motcua::ui
