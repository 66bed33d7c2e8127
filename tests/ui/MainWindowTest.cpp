#include "tests/support/CatchQt.h"

#include "core/storage/DossierQueries.h"
#include "core/storage/DossierRepository.h"
#include "tests/support/WorkflowFixture.h"
#include "ui/mainwindow/AboutDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/widgets/MessageBox.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace motcua;
using namespace motcua::ui;

TEST_CASE("Main window: Vietnamese title, sidebar by role, status bar, Help → About", "[ui][mainwindow]")
{
    test::WorkflowFixture f;
    MainWindow window(Session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("clerk"))});
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.windowTitle() == QStringLiteral("MotCua — Bộ phận một cửa"));
    CHECK(window.findChild<QLabel*>(QStringLiteral("databaseLabel"))->text().contains(f.db.path()));
    CHECK(window.findChild<QLabel*>(QStringLiteral("userLabel"))->text().contains(QStringLiteral("Cán bộ tiếp nhận")));
    CHECK(window.findChild<QLabel*>(QStringLiteral("statusOverdueLabel"))->text() == QStringLiteral("Quá hạn: 0"));

    QStringList menus;
    for (QAction* action : window.menuBar()->actions()) {
        menus << action->text();
    }
    CHECK(menus == QStringList{QStringLiteral("&Tệp"), QStringLiteral("&In"), QStringLiteral("&Ngôn ngữ"),
                               QStringLiteral("Trợ &giúp")});

    auto* about = window.findChild<QAction*>(QStringLiteral("aboutAction"));
    REQUIRE(about);
    CHECK(about->text() == QStringLiteral("&Giới thiệu MotCua"));
    QString version;
    QString licence;
    bool seen = false;
    QTimer::singleShot(0, &window, [&] {
        auto* dialog = qobject_cast<AboutDialog*>(QApplication::activeModalWidget());
        if (dialog) {
            seen = true;
            version = dialog->findChild<QLabel*>(QStringLiteral("versionLabel"))->text();
            licence = dialog->findChild<QLabel*>(QStringLiteral("licenceLabel"))->text();
            dialog->reject();
        }
    });
    about->trigger();
    CHECK(seen);
    CHECK(version.contains(QStringLiteral(MOTCUA_VERSION)));
    CHECK(licence.contains(QStringLiteral("Apache")));

    // The language menu asks for English.
    QSignalSpy language(&window, &MainWindow::languageChangeRequested);
    window.findChild<QAction*>(QStringLiteral("language_en"))->trigger();
    REQUIRE(language.count() == 1);
    CHECK(language.at(0).at(0).value<Language>() == Language::English);

    // File: change the password, sign out (the application then asks who signs in), quit.
    QStringList fileActions;
    for (QAction* action : window.findChild<QMenu*>(QStringLiteral("fileMenu"))->actions()) {
        if (!action->isSeparator()) {
            fileActions << action->text();
        }
    }
    CHECK(fileActions ==
          QStringList{QStringLiteral("Đổi &mật khẩu…"), QStringLiteral("Đăng &xuất"), QStringLiteral("&Cài đặt…"),
                      QStringLiteral("&Thoát")});
    QSignalSpy signOut(&window, &MainWindow::signOutRequested);
    window.findChild<QAction*>(QStringLiteral("signOutAction"))->trigger();
    CHECK(signOut.count() == 1);
    bool passwordDialog = false;
    QTimer::singleShot(0, &window, [&] {
        if (auto* dialog = QApplication::activeModalWidget();
            dialog && dialog->objectName() == QStringLiteral("changePasswordDialog")) {
            passwordDialog = true;
            dialog->close();
        }
    });
    window.findChild<QAction*>(QStringLiteral("changePasswordAction"))->trigger();
    CHECK(passwordDialog);
}

