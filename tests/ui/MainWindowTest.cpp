#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/AboutDialog.h"

#include "tests/support/CatchQt.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QTest>
#include <QTimer>

using namespace motcua::ui;

TEST_CASE("Main window: Vietnamese title, Help → About with version and licence", "[ui]")
{
    MainWindow window(QStringLiteral("/tmp/motcua-test.sqlite"));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.windowTitle() == QStringLiteral("MotCua — Bộ phận một cửa"));
    CHECK(window.findChild<QLabel*>(QStringLiteral("databaseLabel"))
              ->text()
              .contains(QStringLiteral("/tmp/motcua-test.sqlite")));

    QStringList menus;
    for (QAction* action : window.menuBar()->actions()) {
        menus << action->text();
    }
    CHECK(menus == QStringList{QStringLiteral("&Tệp"), QStringLiteral("Trợ &giúp")});

    auto* about = window.findChild<QAction*>(QStringLiteral("aboutAction"));
    REQUIRE(about);
    CHECK(about->text() == QStringLiteral("&Giới thiệu MotCua"));

    // Triggering the action opens the dialog modally; inspect it, then close it.
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
}
