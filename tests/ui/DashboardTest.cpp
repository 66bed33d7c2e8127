#include "tests/support/CatchQt.h"

#include <catch2/catch.hpp>

#include "core/common/AgencyTime.h"
#include "core/workflow/HandoverService.h"
#include "core/workflow/PauseService.h"
#include "tests/support/WaitFor.h"
#include "tests/support/WorkflowFixture.h"
#include "ui/dashboard/DashboardCountsModel.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/dashboard/OverdueListModel.h"
#include "ui/widgets/DueColours.h"
#include "ui/widgets/FileDialog.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLabel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace motcua;
using ui::DashboardCountsModel;
using ui::DashboardView;
using ui::OverdueListModel;

namespace {

ui::Session sessionFor(test::WorkflowFixture& f, const QString& login)
{
    return {f.db.database(), f.db.clock(), f.calendar, f.users.value(login)};
}

workflow::ReceiveRequest pressRequest()
{
    auto request = test::WorkflowFixture::bulletinRequest();
    request.procedureCode = QStringLiteral("2.001171"); // 12 working hours: due Wednesday 25/11 14:00
    request.documents = {{1, 1}};
    return request;
}

workflow::ReceiveRequest postalRequest()
{
    auto request = test::WorkflowFixture::bulletinRequest();
    request.procedureCode = QStringLiteral("1.010902"); // BCVTCNTT, 10 working days
    request.documents = {{1, 1}, {2, 1}};
    return request;
}

// The counts of one (department, step) line as {overdue, due today, due soon, paused}; empty when not shown.
QList<qint64> countsOf(const DashboardCountsModel& model, const QString& department, int step)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex first = model.index(row, 0);
        if (!first.data(DashboardCountsModel::TotalRowRole).toBool() &&
            first.data(DashboardCountsModel::DepartmentCodeRole).toString() == department &&
            first.data(DashboardCountsModel::StepRole).toInt() == step) {
            QList<qint64> counts;
            for (int column : {DashboardCountsModel::Overdue, DashboardCountsModel::DueToday,
                               DashboardCountsModel::DueSoon, DashboardCountsModel::Paused}) {
                counts << model.index(row, column).data(DashboardCountsModel::CountRole).toLongLong();
            }
            return counts;
        }
    }
    return {};
}

QList<qint64> totalsOf(const DashboardCountsModel& model)
{
    const int last = model.rowCount() - 1;
    QList<qint64> counts;
    for (int column : {DashboardCountsModel::Overdue, DashboardCountsModel::DueToday, DashboardCountsModel::DueSoon,
                       DashboardCountsModel::Paused}) {
        counts << model.index(last, column).data().toLongLong();
    }
    return counts;
}

// The dashboard reads in the background: wait until the reading asked for last is shown.
bool waitForReading(const DashboardView& view)
{
    return test::waitFor([&] { return !view.isLoading(); }, 20000);
}

QString nameOf(const test::WorkflowFixture& f, qint64 userId)
{
    for (const auto& user : f.users) {
        if (user.id == userId) {
            return user.fullName;
        }
    }
    return {};
}

} // namespace