TEST_CASE("Main window: the overdue count follows the clock", "[ui][mainwindow]")
{
    test::WorkflowFixture f;
    auto press = test::WorkflowFixture::bulletinRequest();
    press.procedureCode = QStringLiteral("2.001171"); // 12 working hours: due 25/11 14:00
    press.documents = {{1, 1}};
    f.receive(press);
    MainWindow window(Session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("head.bcxb"))});
    auto* overdue = window.findChild<QLabel*>(QStringLiteral("statusOverdueLabel"));
    CHECK(overdue->text() == QStringLiteral("Quá hạn: 0"));
    f.db.clock().set(f.at(2026, 11, 25, 15, 0));
    window.refreshStatus();
    CHECK(overdue->text() == QStringLiteral("Quá hạn: 1"));
}

namespace {

QStringList sidebarOf(MainWindow& window)
{
    QStringList items;
    auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
    for (int i = 0; i < sidebar->count(); ++i) {
        items << sidebar->item(i)->text();
    }
    return items;
}

} // namespace

TEST_CASE("Main window: the sidebar shows what the roles allow", "[ui][mainwindow]")
{
    test::WorkflowFixture f;
    const auto windowFor = [&](const char* login) {
        return std::make_unique<MainWindow>(
            Session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QString::fromLatin1(login))});
    };
    auto clerk = windowFor("clerk");
    CHECK(sidebarOf(*clerk) == QStringList{QStringLiteral("Tiếp nhận hồ sơ"), QStringLiteral("Hồ sơ trực tuyến"),
                                           QStringLiteral("Hồ sơ của tôi"), QStringLiteral("Tất cả hồ sơ"),
                                           QStringLiteral("Danh mục thủ tục")});
    auto specialist = windowFor("cv.bcxb");
    CHECK(sidebarOf(*specialist) == QStringList{QStringLiteral("Hồ sơ của tôi"), QStringLiteral("Danh mục thủ tục")});
    auto admin = windowFor("admin");
    CHECK(sidebarOf(*admin) == QStringList{QStringLiteral("Tất cả hồ sơ"), QStringLiteral("Danh mục thủ tục"),
                                           QStringLiteral("Báo cáo")});
    auto head = windowFor("head.bcxb");
    CHECK(sidebarOf(*head) == QStringList{QStringLiteral("Hồ sơ của tôi"), QStringLiteral("Tất cả hồ sơ"),
                                          QStringLiteral("Quá hạn / Sắp đến hạn"), QStringLiteral("Danh mục thủ tục"),
                                          QStringLiteral("Báo cáo")});
    // Ctrl+5 goes to the catalogue.
    head->show();
    REQUIRE(QTest::qWaitForWindowExposed(head.get()));
    QTest::keyClick(head.get(), Qt::Key_5, Qt::ControlModifier);
    CHECK(head->findChild<QListWidget*>(QStringLiteral("sidebar"))->currentItem()->text() ==
          QStringLiteral("Danh mục thủ tục"));
}

TEST_CASE("Main window: a dossier opens with its process control and history", "[ui][mainwindow]")
{
    test::WorkflowFixture f;
    const QString code = f.receive().code;
    MainWindow window(Session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("clerk"))});
    window.openDossier(code);
    auto* dialog = window.findChild<QDialog*>(QStringLiteral("dossierDetailsDialog"));
    REQUIRE(dialog);
    CHECK(dialog->windowTitle() == QStringLiteral("Hồ sơ %1").arg(code));
    CHECK(dialog->findChild<QTableWidget*>(QStringLiteral("stepsTable"))->rowCount() == 1);
    CHECK(dialog->findChild<QTableWidget*>(QStringLiteral("historyTable"))->rowCount() == 1);
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("dueValue"))->text() == QStringLiteral("22/12/2026 08:00"));
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("dueValue"))
              ->toolTip()
              .contains(QStringLiteral("Ngày Văn hóa Việt Nam")));
    dialog->close();
}

