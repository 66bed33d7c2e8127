#include "tests/support/CatchQt.h"

#include "core/identity/Accounts.h"
#include "core/storage/CatalogueRepository.h"
#include "core/storage/Database.h"
#include "core/storage/UserRepository.h"
#include "tests/support/LogCapture.h"
#include "tests/support/TempDatabase.h"
#include "ui/login/ChangePasswordDialog.h"
#include "ui/login/LoginDialog.h"
#include "ui/setup/FirstRunWizard.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTest>

using namespace motcua;
using namespace motcua::ui;

namespace {

void typeText(QWidget* widget, const QString& text)
{
    widget->setFocus();
    for (const QChar ch : text) {
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, ch, Qt::NoModifier);
    }
}

// Shows the login dialog with `user` typed in its login field.
void openLogin(LoginDialog& login, const QString& user)
{
    login.show();
    REQUIRE(QTest::qWaitForWindowExposed(&login));
    auto* loginEdit = login.findChild<QLineEdit*>(QStringLiteral("loginEdit"));
    loginEdit->clear();
    QTest::keyClicks(loginEdit, user);
}

// Types `password` and presses Enter.
void submitPassword(LoginDialog& login, const QString& password)
{
    auto* passwordEdit = login.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    QTest::keyClicks(passwordEdit, password);
    QTest::keyClick(passwordEdit, Qt::Key_Return);
}

} // namespace

TEST_CASE("First run: the wizard creates the agency and the administrator", "[ui][setup]")
{
    test::TempDatabase temp;
    FirstRunWizard wizard(temp.database(), temp.clock());
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    CHECK(wizard.button(QWizard::NextButton)->text() == QStringLiteral("&Tiếp >"));

    // A catalogue file that does not exist keeps the wizard on its page.
    wizard.findChild<QRadioButton*>(QStringLiteral("fileRadio"))->setChecked(true);
    wizard.findChild<QLineEdit*>(QStringLiteral("catalogueFileEdit"))->setText(QStringLiteral("/no/such/file.json"));
    wizard.next();
    CHECK(wizard.currentId() == 0);
    CHECK_FALSE(wizard.findChild<QLabel*>(QStringLiteral("agencyMessage"))->text().isEmpty());
    wizard.findChild<QRadioButton*>(QStringLiteral("shippedRadio"))->setChecked(true);
    wizard.next();
    REQUIRE(wizard.currentId() == 1);

    auto* name = wizard.findChild<QLineEdit*>(QStringLiteral("adminNameEdit"));
    typeText(name, QStringLiteral("Nguyễn Văn Quản Trị"));
    auto* password = wizard.findChild<QLineEdit*>(QStringLiteral("adminPasswordEdit"));
    auto* confirm = wizard.findChild<QLineEdit*>(QStringLiteral("adminConfirmEdit"));
    QTest::keyClicks(password, QStringLiteral("quan-tri-1"));
    QTest::keyClicks(confirm, QStringLiteral("quan-tri-2"));
    CHECK_FALSE(wizard.validateCurrentPage());
    CHECK(wizard.findChild<QLabel*>(QStringLiteral("adminMessage"))->text() ==
          QStringLiteral("Hai mật khẩu không khớp."));
    CHECK_FALSE(identity::Accounts(temp.database(), temp.clock()).hasAdmin().value());

    confirm->clear();
    QTest::keyClicks(confirm, QStringLiteral("quan-tri-1"));
    REQUIRE(wizard.validateCurrentPage());
    CHECK(identity::Accounts(temp.database(), temp.clock()).hasAdmin().value());
    CHECK(identity::Accounts(temp.database(), temp.clock()).byLogin(QStringLiteral("admin"))->fullName ==
          QStringLiteral("Nguyễn Văn Quản Trị"));
    CHECK(storage::CatalogueRepository(temp.database()).agency()->code == QStringLiteral("000.00.16.H33"));
}

TEST_CASE("Login: a wrong password is said inline, the right one signs in", "[ui][login]")
{
    test::TempDatabase temp;
    REQUIRE(identity::Accounts(temp.database(), temp.clock())
                .createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Quản trị"), QStringLiteral("admin-pass-1"))
                .ok());
    LoginDialog login(temp.database(), temp.clock());
    openLogin(login, QStringLiteral("admin"));
    submitPassword(login, QStringLiteral("wrong-password"));
    CHECK(login.isVisible());
    CHECK(login.findChild<QLabel*>(QStringLiteral("loginMessage"))->text() ==
          QStringLiteral("Sai tên đăng nhập hoặc mật khẩu."));
    submitPassword(login, QStringLiteral("admin-pass-1"));
    CHECK(login.result() == QDialog::Accepted);
    CHECK(login.user().login == QStringLiteral("admin"));
}

