#include "tests/support/CatchQt.h"

#include "core/identity/Accounts.h"
#include "tests/support/WaitFor.h"
#include "tests/support/WorkflowFixture.h"
#include "ui/admin/UsersDialog.h"
#include "ui/admin/UserTableModel.h"
#include "ui/login/ChangePasswordDialog.h"
#include "ui/login/LoginDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/MessageBox.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace motcua;
using namespace motcua::ui;

namespace {

// Signs in through the dialog as a person would; returns the dialog's message.
QString signIn(test::WorkflowFixture& f, const QString& login, const QString& password, bool* accepted = nullptr)
{
    LoginDialog dialog(f.db.database(), f.db.clock());
    dialog.show();
    auto* loginEdit = dialog.findChild<QLineEdit*>(QStringLiteral("loginEdit"));
    auto* passwordEdit = dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    loginEdit->clear();
    QTest::keyClicks(loginEdit, login);
    QTest::keyClicks(passwordEdit, password);
    QTest::keyClick(passwordEdit, Qt::Key_Return);
    if (accepted) {
        *accepted = dialog.result() == QDialog::Accepted;
    }
    return dialog.findChild<QLabel*>(QStringLiteral("loginMessage"))->text();
}

QString cell(UsersDialog& dialog, const QString& login, int column)
{
    auto* view = dialog.findChild<QTableView*>(QStringLiteral("usersView"));
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, UserTableModel::Login).data().toString() == login) {
            return view->model()->index(row, column).data().toString();
        }
    }
    return QStringLiteral("(no row)");
}

} // namespace

TEST_CASE("Users screen: disabling a user who has history keeps the history theirs", "[ui][admin]")
{
    test::WorkflowFixture f;
    const dossier::Dossier received = f.receive(); // the clerk's intake: an event by them
    Session session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("admin"))};
    MainWindow window(session);
    auto* usersAction = window.findChild<QAction*>(QStringLiteral("usersAction"));
    REQUIRE(usersAction);
    CHECK(usersAction->text() == QStringLiteral("&Người dùng…"));

    UsersDialog dialog(session);
    QAbstractItemModelTester tester(dialog.findChild<QTableView*>(QStringLiteral("usersView"))->model());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* tabs = dialog.findChild<QTabWidget*>(QStringLiteral("usersTabs"));
    CHECK(tabs->tabText(1) == QStringLiteral("Nhật ký đăng nhập"));
    auto* toggle = dialog.findChild<QPushButton*>(QStringLiteral("toggleUserButton"));
    CHECK_FALSE(toggle->isEnabled()); // nothing selected
    REQUIRE(dialog.select(QStringLiteral("clerk")));
    CHECK(toggle->text() == QStringLiteral("&Vô hiệu hóa"));

    // Asked first; "No" changes nothing.
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(toggle, Qt::LeftButton);
    CHECK(cell(dialog, QStringLiteral("clerk"), UserTableModel::Active) == QStringLiteral("Có"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(toggle, Qt::LeftButton);
    CHECK(MessageBox::pendingAnswers() == 0);
    CHECK(cell(dialog, QStringLiteral("clerk"), UserTableModel::Active) == QStringLiteral("Đã vô hiệu hóa"));
    CHECK(toggle->text() == QStringLiteral("&Kích hoạt"));

    // The disabled clerk cannot sign in and is told why.
    bool accepted = true;
    CHECK(signIn(f, QStringLiteral("clerk"), QStringLiteral("password-1"), &accepted) ==
          QStringLiteral("Tài khoản clerk đã bị vô hiệu hóa. Hãy liên hệ quản trị viên."));
    CHECK_FALSE(accepted);
    // Their intake stays theirs: the account is kept, the event still names them.
    QSqlQuery query(f.db.database().connection());
    REQUIRE(query.exec(QStringLiteral("SELECT u.login FROM dossier_event e JOIN user_account u ON u.id = e.actor_id "
                                      "WHERE e.dossier_id = %1 ORDER BY e.id LIMIT 1")
                           .arg(received.id)));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("clerk"));

    // Enabled again, they sign in.
    QTest::mouseClick(toggle, Qt::LeftButton);
    CHECK(cell(dialog, QStringLiteral("clerk"), UserTableModel::Active) == QStringLiteral("Có"));
    CHECK(signIn(f, QStringLiteral("clerk"), QStringLiteral("password-1"), &accepted).isEmpty());
    CHECK(accepted);
}

