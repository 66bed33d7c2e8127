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