TEST_CASE("Change password: refusals said inline, the new password signs in", "[ui][login]")
{
    test::TempDatabase temp;
    identity::Accounts accounts(temp.database(), temp.clock());
    const auto admin =
        accounts.createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Quản trị"), QStringLiteral("admin-pass-1"));
    REQUIRE(admin.ok());
    ChangePasswordDialog dialog(temp.database(), temp.clock(), *admin);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* current = dialog.findChild<QLineEdit*>(QStringLiteral("currentPasswordEdit"));
    auto* next = dialog.findChild<QLineEdit*>(QStringLiteral("newPasswordEdit"));
    auto* repeat = dialog.findChild<QLineEdit*>(QStringLiteral("repeatPasswordEdit"));
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("changePasswordMessage"));
    REQUIRE((current && next && repeat && message));

    QTest::keyClicks(current, QStringLiteral("wrong-one"));
    QTest::keyClicks(next, QStringLiteral("new-pass-22"));
    QTest::keyClicks(repeat, QStringLiteral("new-pass-2"));
    QTest::keyClick(repeat, Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(message->text() == QStringLiteral("Hai mật khẩu mới không giống nhau."));
    CHECK(repeat->hasFocus());

    QTest::keyClicks(repeat, QStringLiteral("new-pass-22"));
    QTest::keyClick(repeat, Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(message->text() == QStringLiteral("Mật khẩu hiện tại không đúng."));
    CHECK(current->hasFocus());

    QTest::keyClicks(current, QStringLiteral("admin-pass-1"));
    QTest::keyClick(current, Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(accounts.authenticate(QStringLiteral("admin"), QStringLiteral("new-pass-22")).ok());
}

TEST_CASE("Signing in, changing one's password and connecting to a server write no password or hash to the log",
          "[ui][login][logging]")
{
    test::TempDatabase temp;
    // Everything MotCua logs, at every level, and what Qt warns about.
    test::LogCapture capture(QStringLiteral("motcua.*=true"));
    identity::Accounts accounts(temp.database(), temp.clock());
    REQUIRE(accounts
                .createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Quản trị"),
                                  QStringLiteral("first-secret-1"))
                .ok());
    {
        LoginDialog login(temp.database(), temp.clock());
        openLogin(login, QStringLiteral("admin"));
        submitPassword(login, QStringLiteral("wrong-secret-2"));
        submitPassword(login, QStringLiteral("first-secret-1"));
        REQUIRE(login.result() == QDialog::Accepted);

        ChangePasswordDialog dialog(temp.database(), temp.clock(), login.user());
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("currentPasswordEdit")),
                         QStringLiteral("first-secret-1"));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("newPasswordEdit")), QStringLiteral("next-secret-3"));
        auto* repeat = dialog.findChild<QLineEdit*>(QStringLiteral("repeatPasswordEdit"));
        QTest::keyClicks(repeat, QStringLiteral("next-secret-3"));
        QTest::keyClick(repeat, Qt::Key_Return);
        REQUIRE(dialog.result() == QDialog::Accepted);
    }
    // A server that does not answer, its password in the address; then the database again, which is logged.
    CHECK_FALSE(storage::Database::open(QStringLiteral("postgresql://motcua:server-secret-4@127.0.0.1:1/motcua"),
                                        temp.clock())
                    .ok());
    REQUIRE(temp.openAgain() != nullptr);

    const QString hash = *storage::UserRepository(temp.database()).passwordHash(QStringLiteral("admin"));
    const QString logged = capture.all();
    INFO(logged.toStdString());
    REQUIRE(logged.contains(QStringLiteral("Opened"))); // the capture saw the log
    for (const QString& secret : {QStringLiteral("first-secret-1"), QStringLiteral("wrong-secret-2"),
                                  QStringLiteral("next-secret-3"), QStringLiteral("server-secret-4"), hash}) {
        CHECK_FALSE(logged.contains(secret));
    }
    CHECK_FALSE(logged.contains(QStringLiteral("$argon2")));
}
