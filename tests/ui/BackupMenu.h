#pragma once

#include "tests/support/WorkflowFixture.h"
#include "ui/mainwindow/MainWindow.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QTest>

#include <memory>

namespace motcua::test {

// The administrator's main window, shown, with its Administration menu's Back up… and Restore… actions.
struct BackupMenu {
    std::unique_ptr<ui::MainWindow> window;
    QAction* backup = nullptr;
    QAction* restore = nullptr;

    explicit BackupMenu(WorkflowFixture& f)
        : window(std::make_unique<ui::MainWindow>(
              ui::Session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("admin"))}))
    {
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        backup = window->findChild<QAction*>(QStringLiteral("backupAction"));
        restore = window->findChild<QAction*>(QStringLiteral("restoreAction"));
        REQUIRE((backup && restore));
    }
};

} // namespace motcua::test