TEST_CASE("Sign-in: locked after 5 failures, said with the time, unlocked from the users screen", "[ui][admin]")
{
    test::WorkflowFixture f;
    for (int i = 1; i <= 4; ++i) {
        CHECK(signIn(f, QStringLiteral("clerk"), QStringLiteral("not-my-password")) ==
              QStringLiteral("Sai tên đăng nhập hoặc mật khẩu."));
    }
    const QString locked = QStringLiteral("Tài khoản bị khóa do đăng nhập sai quá nhiều lần, đến 08:15 23/11/2026. "
                                          "Hãy chờ, hoặc nhờ quản trị viên mở khóa.");
    CHECK(signIn(f, QStringLiteral("clerk"), QStringLiteral("not-my-password")) == locked);
    bool accepted = true;
    CHECK(signIn(f, QStringLiteral("clerk"), QStringLiteral("password-1"), &accepted) == locked);
    CHECK_FALSE(accepted);

    Session session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("admin"))};
    UsersDialog dialog(session);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(cell(dialog, QStringLiteral("clerk"), UserTableModel::LockedUntil) == QStringLiteral("08:15 23/11/2026"));
    auto* log = dialog.findChild<QTableView*>(QStringLiteral("signInLogView"))->model();
    REQUIRE(log->rowCount() == 6);
    CHECK(log->index(0, 3).data().toString() == QStringLiteral("Bị khóa"));
    CHECK(log->index(5, 3).data().toString() == QStringLiteral("Sai mật khẩu"));
    CHECK(log->index(0, 1).data().toString() == QStringLiteral("clerk"));

    auto* unlock = dialog.findChild<QPushButton*>(QStringLiteral("unlockButton"));
    REQUIRE(dialog.select(QStringLiteral("leader")));
    CHECK_FALSE(unlock->isEnabled());
    REQUIRE(dialog.select(QStringLiteral("clerk")));
    REQUIRE(unlock->isEnabled());
    QTest::mouseClick(unlock, Qt::LeftButton);
    CHECK(dialog.findChild<MessageBar*>(QStringLiteral("usersMessage"))->text() ==
          QStringLiteral("Đã mở khóa người dùng clerk."));
    CHECK(cell(dialog, QStringLiteral("clerk"), UserTableModel::LockedUntil).isEmpty());
    CHECK(log->index(0, 3).data().toString() == QStringLiteral("Quản trị viên mở khóa"));
    CHECK(signIn(f, QStringLiteral("clerk"), QStringLiteral("password-1"), &accepted).isEmpty());
    CHECK(accepted);
}

TEST_CASE("Sign-in: a reset password must be changed before the window opens", "[ui][admin]")
{
    test::WorkflowFixture f;
    Session session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("admin"))};
    UsersDialog dialog(session);
    dialog.show();
    REQUIRE(dialog.select(QStringLiteral("clerk")));
    MessageBox::setNextAnswer(QMessageBox::Yes); // reset?
    MessageBox::setNextAnswer(QMessageBox::Ok);  // the temporary password shown
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("resetPasswordButton")), Qt::LeftButton);
    CHECK(MessageBox::pendingAnswers() == 0);
    const QString shown = MessageBox::lastText();
    const QString temporary = shown.section(QStringLiteral("\n\n"), 1, 1);
    REQUIRE(temporary.size() == 12);

    // Cancelling the change leaves the user outside.
    QTimer::singleShot(0, &dialog, [] {
        if (auto* change = qobject_cast<ChangePasswordDialog*>(QApplication::activeModalWidget())) {
            change->reject();
        }
    });
    bool accepted = true;
    CHECK(signIn(f, QStringLiteral("clerk"), temporary, &accepted) ==
          QStringLiteral("Hãy đổi mật khẩu tạm thời để đăng nhập."));
    CHECK_FALSE(accepted);

    bool forced = false;
    QTimer::singleShot(0, &dialog, [&] {
        if (auto* change = qobject_cast<ChangePasswordDialog*>(QApplication::activeModalWidget())) {
            forced = change->findChild<QLabel*>(QStringLiteral("forcedChangeLabel"))->isVisible();
            QTest::keyClicks(change->findChild<QLineEdit*>(QStringLiteral("newPasswordEdit")),
                             QStringLiteral("mat-khau-moi-1"));
            QTest::keyClicks(change->findChild<QLineEdit*>(QStringLiteral("repeatPasswordEdit")),
                             QStringLiteral("mat-khau-moi-1"));
            change->accept();
        }
    });
    CHECK(signIn(f, QStringLiteral("clerk"), temporary, &accepted).isEmpty());
    CHECK(forced);
    CHECK(accepted);
    CHECK_FALSE(identity::Accounts(f.db.database(), f.db.clock()).byLogin(QStringLiteral("clerk"))->mustChangePassword);
}