TEST_CASE("Dashboard: counts per department and step, then the overdue list after the clock moves", "[ui][dashboard]")
{
    test::WorkflowFixture f;
    auto clerk = f.as(QStringLiteral("clerk"));
    auto head = f.as(QStringLiteral("head.bcxb"));
    const dossier::Dossier atDesk = f.receive(pressRequest()); // VP, step 1, due Wednesday 14:00
    REQUIRE(atDesk.dueAt == f.at(2026, 11, 25, 14, 0));
    const dossier::Dossier inBcxb = f.receive(pressRequest());
    REQUIRE(workflow::HandoverService(clerk).handover(inBcxb.code, {}).ok()); // BCXB, step 2
    const dossier::Dossier paused = f.receive(pressRequest());
    REQUIRE(workflow::HandoverService(clerk).handover(paused.code, {}).ok());
    REQUIRE(workflow::PauseService(head).pause(paused.code, dossier::PauseReason::Supplement, {}).ok());
    const dossier::Dossier postal = f.receive(postalRequest());
    auto postalMoved = workflow::HandoverService(clerk).handover(postal.code, {}); // BCVTCNTT, step 2
    REQUIRE(postalMoved.ok());
    const dossier::Dossier bulletin = f.receive(); // VP, step 1, 20 working days
    const dossier::Dossier bcxbNow = *workflow::HandoverService(clerk).handover(f.receive(pressRequest()).code, {});
    // (a second BCXB step-2 dossier, due with the others)

    // Wednesday 25/11 09:00: the press dossiers are due at 14:00, today and within one working day.
    f.db.clock().set(f.at(2026, 11, 25, 9, 0));
    const ui::Session session = sessionFor(f, QStringLiteral("leader"));
    DashboardView view(session);
    QAbstractItemModelTester countsTester(view.countsModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester overdueTester(view.overdueModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(view.overdueProxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto* countsTable = view.findChild<QTableView*>(QStringLiteral("countsTable"));
    auto* overdueTable = view.findChild<QTableView*>(QStringLiteral("overdueTable"));
    auto* updated = view.findChild<QLabel*>(QStringLiteral("updatedLabel"));
    REQUIRE(countsTable);
    REQUIRE(overdueTable);
    REQUIRE(updated);
    CHECK(view.isLoading()); // the first reading is under way, off the GUI thread
    CHECK(updated->text() == DashboardView::tr("Loading…"));
    REQUIRE(waitForReading(view));
    CHECK(countsTable->model() == view.countsModel());
    CHECK(overdueTable->model() == view.overdueProxy());
    CHECK(updated->text() == DashboardView::tr("Updated %1").arg(QStringLiteral("09:00")));

    const DashboardCountsModel& counts = *view.countsModel();
    CHECK(counts.columnCount() == DashboardCountsModel::ColumnCount);
    CHECK(countsOf(counts, QStringLiteral("VP"), 1) == QList<qint64>{0, 1, 1, 0}); // the bulletin counts nowhere
    CHECK(countsOf(counts, QStringLiteral("BCXB"), 2) == QList<qint64>{0, 2, 2, 1});
    CHECK(countsOf(counts, QStringLiteral("BCVTCNTT"), 2).isEmpty()); // nothing to flag there yet
    CHECK(counts.rowCount() == 3);                                    // two lines and the total
    CHECK(totalsOf(counts) == QList<qint64>{0, 3, 3, 1});
    CHECK(counts.index(2, DashboardCountsModel::Department).data().toString() == DashboardCountsModel::tr("Total"));
    CHECK(view.overdueModel()->rowCount() == 0);

    // Thursday 10/12 10:00: the press dossiers and the postal one are overdue; the paused one is not; the bulletin
    // (due 22/12) is not yet.
    REQUIRE(bulletin.dueAt > f.at(2026, 12, 10, 10, 0));
    REQUIRE(postalMoved->dueAt < f.at(2026, 12, 10, 10, 0));
    f.db.clock().set(f.at(2026, 12, 10, 10, 0));
    view.refresh();
    REQUIRE(waitForReading(view));
    CHECK(updated->text() == DashboardView::tr("Updated %1").arg(QStringLiteral("10:00")));
    CHECK(countsOf(counts, QStringLiteral("VP"), 1) == QList<qint64>{1, 0, 0, 0});
    CHECK(countsOf(counts, QStringLiteral("BCXB"), 2) == QList<qint64>{2, 0, 0, 1});
    CHECK(countsOf(counts, QStringLiteral("BCVTCNTT"), 2) == QList<qint64>{1, 0, 0, 0});
    CHECK(totalsOf(counts) == QList<qint64>{4, 0, 0, 1});

    // The list: most overdue first, with the working days late by the calendar.
    const OverdueListModel& overdue = *view.overdueModel();
    REQUIRE(overdue.rowCount() == 4);
    const QDate today = f.at(2026, 12, 10, 10, 0).date();
    const QList<dossier::Dossier> expected = {atDesk, inBcxb, bcxbNow, *postalMoved};
    for (int row = 0; row < 4; ++row) {
        const dossier::Dossier& dossier = expected.at(row);
        CAPTURE(row, dossier.code);
        CHECK(overdue.index(row, OverdueListModel::Code).data().toString() == dossier.code);
        CHECK(overdue.index(row, OverdueListModel::DaysLate).data(OverdueListModel::DaysLateRole).toInt() ==
              f.calendar->workingDaysBetween(toAgencyTime(dossier.dueAt).date(), today));
        CHECK(overdue.index(row, OverdueListModel::Due).data().toString() ==
              toAgencyTime(dossier.dueAt).toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    }
    CHECK(overdue.index(0, OverdueListModel::DaysLate).data(OverdueListModel::DaysLateRole).toInt() > 0);
    CHECK(overdue.index(0, OverdueListModel::Assignee).data().toString() == nameOf(f, atDesk.assigneeId));
    CHECK(overdue.index(3, OverdueListModel::Department).data(Qt::ToolTipRole).toString() ==
          QStringLiteral("BCVTCNTT"));

    // Sorted through the proxy: fewest days late first puts the postal dossier on top.
    overdueTable->sortByColumn(OverdueListModel::DaysLate, Qt::AscendingOrder);
    CHECK(view.overdueProxy()->index(0, 0).data(OverdueListModel::CodeRole).toString() == postalMoved->code);
    overdueTable->sortByColumn(OverdueListModel::Code, Qt::DescendingOrder);
    QStringList sortedCodes;
    for (int row = 0; row < view.overdueProxy()->rowCount(); ++row) {
        sortedCodes << view.overdueProxy()->index(row, 0).data().toString();
    }
    QStringList descending = sortedCodes;
    std::sort(descending.begin(), descending.end(), std::greater<>());
    CHECK(sortedCodes == descending);
}

TEST_CASE("Dashboard: a double click or Enter on an overdue row asks to open the dossier", "[ui][dashboard]")
{
    test::WorkflowFixture f;
    const QString first = f.receive(pressRequest()).code;
    const QString second = f.receive(pressRequest()).code;
    f.db.clock().set(f.at(2026, 11, 26, 10, 0));
    const ui::Session session = sessionFor(f, QStringLiteral("leader"));
    DashboardView view(session);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    REQUIRE(waitForReading(view));
    QSignalSpy opened(&view, &DashboardView::openDossierRequested);
    auto* table = view.findChild<QTableView*>(QStringLiteral("overdueTable"));
    REQUIRE(table);
    auto* proxy = view.overdueProxy();
    REQUIRE(proxy->rowCount() == 2);

    const QString top = proxy->index(0, 0).data(OverdueListModel::CodeRole).toString();
    const QRect cell = table->visualRect(proxy->index(0, OverdueListModel::Applicant));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    CHECK(opened.isEmpty()); // one click selects
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    REQUIRE(opened.count() == 1);
    CHECK(opened.takeFirst().at(0).toString() == top);

    table->setFocus();
    table->setCurrentIndex(proxy->index(1, 0));
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(opened.count() == 1);
    const QString other = opened.takeFirst().at(0).toString();
    CHECK(other == proxy->index(1, 0).data(OverdueListModel::CodeRole).toString());
    CHECK(QSet<QString>{top, other} == QSet<QString>{first, second});
}

TEST_CASE("Dashboard: a reading overtaken by a newer one is never shown", "[ui][dashboard]")
{
    test::WorkflowFixture f;
    f.receive(pressRequest()); // due Wednesday 25/11 14:00
    const ui::Session session = sessionFor(f, QStringLiteral("leader"));
    DashboardView view(session); // reads at Monday 08:00: nothing overdue
    QSignalSpy refreshed(&view, &DashboardView::refreshed);
    f.db.clock().set(f.at(2026, 11, 26, 10, 0)); // Thursday: overdue
    view.refresh();                              // before the first reading could arrive
    REQUIRE(waitForReading(view));
    CHECK(refreshed.count() == 1); // only the newest reading reached the screen
    CHECK(view.lastRefresh() == f.at(2026, 11, 26, 10, 0));
    CHECK(view.overdueModel()->rowCount() == 1);
    CHECK(totalsOf(*view.countsModel()).at(0) == 1);
    CHECK(view.findChild<QLabel*>(QStringLiteral("overdueLabel"))->text() == QStringLiteral("Hồ sơ quá hạn: 1"));
}

TEST_CASE("Dashboard: the overdue list fits its width, the procedure with the most room", "[ui][dashboard]")
{
    test::WorkflowFixture f;
    f.receive(postalRequest());
    f.db.clock().set(f.at(2026, 12, 10, 10, 0));
    const ui::Session session = sessionFor(f, QStringLiteral("leader"));
    DashboardView view(session);
    view.resize(1000, 700);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    REQUIRE(waitForReading(view));
    REQUIRE(view.overdueModel()->rowCount() == 1);
    auto* table = view.findChild<QTableView*>(QStringLiteral("overdueTable"));
    const QAbstractItemView* itemView = table; // sizeHintForColumn is public there
    QHeaderView* header = table->horizontalHeader();
    const auto width = [header](int column) {
        return header->sectionSize(column);
    };
    const auto total = [&] {
        int sum = 0;
        for (int column = 0; column < OverdueListModel::ColumnCount; ++column) {
            sum += width(column);
        }
        return sum;
    };
    // The columns are sized once the rows are in, and the rows wrapped once the columns are sized.
    REQUIRE(test::waitFor([&] { return width(OverdueListModel::Code) >= itemView->sizeHintForColumn(0); }, 5000));
    CHECK(total() <= table->viewport()->width());
    CHECK(total() > table->viewport()->width() - OverdueListModel::ColumnCount); // shares round down, no more
    CHECK(width(OverdueListModel::Procedure) > width(OverdueListModel::Applicant));
    CHECK(width(OverdueListModel::Applicant) == width(OverdueListModel::Department)); // equal weights
    CHECK(width(OverdueListModel::Due) >= itemView->sizeHintForColumn(OverdueListModel::Due));
    CHECK(width(OverdueListModel::DaysLate) >= header->sectionSizeHint(OverdueListModel::DaysLate));

    // A narrower window: the shares shrink, the whole columns stay.
    const int code = width(OverdueListModel::Code);
    const int procedure = width(OverdueListModel::Procedure);
    view.resize(920, 700);
    REQUIRE(test::waitFor([&] { return width(OverdueListModel::Procedure) < procedure; }, 5000));
    CHECK(width(OverdueListModel::Code) == code);
    CHECK(total() <= table->viewport()->width());
}

TEST_CASE("Dashboard: the large counts and the lines filter the list below, lateness in words, CSV export",
          "[ui][dashboard]")
{
    test::WorkflowFixture f;
    auto clerk = f.as(QStringLiteral("clerk"));
    auto head = f.as(QStringLiteral("head.bcxb"));
    const dossier::Dossier atDesk = f.receive(pressRequest()); // VP, step 1, due Wednesday 25/11 14:00
    const dossier::Dossier inBcxb = f.receive(pressRequest());
    REQUIRE(workflow::HandoverService(clerk).handover(inBcxb.code, {}).ok()); // BCXB, step 2
    const dossier::Dossier paused = f.receive(pressRequest());
    REQUIRE(workflow::HandoverService(clerk).handover(paused.code, {}).ok());
    REQUIRE(workflow::PauseService(head).pause(paused.code, dossier::PauseReason::Supplement, {}).ok());
    f.db.clock().set(f.at(2026, 11, 25, 9, 0));
    const ui::Session session = sessionFor(f, QStringLiteral("head.bcxb"));
    DashboardView view(session);
    view.resize(1160, 700);
    view.show();
    REQUIRE(waitForReading(view));

    const auto tileText = [&](const char* name) {
        auto* tile = view.findChild<QToolButton*>(QString::fromLatin1(name));
        return tile ? tile->text() : QString();
    };
    CHECK(tileText("overdueTile") == QStringLiteral("0\nQuá hạn"));
    CHECK(tileText("dueTodayTile") == QStringLiteral("2\nĐến hạn hôm nay"));
    CHECK(tileText("dueSoonTile") == QStringLiteral("2\nĐến hạn trong 1 ngày làm việc"));
    CHECK(tileText("pausedTile") == QStringLiteral("1\nTạm dừng"));
    auto* label = view.findChild<QLabel*>(QStringLiteral("overdueLabel"));
    REQUIRE(label);
    CHECK(label->text() == QStringLiteral("Hồ sơ quá hạn: 0"));

    // A large count lists its dossiers, with the time left.
    QTest::mouseClick(view.findChild<QToolButton*>(QStringLiteral("dueTodayTile")), Qt::LeftButton);
    CHECK(view.category() == DashboardView::Category::DueToday);
    REQUIRE(waitForReading(view));
    const OverdueListModel& list = *view.overdueModel();
    REQUIRE(list.rowCount() == 2);
    CHECK(list.index(0, OverdueListModel::DaysLate).data().toString() == QStringLiteral("còn 3 giờ"));
    CHECK(list.index(0, OverdueListModel::Code).data(Qt::BackgroundRole).isNull());
    CHECK(label->text() == QStringLiteral("Hồ sơ đến hạn hôm nay: 2"));

    // The lines name their step; a click on a line's count lists those dossiers only.
    const DashboardCountsModel& counts = *view.countsModel();
    int bcxbRow = -1;
    for (int row = 0; row < counts.rowCount(); ++row) {
        if (counts.index(row, 0).data(DashboardCountsModel::DepartmentCodeRole).toString() == QStringLiteral("BCXB")) {
            bcxbRow = row;
        }
    }
    REQUIRE(bcxbRow >= 0);
    CHECK(counts.index(bcxbRow, DashboardCountsModel::Step).data().toString() ==
          QStringLiteral("B2 · Lãnh đạo phòng xem xét, phân công chuyên viên thụ lý"));
    auto* countsTable = view.findChild<QTableView*>(QStringLiteral("countsTable"));
    REQUIRE(countsTable);
    const QRect pausedCell = countsTable->visualRect(counts.index(bcxbRow, DashboardCountsModel::Paused));
    QTest::mouseClick(countsTable->viewport(), Qt::LeftButton, Qt::NoModifier, pausedCell.center());
    CHECK(view.category() == DashboardView::Category::Paused);
    CHECK(view.scope().departmentCode == QStringLiteral("BCXB"));
    CHECK(view.scope().step == 2);
    REQUIRE(waitForReading(view));
    REQUIRE(list.rowCount() == 1);
    CHECK(list.index(0, OverdueListModel::Code).data().toString() == paused.code);
    CHECK(list.index(0, OverdueListModel::DaysLate).data().toString() == QStringLiteral("tạm dừng"));
    CHECK(view.findChild<QToolButton*>(QStringLiteral("pausedTile"))->isChecked());
    // The line clicked stays selected after the reading.
    CHECK(countsTable->selectionModel()->isRowSelected(bcxbRow, {}));
    CHECK(label->text().startsWith(QStringLiteral("Hồ sơ đang tạm dừng — ")));

    // Overdue a week later: late in working days and hours, in the overdue colour; the whole list to CSV.
    f.db.clock().set(f.at(2026, 12, 2, 10, 0));
    QTest::mouseClick(view.findChild<QToolButton*>(QStringLiteral("overdueTile")), Qt::LeftButton);
    CHECK(view.scope().departmentCode.isEmpty());
    REQUIRE(waitForReading(view));
    REQUIRE(list.rowCount() == 2);
    for (int row = 0; row < 2; ++row) {
        CHECK(list.index(row, OverdueListModel::DaysLate).data().toString() == QStringLiteral("trễ 4 ngày 6 giờ"));
        CHECK(list.index(row, OverdueListModel::Code).data(Qt::BackgroundRole).value<QBrush>().color() ==
              ui::overdueColour());
    }
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("qua-han.csv"));
    ui::FileDialog::setNextPath(path);
    REQUIRE(view.exportList());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0).endsWith(QStringLiteral("Trễ hạn / còn lại")));
    CHECK(lines.at(1).startsWith(atDesk.code + QStringLiteral(",")) != lines.at(2).startsWith(atDesk.code));
    CHECK(lines.at(1).contains(QStringLiteral("Nguyễn Thị Hương Giang")));
}
