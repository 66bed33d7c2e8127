#include "tests/support/CatchQt.h"

#include "core/storage/AdminLog.h"
#include "core/storage/Settings.h"
#include "tests/support/WorkflowFixture.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/setup/SettingsDialog.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace motcua;
using namespace motcua::ui;
using Key = storage::Settings::Key;

namespace {

QLineEdit* field(SettingsDialog& dialog, const char* name)
{
    auto* edit = dialog.findChild<QLineEdit*>(QString::fromLatin1(name) + QStringLiteral("Edit"));
    REQUIRE(edit);
    return edit;
}

QLabel* fieldError(SettingsDialog& dialog, const char* name)
{
    auto* label = dialog.findChild<QLabel*>(QString::fromLatin1(name) + QStringLiteral("Error"));
    REQUIRE(label);
    return label;
}

} // namespace

TEST_CASE("Settings: lockout numbers and the cut-off saved, logged and shown again", "[ui][settings]")
{
    test::WorkflowFixture f;
    const Session session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("admin"))};
    const qint64 logged = storage::AdminLog(f.db.database(), f.db.clock()).count({}).value();
    {
        SettingsDialog dialog(session);
        CHECK(dialog.windowTitle() == QStringLiteral("Cài đặt"));
        CHECK(field(dialog, "lockoutAttempts")->text() == QStringLiteral("5"));
        CHECK(field(dialog, "lockoutMinutes")->text() == QStringLiteral("15"));
        CHECK(field(dialog, "cutoff")->text() == QStringLiteral("15:00"));
        field(dialog, "lockoutAttempts")->setText(QStringLiteral("3"));
        field(dialog, "lockoutMinutes")->setText(QStringLiteral("30"));
        field(dialog, "cutoff")->setText(QStringLiteral("16:30"));
        dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        CHECK(dialog.result() == QDialog::Accepted);
    }
    const storage::Settings settings(f.db.database(), f.db.clock());
    CHECK(settings.lockoutAttempts() == 3);
    CHECK(settings.lockoutMinutes() == 30);
    CHECK(settings.sameDayCutoff() == QTime(16, 30));
    // One entry per changed setting, in the same transaction as the change.
    const auto entries = storage::AdminLog(f.db.database(), f.db.clock()).entries(10).value();
    CHECK(storage::AdminLog(f.db.database(), f.db.clock()).count({}).value() == logged + 3);
    CHECK(entries.first().action == QStringLiteral("setting.changed"));
    CHECK(entries.first().userId == session.user.id);

    SettingsDialog again(session);
    CHECK(field(again, "lockoutAttempts")->text() == QStringLiteral("3"));
    CHECK(field(again, "lockoutMinutes")->text() == QStringLiteral("30"));
    CHECK(field(again, "cutoff")->text() == QStringLiteral("16:30"));
}

TEST_CASE("Settings: a bad value is refused beside its field and nothing is saved", "[ui][settings]")
{
    test::WorkflowFixture f;
    const Session session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("admin"))};
    const qint64 logged = storage::AdminLog(f.db.database(), f.db.clock()).count({}).value();
    SettingsDialog dialog(session);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    field(dialog, "lockoutMinutes")->setText(QStringLiteral("45")); // right, but not saved with a wrong one
    field(dialog, "lockoutAttempts")->setText(QStringLiteral("0"));
    field(dialog, "cutoff")->setText(QStringLiteral("25:00"));
    CHECK_FALSE(dialog.save());
    CHECK(fieldError(dialog, "lockoutAttempts")->isVisible());
    CHECK(fieldError(dialog, "lockoutAttempts")->text() ==
          QStringLiteral("Số lần đăng nhập sai trước khi khóa tài khoản (lockout.attempts) phải là số nguyên từ 1."));
    CHECK(fieldError(dialog, "cutoff")->text().startsWith(QStringLiteral("Giờ chốt nhận hồ sơ trong ngày")));
    CHECK_FALSE(fieldError(dialog, "lockoutMinutes")->isVisible());
    const storage::Settings settings(f.db.database(), f.db.clock());
    CHECK(settings.lockoutAttempts() == 5);
    CHECK(settings.lockoutMinutes() == 15);
    CHECK(storage::AdminLog(f.db.database(), f.db.clock()).count({}).value() == logged);

    // A folder that does not exist is named too.
    field(dialog, "lockoutAttempts")->setText(QStringLiteral("4"));
    field(dialog, "cutoff")->setText(QStringLiteral("15:00"));
    field(dialog, "backupFolder")->setText(QStringLiteral("/no/such/folder"));
    CHECK_FALSE(dialog.save());
    CHECK(fieldError(dialog, "backupFolder")->text().contains(QStringLiteral("/no/such/folder")));
    CHECK(settings.lockoutAttempts() == 5);

    // A folder that exists but whose name holds a control character (pasted), refused by the text bounds beside its
    // field, naming the setting.
    QTemporaryDir dir;
    const QString pasted = dir.filePath(QStringLiteral("sao\u0001lưu"));
    REQUIRE(QDir().mkpath(pasted));
    field(dialog, "backupFolder")->setText(pasted);
    CHECK_FALSE(dialog.save());
    CHECK(fieldError(dialog, "backupFolder")->isVisible());
    CHECK(fieldError(dialog, "backupFolder")->text().contains(QStringLiteral("backup.folder")));
    CHECK(fieldError(dialog, "backupFolder")->text().contains(QStringLiteral("U+0001")));
    CHECK(settings.backupFolder().isEmpty());
}

TEST_CASE("Settings: File → Settings… for everybody, the agency's fields for administrators only", "[ui][settings]")
{
    test::WorkflowFixture f;
    MainWindow window(Session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("clerk"))});
    auto* action = window.findChild<QAction*>(QStringLiteral("settingsAction"));
    REQUIRE(action);
    CHECK(action->text() == QStringLiteral("&Cài đặt…"));
    bool seen = false;
    bool agencyLocked = false;
    QTimer::singleShot(0, &window, [&] {
        auto* dialog = qobject_cast<SettingsDialog*>(QApplication::activeModalWidget());
        if (dialog) {
            seen = true;
            agencyLocked = !field(*dialog, "lockoutAttempts")->isEnabled();
            dialog->reject();
        }
    });
    action->trigger();
    CHECK(seen);
    CHECK(agencyLocked);
}
