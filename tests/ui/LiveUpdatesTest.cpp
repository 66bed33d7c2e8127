#include "tests/support/CatchQt.h"

#include "core/workflow/CalendarChangeService.h"
#include "core/workflow/HandoverService.h"
#include "tests/support/WaitFor.h"
#include "tests/support/WorkflowFixture.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/dossier/DossierListView.h"
#include "ui/dossier/DossierTableModel.h"
#include "ui/mainwindow/MainWindow.h"

#include <catch2/catch.hpp>

#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace motcua;
using namespace motcua::ui;

namespace {

bool listShows(DossierListView* list, const QString& code)
{
    DossierTableModel* model = list->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->summary(row).code == code) {
            return true;
        }
    }
    return false;
}

} // namespace

// PostgreSQL only: the server's NOTIFY carries a change from one workstation to the other; on the embedded file there
// is no other workstation to tell (the case below).
TEST_CASE("Live updates: a receipt at the counter shows on the head's desk within 2 s, with a badge",
          "[ui][live][postgresql-only]")
{
    test::WorkflowFixture f;
    auto deskConnection = f.db.openAgain(); // the second workstation's own connection
    MainWindow counter(Session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("clerk"))});
    MainWindow desk(Session{*deskConnection, f.db.clock(), f.calendar, f.users.value(QStringLiteral("head.bcxb"))});
    counter.show();
    desk.show();
    REQUIRE(QTest::qWaitForWindowExposed(&desk));
    REQUIRE(desk.isListening());
    auto* all = desk.findChild<DossierListView*>(QStringLiteral("allDossiersPage"));
    auto* mine = desk.findChild<DossierListView*>(QStringLiteral("myWorkPage"));
    auto* dashboard = desk.findChild<DashboardView*>(QStringLiteral("dashboardPage"));
    REQUIRE(all);
    REQUIRE(mine);
    REQUIRE(dashboard);
    REQUIRE(test::waitFor([&] { return all->model()->totalCount() == 0 && !all->model()->isLoading(); }));
    auto* badge = all->findChild<QPushButton*>(QStringLiteral("newDossiersBadge"));
    REQUIRE(badge);
    CHECK_FALSE(badge->isVisibleTo(all));
    QSignalSpy dashboardRead(dashboard, &DashboardView::refreshed);

    // Received at the counter (the counter's connection), as the intake form does.
    const dossier::Dossier received = f.receive();
    REQUIRE(test::waitFor([&] { return listShows(all, received.code); }, 2000));
    REQUIRE(test::waitFor([&] { return all->model()->totalCount() == 1; }, 2000));
    CHECK(badge->isVisibleTo(all));
    CHECK(badge->text() == QStringLiteral("1 hồ sơ mới"));
    CHECK(desk.statusBar()->currentMessage() == QStringLiteral("1 hồ sơ mới"));
    CHECK(test::waitFor([&] { return dashboardRead.count() >= 1; }, 2000)); // read again too
    // The counter's own receipt is on its screens already: it is not announced to itself.
    auto* counterList = counter.findChild<DossierListView*>(QStringLiteral("allDossiersPage"));
    REQUIRE(counterList);
    CHECK(counterList->unseenCount() == 0);

    // A click on the badge selects the new dossier and forgets it.
    QTest::mouseClick(badge, Qt::LeftButton);
    CHECK_FALSE(badge->isVisibleTo(all));
    auto* table = all->findChild<QTableView*>();
    REQUIRE(table);
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    REQUIRE(selected.size() == 1);
    CHECK(selected.first().data(DossierTableModel::CodeRole).toString() == received.code);

    // Handed over to the head: the head's own list ("my dossiers") shows it within 2 s too.
    auto clerk = f.as(QStringLiteral("clerk"));
    REQUIRE(workflow::HandoverService(clerk)
                .handover(received.code, {}, QStringLiteral("head.bcxb"), received.version)
                .ok());
    REQUIRE(test::waitFor([&] { return listShows(mine, received.code); }, 2000));
}

// SQLite only: the embedded file is one workstation's; nothing is listened to and nothing else changes.
TEST_CASE("Live updates: on the embedded file the window listens to nothing", "[ui][live][sqlite-only]")
{
    test::WorkflowFixture f;
    MainWindow window(Session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("head.bcxb"))});
    CHECK_FALSE(window.isListening());
}

// PostgreSQL only, as above: a calendar change is announced on the server's channel motcua_calendar.
TEST_CASE("Live updates: a calendar change on one workstation reaches the others without a restart",
          "[ui][live][calendar][postgresql-only]")
{
    test::WorkflowFixture f;
    auto counterConnection = f.db.openAgain();
    MainWindow counter(Session{*counterConnection, f.db.clock(), f.calendar, f.users.value(QStringLiteral("clerk"))});
    counter.show();
    REQUIRE(QTest::qWaitForWindowExposed(&counter));
    REQUIRE(counter.isListening());
    QSignalSpy reload(&counter, &MainWindow::workingCalendarChangedElsewhere);

    // The clerk is typing an applicant's name: the window is not rebuilt under the hands.
    auto* name = counter.findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    REQUIRE(name);
    for (const QChar ch : QStringLiteral("Trần Thị Mai")) {
        QTest::sendKeyEvent(QTest::Click, name, Qt::Key_unknown, ch, Qt::NoModifier);
    }

    // The administrator's workstation (the fixture's connection) adds a day off.
    auto admin = f.as(QStringLiteral("admin"));
    REQUIRE(workflow::CalendarChangeService(admin)
                .apply(*workflow::CalendarChange::setRange(QDate(2026, 12, 10), QDate(2026, 12, 10),
                                                           calendar::DayKind::DayOff, QStringLiteral("Nghỉ đột xuất"),
                                                           QStringLiteral("QĐ 12")))
                .ok());
    REQUIRE(test::waitFor([&] { return counter.statusBar()->currentMessage().contains(QStringLiteral("máy khác")); },
                          2000));
    CHECK(reload.isEmpty());

    // The form is cleared (received or abandoned): the window counts with the new calendar.
    name->clear();
    REQUIRE(test::waitFor([&] { return reload.count() == 1; }, 2 * MainWindow::kCalendarRetryMs + 1000));
}
