#include "tests/support/CatchQt.h"

#include "core/storage/Backup.h"
#include "tests/support/BackupMoment.h"
#include "tests/support/WorkflowFixture.h"
#include "tests/ui/BackupMenu.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBox.h"

#include <catch2/catch.hpp>

#include <QChildEvent>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QProgressBar>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>

using namespace motcua;
using namespace motcua::ui;

namespace {

// The percentages shown by the progress dialogs made on `window` (the backup's "backupProgress"), from their start:
// a dialog is still being made when it is added, so it is looked at from the event loop, which its work's first
// report reaches later.
class ProgressWatch : public QObject {
public:
    explicit ProgressWatch(QWidget* window) { window->installEventFilter(this); }
    QList<int> percents;

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::ChildAdded) {
            QPointer<QObject> child = static_cast<QChildEvent*>(event)->child();
            QMetaObject::invokeMethod(
                this,
                [this, child] {
                    auto* dialog = qobject_cast<QProgressDialog*>(child.data());
                    if (dialog == nullptr || dialog->objectName() != QLatin1String("backupProgress")) {
                        return;
                    }
                    if (auto* bar = dialog->findChild<QProgressBar*>()) {
                        connect(bar, &QProgressBar::valueChanged, this, [this](int percent) { percents << percent; });
                    }
                },
                Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

// SQLite only: the backup is then a snapshot of the database file (VACUUM INTO) whose rows are compared in rowid
// order, the file opened as it is; a server's backup is pg_dump's, restored by pg_restore (core ServerBackupTest).
TEST_CASE("Administration menu: Back up… while another workstation receives 1,000 dossiers, restored as at its moment",
          "[ui][backup][sqlite-only]")
{
    test::WorkflowFixture f;
    test::BackupMenu menu(f);
    auto& window = menu.window;
    QTemporaryDir folder;
    const QString file = folder.filePath(QStringLiteral("sao-luu.sqlite"));

    // The backup, from the menu, after the writer's 100th intake; the writer pauses at its 500th until it is done.
    test::WritingWorkstation writer(f);
    writer.waitForHundred();
    REQUIRE(writer.written() >= test::WritingWorkstation::kStartAfter);
    ProgressWatch progress(window.get());
    FileDialog::setNextPath(file);
    MessageBox::setNextAnswer(QMessageBox::Ok); // "The backup … is written and verified."
    menu.backup->trigger();
    writer.backupDone();
    CHECK(MessageBox::pendingAnswers() == 0);
    const QString done = MessageBox::lastText();
    REQUIRE(writer.finish().empty());
    CHECK(test::count(f, QStringLiteral("dossier")) == test::WritingWorkstation::kIntakes);

    // Its progress shown to the end.
    REQUIRE_FALSE(progress.percents.isEmpty());
    CHECK(std::is_sorted(progress.percents.cbegin(), progress.percents.cend()));
    CHECK(progress.percents.constLast() == 100);

    const auto summary = storage::Backup::verify(file);
    REQUIRE(summary.ok());
    const qint64 moment = summary->dossiers;
    REQUIRE(moment >= test::WritingWorkstation::kStartAfter);
    REQUIRE(moment <= test::WritingWorkstation::kPauseAt);
    CHECK(done.contains(file));
    CHECK(done.contains(QStringLiteral("Hồ sơ: %1").arg(moment)));

    // The backup holds the state at its moment.
    const test::TableDump now = test::dump(f.db.database().connection());
    const test::TableDump copy = test::dumpFile(file);
    REQUIRE(copy.keys() == now.keys());
    const test::TableDump expected = writer.expectedAt(moment, now, copy);
    CHECK(copy == expected);
    CHECK(copy.value(QStringLiteral("dossier")).size() == moment);

    // Restored from the menu, confirmed: every table row by row as at the backup's moment, the replaced database
    // with its 1,000 dossiers kept aside.
    QSignalSpy replaced(window.get(), &MainWindow::databaseReplaced);
    FileDialog::setNextPath(file);
    MessageBox::setNextAnswer(QMessageBox::Yes); // "Replace the database by this backup?"
    MessageBox::setNextAnswer(QMessageBox::Ok);  // "The database now holds the backup…"
    menu.restore->trigger();
    CHECK(MessageBox::pendingAnswers() == 0);
    CHECK(MessageBox::lastText().contains(QString::number(moment)));
    REQUIRE(replaced.size() == 1);
    window.reset();
    f.db.close();
    f.db.reopen();
    CHECK(test::dump(f.db.database().connection()) == expected);
    const QDir place = QFileInfo(f.db.path()).absoluteDir();
    const QStringList aside = place.entryList({QStringLiteral("*.before-restore-*")})
                                  .filter(QRegularExpression(QStringLiteral("before-restore-\\d{8}-\\d{6}$")));
    REQUIRE(aside.size() == 1);
    CHECK(test::dumpFile(place.filePath(aside.constFirst())).value(QStringLiteral("dossier")).size() ==
          test::WritingWorkstation::kIntakes);
}
