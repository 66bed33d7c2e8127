#include "tests/support/CatchQt.h"

#include "tests/support/WorkflowFixture.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/widgets/Icons.h"

#include <catch2/catch.hpp>

#include <QListWidget>
#include <QMenu>
#include <QMenuBar>

using namespace motcua;
using namespace motcua::ui;

TEST_CASE("Icons: every icon the windows use is in the installed theme, and ours is drawn", "[ui][icons]")
{
    CHECK(QIcon::themeName() == QStringLiteral("breeze"));
    for (int which = 0; which <= static_cast<int>(icons::Icon::About); ++which) {
        const QString name = icons::themeName(static_cast<icons::Icon>(which));
        INFO(name.toStdString());
        CHECK(QIcon::hasThemeIcon(name));
        CHECK_FALSE(icons::icon(static_cast<icons::Icon>(which)).pixmap(22).isNull());
    }
    for (int action = 0; action <= static_cast<int>(workflow::Action::Return); ++action) {
        const QString name = icons::themeName(static_cast<workflow::Action>(action));
        INFO(name.toStdString());
        CHECK(QIcon::hasThemeIcon(name));
    }
    const QImage application = icons::application().pixmap(64).toImage();
    REQUIRE_FALSE(application.isNull());
    CHECK(application.pixelColor(32, 4) == QColor(QStringLiteral("#b3122b"))); // the red of the frame
}

TEST_CASE("Icons: the sidebar and the menus show them", "[ui][icons]")
{
    test::WorkflowFixture f;
    MainWindow window(Session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("clerk"))});
    auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
    REQUIRE(sidebar);
    for (int row = 0; row < sidebar->count(); ++row) {
        INFO(sidebar->item(row)->text().toStdString());
        CHECK_FALSE(sidebar->item(row)->icon().isNull());
    }
    for (QAction* menu : window.menuBar()->actions()) {
        for (QAction* action : menu->menu()->actions()) {
            if (!action->isSeparator()) {
                INFO(action->text().toStdString());
                CHECK_FALSE(action->icon().isNull());
            }
        }
    }
}
