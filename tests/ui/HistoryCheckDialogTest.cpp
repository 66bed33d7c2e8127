#include "tests/support/CatchQt.h"

#include "tests/support/WaitFor.h"
#include "tests/support/WorkflowFixture.h"
#include "ui/admin/AuditFindingsModel.h"
#include "ui/admin/HistoryCheckDialog.h"
#include "ui/mainwindow/MainWindow.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSqlQuery>
#include <QTimer>

using namespace motcua;
using namespace motcua::ui;

TEST_CASE("Integrity check: run off the screen's thread, with progress, its findings listed", "[ui][admin][history-chain]")
{
    test::WorkflowFixture f;
    const QString first = f.receive().code;
    f.receive();
    const identity::User admin = f.users.value(QStringLiteral("admin"));
    HistoryCheckDialog dialog(Session{f.db.database(), f.db.clock(), f.calendar, admin});
    AuditFindingsModel* model = dialog.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    auto* start = dialog.findChild<QPushButton*>(QStringLiteral("startButton"));
    auto* cancel = dialog.findChild<QPushButton*>(QStringLiteral("cancelButton"));
    auto* progress = dialog.findChild<QProgressBar*>(QStringLiteral("progressBar"));
    REQUIRE(start);
    REQUIRE(cancel);
    CHECK(start->text() == QStringLiteral("&Kiểm tra ngay"));

    dialog.show();
    start->click();
    CHECK(dialog.isRunning());
    CHECK_FALSE(start->isEnabled());
    CHECK(cancel->isVisible());
    REQUIRE(test::waitFor([&] { return !dialog.isRunning(); }));
    CHECK(model->rowCount() == 0);
    CHECK(progress->value() == progress->maximum());
    CHECK(start->isEnabled());
    CHECK_FALSE(cancel->isVisible());
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("partLabel"))->text().startsWith(QStringLiteral("Hồ sơ: 2")));

    // A status changed behind the application's back: named in the table.
    QSqlQuery query(f.db.database().connection());
    REQUIRE(query.exec(QStringLiteral("UPDATE dossier SET status = 10 WHERE code = '%1'").arg(first)));
    start->click();
    REQUIRE(test::waitFor([&] { return !dialog.isRunning(); }));
    REQUIRE(model->rowCount() >= 1);
    CHECK(model->index(0, AuditFindingsModel::Dossier).data().toString() == first);
    CHECK(model->index(0, AuditFindingsModel::Kind).data().toString() == QStringLiteral("Trạng thái"));
    CHECK(model->index(0, AuditFindingsModel::Reason).data().toString().contains(QStringLiteral("10")));
    CHECK(model->total() == model->rowCount());
}

TEST_CASE("Integrity check: in the Administration menu, started as it opens", "[ui][admin][history-chain]")
{
    test::WorkflowFixture f;
    MainWindow window(Session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("admin"))});
    auto* action = window.findChild<QAction*>(QStringLiteral("historyCheckAction"));
    REQUIRE(action);
    bool seen = false;
    QTimer::singleShot(0, &window, [&] {
        if (auto* dialog = qobject_cast<HistoryCheckDialog*>(QApplication::activeModalWidget())) {
            seen = dialog->windowTitle() == QStringLiteral("Toàn vẹn lịch sử");
            dialog->reject();
        }
    });
    action->trigger();
    CHECK(seen);
}