TEST_CASE("Dossier window: the actions allowed now, and a hand-over through its dialog", "[ui][mainwindow][actions]")
{
    test::WorkflowFixture f;
    const QString code = f.receive().code;
    MainWindow window(Session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("clerk"))});
    window.openDossier(code);
    auto* dialog = window.findChild<QDialog*>(QStringLiteral("dossierDetailsDialog"));
    REQUIRE(dialog);
    QStringList buttons;
    for (auto* button : dialog->findChildren<QPushButton*>()) {
        if (button->objectName().startsWith(QStringLiteral("action_"))) {
            buttons << button->objectName();
        }
    }
    buttons.sort();
    CHECK(buttons == QStringList{QStringLiteral("action_handover"), QStringLiteral("action_pause"),
                                 QStringLiteral("action_withdraw")});
    auto* handover = dialog->findChild<QPushButton*>(QStringLiteral("action_handover"));
    CHECK(handover->text() == QStringLiteral("Chuyển xử lý…"));

    bool answered = false;
    QTimer::singleShot(0, &window, [&] {
        auto* action = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (action && action->objectName() == QStringLiteral("actionDialog")) {
            answered = true;
            auto* note = action->findChild<QLineEdit*>(QStringLiteral("textEdit"));
            for (const QChar ch : QStringLiteral("Chuyển phòng Báo chí")) {
                QTest::sendKeyEvent(QTest::Click, note, Qt::Key_unknown, ch, Qt::NoModifier);
            }
            action->accept();
        }
    });
    handover->click();
    CHECK(answered);
    const auto stored = storage::DossierRepository(f.db.database()).byCode(code);
    REQUIRE(stored.ok());
    CHECK(stored->currentStep == 2);
    CHECK(stored->steps.first().note == QStringLiteral("Chuyển phòng Báo chí"));
    // The dossier opens again, now without the desk's actions.
    const auto reopened = window.findChildren<QDialog*>(QStringLiteral("dossierDetailsDialog"));
    REQUIRE_FALSE(reopened.isEmpty());
    CHECK(reopened.last()->findChild<QPushButton*>(QStringLiteral("action_handover")) == nullptr);
}

TEST_CASE("Main window: a half-filled intake form is not lost without a word", "[ui][mainwindow]")
{
    test::WorkflowFixture f;
    MainWindow window(Session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("clerk"))});
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QSignalSpy signOut(&window, &MainWindow::signOutRequested);
    QSignalSpy language(&window, &MainWindow::languageChangeRequested);
    auto* signOutAction = window.findChild<QAction*>(QStringLiteral("signOutAction"));
    REQUIRE(signOutAction);

    // Nothing typed: nothing asked.
    MessageBox::clearNextAnswers();
    signOutAction->trigger();
    CHECK(signOut.count() == 1);
    CHECK(MessageBox::pendingAnswers() == 0);

    auto* name = window.findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    REQUIRE(name);
    for (const QChar ch : QStringLiteral("Trần Thị Mai")) {
        QTest::sendKeyEvent(QTest::Click, name, Qt::Key_unknown, ch, Qt::NoModifier);
    }
    window.findChild<QListWidget*>(QStringLiteral("sidebar"))->setCurrentRow(2);

    MessageBox::setNextAnswer(QMessageBox::No);
    signOutAction->trigger();
    CHECK(signOut.count() == 1); // kept: the clerk is back on the form
    CHECK(MessageBox::lastText().contains(QStringLiteral("chưa được tiếp nhận")));
    CHECK(window.findChild<QListWidget*>(QStringLiteral("sidebar"))->currentRow() == 0);
    MessageBox::setNextAnswer(QMessageBox::No);
    window.findChild<QAction*>(QStringLiteral("language_en"))->trigger();
    CHECK(language.isEmpty());
    CHECK(window.findChild<QAction*>(QStringLiteral("language_vi"))->isChecked());
    MessageBox::setNextAnswer(QMessageBox::No);
    window.close();
    CHECK(window.isVisible());
    CHECK(name->text() == QStringLiteral("Trần Thị Mai"));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    signOutAction->trigger();
    CHECK(signOut.count() == 2);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    window.close();
    CHECK_FALSE(window.isVisible());
}
