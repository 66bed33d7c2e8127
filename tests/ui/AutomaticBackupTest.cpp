#include "tests/support/CatchQt.h"

#include "core/backup/AutomaticBackup.h"
#include "core/storage/Backup.h"
#include "core/storage/Settings.h"
#include "tests/support/WaitFor.h"
#include "tests/support/WorkflowFixture.h"
#include "ui/admin/AutomaticBackupRunner.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/widgets/MessageBox.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

using namespace motcua;
using namespace motcua::ui;

namespace {

std::unique_ptr<MainWindow> shownWindow(test::WorkflowFixture& f, const QString& login)
{
    auto window = std::make_unique<MainWindow>(Session{f.db.database(), f.db.clock(), f.calendar, f.users.value(login)});
    window->show();
    return window;
}

} // namespace

TEST_CASE("The automatic backup at start runs on its own connection while the window answers", "[ui][backup]")
{
    test::WorkflowFixture f;
    f.receive();
    QTemporaryDir folder;
    storage::Settings settings(f.db.database(), f.db.clock());
    REQUIRE(settings.set(0, storage::Settings::Key::BackupFolder, folder.path()).ok());

    // The backup waits for the test's word: the window must be usable before it ends.
    std::atomic<bool> release{false};
    std::atomic<bool> ranElsewhere{false};
    storage::Database* windowConnection = &f.db.database();
    AutomaticBackupRunner runner(f.db.database(), f.db.clock());
    runner.setWork([&](storage::Database& database, const Clock& clock) {
        ranElsewhere = &database != windowConnection && QThread::currentThread() != qApp->thread();
        while (!release) {
            QThread::msleep(5);
        }
        return backup::AutomaticBackup(database, clock).run();
    });
    QSignalSpy finished(&runner, &AutomaticBackupRunner::finished);
    REQUIRE(runner.startIfDue());

    auto window = shownWindow(f, QStringLiteral("admin"));
    runner.attach(window.get(), true);
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    auto* status = window->findChild<QLabel*>(QStringLiteral("automaticBackupStatus"));
    REQUIRE(status);
    CHECK(status->isVisible());
    CHECK(status->text() == QStringLiteral("Đang sao lưu tự động…"));

    // The window answers the keyboard while the backup runs: another page, and back.
    auto* sidebar = window->findChild<QListWidget*>(QStringLiteral("sidebar"));
    auto* pages = window->findChild<QStackedWidget*>(QStringLiteral("pages"));
    REQUIRE((sidebar && pages && sidebar->count() > 1));
    const int first = pages->currentIndex();
    sidebar->setFocus();
    QTest::keyClick(sidebar, Qt::Key_Down);
    REQUIRE(test::waitFor([&] { return pages->currentIndex() != first; }));
    CHECK(runner.isRunning());
    CHECK(finished.isEmpty());
    CHECK(storage::Settings(f.db.database(), f.db.clock()).lastAutomaticBackup() != f.db.clock().now().date());

    release = true;
    REQUIRE(test::waitFor([&] { return finished.count() == 1; }, 30000));
    CHECK(ranElsewhere);
    CHECK(finished.first().first().toString().isEmpty());
    CHECK_FALSE(window->findChild<QLabel*>(QStringLiteral("automaticBackupStatus")));
    CHECK(window->statusBar()->currentMessage() == QStringLiteral("Đã sao lưu tự động xong."));
    const QStringList copies = QDir(folder.path()).entryList({QStringLiteral("motcua-*.sqlite")});
    REQUIRE(copies.size() == 1);
    CHECK(storage::Backup::verify(QDir(folder.path()).filePath(copies.first())).ok());
    CHECK(storage::Settings(f.db.database(), f.db.clock()).lastAutomaticBackup() == f.db.clock().now().date());
    CHECK_FALSE(runner.startIfDue()); // done for today
}

TEST_CASE("A failing automatic backup is said to the administrator, at that start and the next", "[ui][backup]")
{
    test::WorkflowFixture f;
    QTemporaryDir scratch;
    // The folder cannot be made: a plain file stands where its parent should be.
    const QString plain = scratch.filePath(QStringLiteral("tep-thuong"));
    {
        QFile file(plain);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    storage::Settings settings(f.db.database(), f.db.clock());
    REQUIRE(settings.record(storage::Settings::Key::BackupFolder, plain + QStringLiteral("/sao-luu")).ok());
    MessageBox::clearNextAnswers();

    SECTION("the administrator is told when it fails")
    {
        AutomaticBackupRunner runner(f.db.database(), f.db.clock());
        QSignalSpy finished(&runner, &AutomaticBackupRunner::finished);
        REQUIRE(runner.startIfDue());
        auto window = shownWindow(f, QStringLiteral("admin"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        runner.attach(window.get(), true);
        REQUIRE(test::waitFor([&] { return finished.count() == 1; }, 30000));
        CHECK(MessageBox::pendingAnswers() == 0);
        CHECK(MessageBox::lastText().contains(QStringLiteral("Sao lưu tự động không thành công")));
        CHECK(MessageBox::lastText().contains(QStringLiteral("Không tạo được thư mục sao lưu")));
        CHECK(window->statusBar()->currentMessage() == QStringLiteral("Sao lưu tự động không thành công."));
        CHECK_FALSE(window->findChild<QLabel*>(QStringLiteral("automaticBackupStatus")));
    }

    SECTION("a clerk is not told; the administrator is, at the next start")
    {
        {
            AutomaticBackupRunner runner(f.db.database(), f.db.clock());
            QSignalSpy finished(&runner, &AutomaticBackupRunner::finished);
            REQUIRE(runner.startIfDue());
            auto window = shownWindow(f, QStringLiteral("clerk"));
            MessageBox::setNextAnswer(QMessageBox::Ok); // would be taken by a box
            runner.attach(window.get(), false);
            REQUIRE(test::waitFor([&] { return finished.count() == 1; }, 30000));
            CHECK(MessageBox::pendingAnswers() == 1);
            MessageBox::clearNextAnswers();
        }
        CHECK(backup::AutomaticBackup(f.db.database(), f.db.clock()).lastError().contains(QStringLiteral("sao-luu")));
        // The next start, before its own backup has run: the recorded failure is said at once.
        AutomaticBackupRunner next(f.db.database(), f.db.clock());
        auto window = shownWindow(f, QStringLiteral("admin"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        next.attach(window.get(), true);
        CHECK(MessageBox::pendingAnswers() == 0);
        CHECK(MessageBox::lastText().contains(QStringLiteral("Không tạo được thư mục sao lưu")));
    }
}
