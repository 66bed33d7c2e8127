#include "tests/support/CatchQt.h"

#include "core/storage/DossierQueries.h"
#include "tests/support/WorkflowFixture.h"
#include "ui/mainwindow/AboutDialog.h"
#include "ui/mainwindow/MainWindow.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
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
    CHECK(window.findChild<QLabel*>(QStringLiteral("overdueLabel"))->text() == QStringLiteral("Quá hạn: 0"));

    QStringList menus;
    for (QAction* action : window.menuBar()->actions()) {
        menus << action->text();
    }
    CHECK(menus == QStringList{QStringLiteral("&Tệp"), QStringLiteral("&Ngôn ngữ"), QStringLiteral("Trợ &giúp")});

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
}

TEST_CASE("Main window: the overdue count follows the clock", "[ui][mainwindow]")
{
    test::WorkflowFixture f;
    auto press = test::WorkflowFixture::bulletinRequest();
    press.procedureCode = QStringLiteral("2.001171"); // 12 working hours: due 25/11 14:00
    press.documents = {{1, 1}};
    f.receive(press);
    MainWindow window(Session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("head.bcxb"))});
    auto* overdue = window.findChild<QLabel*>(QStringLiteral("overdueLabel"));
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
    CHECK(sidebarOf(*clerk) == QStringList{QStringLiteral("Tiếp nhận hồ sơ"), QStringLiteral("Hồ sơ của tôi"),
                                           QStringLiteral("Tất cả hồ sơ"), QStringLiteral("Danh mục thủ tục")});
    auto specialist = windowFor("cv.bcxb");
    CHECK(sidebarOf(*specialist) == QStringList{QStringLiteral("Hồ sơ của tôi"), QStringLiteral("Danh mục thủ tục")});
    auto admin = windowFor("admin");
    CHECK(sidebarOf(*admin) == QStringList{QStringLiteral("Tất cả hồ sơ"), QStringLiteral("Danh mục thủ tục")});
    auto head = windowFor("head.bcxb");
    CHECK(sidebarOf(*head) == QStringList{QStringLiteral("Hồ sơ của tôi"), QStringLiteral("Tất cả hồ sơ"),
                                          QStringLiteral("Danh mục thủ tục")});
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
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("dueValue"))->text() == QStringLiteral("08:00 22/12/2026"));
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("dueValue"))
              ->toolTip()
              .contains(QStringLiteral("Ngày Văn hóa Việt Nam")));
    dialog->close();
}
