#include "tests/support/CatchQt.h"

#include "core/storage/Backup.h"
#include "tests/support/WorkflowFixture.h"
#include "tests/ui/BackupMenu.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBox.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace motcua;
using namespace motcua::ui;

TEST_CASE("Administration menu: Back up… writes a verified copy, Restore… refuses a corrupted one", "[ui][backup]")
{
    test::WorkflowFixture f;
    for (int i = 0; i < 5; ++i) {
        f.receive();
    }
    test::BackupMenu menu(f);
    auto& window = menu.window;
    QAction* backup = menu.backup;
    QAction* restore = menu.restore;
    CHECK(backup->text() == QStringLiteral("&Sao lưu…"));
    CHECK(restore->text() == QStringLiteral("&Khôi phục…"));

    QTemporaryDir folder;
    const QString file = folder.filePath(QStringLiteral("sao-luu.sqlite"));
    FileDialog::setNextPath(file);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    backup->trigger();
    CHECK(MessageBox::pendingAnswers() == 0);
    CHECK(MessageBox::lastText().contains(QStringLiteral("Hồ sơ: 5")));
    REQUIRE(storage::Backup::verify(file).ok());

    // Bytes flipped in the middle: refused with the reason, nothing replaced.
    {
        QFile damaged(file);
        REQUIRE(damaged.open(QIODevice::ReadWrite));
        QByteArray bytes = damaged.readAll();
        for (qsizetype i = bytes.size() / 2; i < bytes.size() / 2 + 4096; ++i) {
            bytes[i] = static_cast<char>(~bytes.at(i));
        }
        REQUIRE(damaged.seek(0));
        REQUIRE(damaged.write(bytes) == bytes.size());
    }
    QSignalSpy replaced(window.get(), &MainWindow::databaseReplaced);
    FileDialog::setNextPath(file);
    MessageBox::setNextAnswer(QMessageBox::Ok); // the refusal
    restore->trigger();
    CHECK(MessageBox::pendingAnswers() == 0);
    CHECK(MessageBox::lastText().contains(QStringLiteral("bị hỏng")));
    CHECK(replaced.isEmpty());
    CHECK(test::count(f, QStringLiteral("dossier")) == 5);
    CHECK(QDir(QFileInfo(f.db.path()).absolutePath()).entryList({QStringLiteral("*.before-restore-*")}).isEmpty());

    // A good backup, then more work, then the restore: shown first, confirmed, the program asked to start again.
    const QString good = folder.filePath(QStringLiteral("tot.sqlite"));
    FileDialog::setNextPath(good);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    backup->trigger();
    f.receive();
    FileDialog::setNextPath(good);
    MessageBox::setNextAnswer(QMessageBox::No); // "Replace the database by this backup?"
    restore->trigger();
    CHECK(MessageBox::lastText().contains(QStringLiteral("Hồ sơ: 5")));
    CHECK(replaced.isEmpty());
    FileDialog::setNextPath(good);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    restore->trigger();
    CHECK(MessageBox::pendingAnswers() == 0);
    CHECK(replaced.size() == 1);
    window.reset();
    f.db.close();
    f.db.reopen();
    CHECK(test::count(f, QStringLiteral("dossier")) == 5);
    // The replaced file, with its -wal and -shm beside it.
    const QStringList aside =
        QDir(QFileInfo(f.db.path()).absolutePath()).entryList({QStringLiteral("*.before-restore-*")});
    CHECK(aside.filter(QRegularExpression(QStringLiteral("before-restore-\\d{8}-\\d{6}$"))).size() == 1);
}
