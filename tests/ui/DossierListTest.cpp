#include "tests/support/CatchQt.h"

#include <catch2/catch.hpp>

#include "core/calendar/Explanation.h"
#include "core/workflow/HandoverService.h"
#include "core/workflow/PauseService.h"
#include "tests/support/WaitFor.h"
#include "tests/support/WorkflowFixture.h"
#include "ui/dossier/DossierListView.h"
#include "ui/dossier/DossierTableModel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QStyle>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace motcua;
using calendar::WorkCalendar;
using dossier::DossierStatus;
using ui::DossierListView;
using ui::DossierTableModel;

namespace {

ui::Session sessionFor(test::WorkflowFixture& f, const QString& login)
{
    return {f.db.database(), f.db.clock(), f.calendar, f.users.value(login)};
}

// Waits until the model has no query in flight (pages and counts run on its loading thread).
bool settle(const DossierTableModel& model)
{
    return test::waitFor([&] { return !model.isLoading(); }, 20000);
}

QStringList codes(const DossierTableModel& model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row) {
        list << model.index(row, DossierTableModel::Code).data(DossierTableModel::CodeRole).toString();
    }
    return list;
}

// Receives `count` bulletin dossiers, the clock moving a minute every third one (so that some share their
// received moment and the paging has ties to break). Gives the codes in the order received.
QStringList receiveMany(test::WorkflowFixture& f, int count)
{
    QStringList received;
    for (int i = 0; i < count; ++i) {
        if (i % 3 == 0) {
            f.db.clock().advanceMinutes(1);
        }
        received << f.receive().code;
    }
    return received;
}

workflow::ReceiveRequest applicant(const QString& name, const QString& identityNumber, const QDate& birthDate,
                                   const QString& phone)
{
    auto request = test::WorkflowFixture::bulletinRequest();
    request.applicant.name = name;
    request.applicant.identityNumber = identityNumber;
    request.applicant.birthDate = birthDate;
    request.applicant.phone = phone;
    return request;
}

// Types text as a person would, one key at a time (QTest::keyClicks only takes Latin-1).
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar ch : text) {
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, ch, Qt::NoModifier);
    }
}

QColor background(const DossierTableModel& model, int row)
{
    return model.index(row, DossierTableModel::Remaining).data(Qt::BackgroundRole).value<QBrush>().color();
}

} // namespace

TEST_CASE("Dossier list model: pages load under the model tester while the filter changes", "[ui][list]")
{
    test::WorkflowFixture f;
    const QStringList received = receiveMany(f, 450);
    auto clerk = f.as(QStringLiteral("clerk"));
    QStringList handedOver;
    for (int i = 0; i < 5; ++i) {
        REQUIRE(workflow::HandoverService(clerk).handover(received.at(i * 7), {}).ok());
        handedOver << received.at(i * 7);
    }
    const ui::Session session = sessionFor(f, QStringLiteral("clerk"));
    DossierTableModel model(session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.columnCount() == DossierTableModel::ColumnCount);
    CHECK(model.rowCount() == 0);

    // The tester asks for more after every change, so every page comes in: newest first, ties by id, no row twice.
    model.setFilter({});
    CHECK(model.isLoading());
    REQUIRE(settle(model));
    CHECK(model.totalCount() == 450);
    REQUIRE(model.rowCount() == 450);
    QStringList newestFirst = received;
    std::reverse(newestFirst.begin(), newestFirst.end());
    CHECK(codes(model) == newestFirst);
    CHECK_FALSE(model.canFetchMore({}));

    storage::DossierFilter processing;
    processing.statuses = {DossierStatus::Processing};
    model.setFilter(processing);
    REQUIRE(settle(model));
    QStringList expected = handedOver;
    std::reverse(expected.begin(), expected.end());
    CHECK(codes(model) == expected);
    CHECK(model.totalCount() == 5);
    CHECK(model.index(0, DossierTableModel::Status).data().toString() ==
          dossier::statusName(DossierStatus::Processing));
    CHECK(model.index(0, DossierTableModel::Step).data().toString() == QStringLiteral("2"));
    CHECK(model.index(0, 0).data(DossierTableModel::StatusRole).toInt() == 4);

    // Far past every due moment: the overdue list comes due soonest first, all 450 of them, all marked.
    f.db.clock().set(f.at(2027, 3, 1, 9, 0));
    storage::DossierFilter overdue;
    overdue.overdueAt = f.db.clock().now();
    model.setFilter(overdue);
    REQUIRE(settle(model));
    REQUIRE(model.rowCount() == 450);
    QSet<QString> seen;
    QDateTime previous;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, DossierTableModel::Remaining);
        seen.insert(index.data(DossierTableModel::CodeRole).toString());
        const QDateTime due = index.data(DossierTableModel::DueRole).toDateTime();
        CHECK(due >= previous);
        previous = due;
        CHECK(index.data(DossierTableModel::OverdueRole).toBool());
    }
    CHECK(seen.size() == 450);

    storage::DossierFilter nothing;
    nothing.search = QStringLiteral("không có ai tên này");
    model.setFilter(nothing);
    REQUIRE(settle(model));
    CHECK(model.rowCount() == 0);
    CHECK(model.totalCount() == 0);
}

TEST_CASE("Dossier list model: more than a page loads a page at a time", "[ui][list]")
{
    test::WorkflowFixture f;
    const QStringList received = receiveMany(f, 450);
    const ui::Session session = sessionFor(f, QStringLiteral("clerk"));
    DossierTableModel model(session);
    CHECK_FALSE(model.canFetchMore({}));

    model.setFilter({});
    REQUIRE(settle(model));
    CHECK(model.rowCount() == DossierTableModel::kPageSize);
    CHECK(model.totalCount() == 450);
    CHECK(model.filter().limit == DossierTableModel::kPageSize);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    model.fetchMore({}); // a second call while the page is on its way asks nothing more
    REQUIRE(settle(model));
    CHECK(model.rowCount() == 2 * DossierTableModel::kPageSize);
    model.fetchMore({});
    REQUIRE(settle(model));
    CHECK(model.rowCount() == 450);
    CHECK_FALSE(model.canFetchMore({}));
    QStringList newestFirst = received;
    std::reverse(newestFirst.begin(), newestFirst.end());
    CHECK(codes(model) == newestFirst);

    // A refresh keeps the filter and as many rows as were loaded, and sees new dossiers.
    const QString latest = f.receive().code;
    model.refresh();
    CHECK(model.rowCount() == 450); // the rows stay until the new ones come
    REQUIRE(settle(model));
    CHECK(model.rowCount() == 450);
    CHECK(model.totalCount() == 451);
    CHECK(codes(model).constFirst() == latest);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    REQUIRE(settle(model));
    CHECK(codes(model).constLast() == received.constFirst());
    CHECK(model.rowCount() == 451);
    CHECK_FALSE(model.canFetchMore({}));
}

TEST_CASE("Dossier list model: remaining working time, due-soon and overdue colours", "[ui][list]")
{
    test::WorkflowFixture f;
    auto press = test::WorkflowFixture::bulletinRequest();
    press.procedureCode = QStringLiteral("2.001171"); // 12 working hours: due Wednesday 25/11 14:00
    press.documents = {{1, 1}};
    const dossier::Dossier soon = f.receive(press);
    REQUIRE(soon.dueAt == f.at(2026, 11, 25, 14, 0));
    const dossier::Dossier paused = f.receive(press);
    auto clerk = f.as(QStringLiteral("clerk"));
    auto head = f.as(QStringLiteral("head.bcxb"));
    REQUIRE(workflow::HandoverService(clerk).handover(paused.code, {}).ok());
    REQUIRE(workflow::PauseService(head).pause(paused.code, dossier::PauseReason::Supplement, {}).ok());

    const ui::Session session = sessionFor(f, QStringLiteral("clerk"));
    DossierTableModel model(session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFilter({});
    REQUIRE(settle(model));
    REQUIRE(model.rowCount() == 2);
    REQUIRE(model.index(1, 0).data(DossierTableModel::CodeRole).toString() == soon.code);
    const int dayMinutes = f.calendar->hours().standardDayMinutes();
    const auto remaining = [&](const QDateTime& from, const QDateTime& to) {
        return calendar::formatWorkingDurationShort(
            f.calendar->workingMinutesBetween(WorkCalendar::stamp(from), WorkCalendar::stamp(to)), dayMinutes);
    };

    // Monday 08:00: 12 working hours left, no colour; dates as dd/MM/yyyy HH:mm.
    CHECK(model.index(1, DossierTableModel::Received).data().toString() == QStringLiteral("23/11/2026 08:00"));
    CHECK(model.index(1, DossierTableModel::Due).data().toString() == QStringLiteral("25/11/2026 14:00"));
    CHECK(model.index(1, DossierTableModel::Remaining).data().toString() == remaining(f.db.clock().now(), soon.dueAt));
    CHECK(model.index(1, DossierTableModel::Remaining).data().toString() == QStringLiteral("1 ngày 4 giờ"));
    CHECK_FALSE(model.index(1, 0).data(Qt::BackgroundRole).isValid());
    CHECK_FALSE(model.index(1, 0).data(DossierTableModel::DueSoonRole).toBool());
    // The paused dossier shows its status instead of a countdown.
    CHECK(model.index(0, DossierTableModel::Remaining).data().toString() ==
          dossier::statusName(DossierStatus::SupplementRequested));

    // Wednesday 09:00: due within one working day, amber.
    f.db.clock().set(f.at(2026, 11, 25, 9, 0));
    model.refresh();
    REQUIRE(settle(model));
    CHECK(model.index(1, 0).data(DossierTableModel::DueSoonRole).toBool());
    CHECK_FALSE(model.index(1, 0).data(DossierTableModel::OverdueRole).toBool());
    CHECK(background(model, 1) == QColor(0xff, 0xe0, 0xa3));
    CHECK(model.index(1, DossierTableModel::Remaining).data().toString() == remaining(f.db.clock().now(), soon.dueAt));
    CHECK(model.index(1, DossierTableModel::Remaining).data().toString() == QStringLiteral("3 giờ"));

    // Thursday 10:00: overdue, light red, "Overdue" and the working time past the due moment.
    f.db.clock().set(f.at(2026, 11, 26, 10, 0));
    model.refresh();
    REQUIRE(settle(model));
    CHECK(model.index(1, 0).data(DossierTableModel::OverdueRole).toBool());
    CHECK_FALSE(model.index(1, 0).data(DossierTableModel::DueSoonRole).toBool());
    CHECK(background(model, 1) == QColor(0xff, 0xcd, 0xd2));
    CHECK(model.index(1, DossierTableModel::Remaining).data().toString() ==
          DossierTableModel::tr("Overdue %1").arg(remaining(soon.dueAt, f.db.clock().now())));
    // Paused: no colour, however late.
    CHECK_FALSE(model.index(0, 0).data(DossierTableModel::OverdueRole).toBool());
    CHECK_FALSE(model.index(0, 0).data(Qt::BackgroundRole).isValid());
}

TEST_CASE("Dossier list view: status filter, accent-insensitive search, my work", "[ui][list]")
{
    test::WorkflowFixture f;
    const QString huong = f.receive().code; // Nguyễn Thị Hương Giang, phone 0912 345 678
    const QString duc = f.receive(applicant(QStringLiteral("Trần Văn Đức"), QStringLiteral("091085012345"),
                                            QDate(1985, 3, 3), QStringLiteral("0987 654 321")))
                            .code;
    const QString huong2 = f.receive(applicant(QStringLiteral("Lê Thị Hường"), QStringLiteral("091188004567"),
                                               QDate(1988, 7, 9), QStringLiteral("0903 111 222")))
                               .code;
    auto clerk = f.as(QStringLiteral("clerk"));
    REQUIRE(workflow::HandoverService(clerk).handover(duc, {}).ok());

    const ui::Session session = sessionFor(f, QStringLiteral("clerk"));
    DossierListView view(session);
    view.show();
    auto* model = view.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto* table = view.findChild<QTableView*>(QStringLiteral("dossierTable"));
    auto* status = view.findChild<QComboBox*>(QStringLiteral("statusFilter"));
    auto* search = view.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    auto* total = view.findChild<QLabel*>(QStringLiteral("totalLabel"));
    REQUIRE(table);
    REQUIRE(status);
    REQUIRE(search);
    REQUIRE(total);
    CHECK(table->model() == model);
    CHECK(status->count() == 10); // all, then 2 to 10: status 1 waits in the online queue
    CHECK(status->findData(static_cast<int>(DossierStatus::SubmittedOnline)) == -1);
    REQUIRE(settle(*model));
    CHECK(codes(*model) == QStringList{huong2, duc, huong});
    CHECK(total->text().contains(QStringLiteral("3")));

    status->setCurrentIndex(status->findData(static_cast<int>(DossierStatus::Processing)));
    REQUIRE(settle(*model));
    CHECK(codes(*model) == QStringList{duc});
    CHECK(total->text().contains(QStringLiteral("1")));
    status->setCurrentIndex(0);
    REQUIRE(settle(*model));
    CHECK(model->rowCount() == 3);

    // Typed with accents, matched without: "Hương" finds Hương and Hường. Nothing is asked before the pause.
    search->setFocus();
    typeText(search, QStringLiteral("Hương"));
    CHECK(search->text() == QStringLiteral("Hương"));
    CHECK(model->filter().search.isEmpty());
    REQUIRE(test::waitFor([&] { return model->filter().search == QStringLiteral("Hương"); }, 5000));
    REQUIRE(settle(*model));
    CHECK(codes(*model) == QStringList{huong2, huong});
    CHECK(model->totalCount() == 2);

    search->clear();
    typeText(search, QStringLiteral("duc"));
    REQUIRE(test::waitFor([&] { return model->filter().search == QStringLiteral("duc"); }, 5000));
    REQUIRE(settle(*model));
    CHECK(codes(*model) == QStringList{duc});

    search->clear();
    typeText(search, QStringLiteral("ĐỨC"));
    REQUIRE(test::waitFor([&] { return model->filter().search == QStringLiteral("ĐỨC"); }, 5000));
    REQUIRE(settle(*model));
    CHECK(codes(*model) == QStringList{duc});

    search->clear();
    typeText(search, QStringLiteral("0903111222")); // phone, stored without spaces
    REQUIRE(test::waitFor([&] { return model->filter().search == QStringLiteral("0903111222"); }, 5000));
    REQUIRE(settle(*model));
    CHECK(codes(*model) == QStringList{huong2});

    search->clear();
    REQUIRE(test::waitFor([&] { return model->filter().search.isEmpty(); }, 5000));
    REQUIRE(settle(*model));
    CHECK(model->rowCount() == 3);

    // My work: the clerk still holds the two dossiers at the desk, not the one handed over.
    view.setMyWorkOnly(true);
    CHECK(view.currentFilter().assigneeId == session.user.id);
    REQUIRE(settle(*model));
    CHECK(codes(*model) == QStringList{huong2, huong});
    view.setMyWorkOnly(false);
    REQUIRE(settle(*model));
    CHECK(model->rowCount() == 3);
}

TEST_CASE("Dossier list view: a typed or scanned code opens its dossier, so do Enter and double click on a row",
          "[ui][list]")
{
    test::WorkflowFixture f;
    const QString first = f.receive().code;
    const QString second = f.receive().code;
    const ui::Session session = sessionFor(f, QStringLiteral("clerk"));
    DossierListView view(session);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    REQUIRE(settle(*view.model()));
    QSignalSpy opened(&view, &DossierListView::openDossierRequested);
    auto* codeEdit = view.findChild<QLineEdit*>(QStringLiteral("codeEdit"));
    auto* message = view.findChild<QLabel*>(QStringLiteral("codeMessage"));
    REQUIRE(codeEdit);
    REQUIRE(message);
    CHECK_FALSE(message->isVisible());

    // A scanner types the code and presses Enter.
    codeEdit->setFocus();
    QTest::keyClicks(codeEdit, first);
    QTest::keyClick(codeEdit, Qt::Key_Return);
    REQUIRE(opened.count() == 1);
    CHECK(opened.takeFirst().at(0).toString() == first);
    CHECK(codeEdit->text().isEmpty());
    CHECK_FALSE(message->isVisible());

    // Typed in lower case with spaces around: the same dossier.
    QTest::keyClicks(codeEdit, QStringLiteral("  ") + second.toLower() + QStringLiteral(" "));
    QTest::keyClick(codeEdit, Qt::Key_Enter);
    REQUIRE(opened.count() == 1);
    CHECK(opened.takeFirst().at(0).toString() == second);

    // An unknown code: nothing opens, a message says why, typing again hides it.
    QTest::keyClicks(codeEdit, QStringLiteral("000.00.16.H33-261123-9999"));
    QTest::keyClick(codeEdit, Qt::Key_Return);
    CHECK(opened.isEmpty());
    CHECK(message->isVisible());
    CHECK(message->text() == DossierListView::tr("No dossier with this code"));
    QTest::keyClick(codeEdit, Qt::Key_Backspace);
    CHECK_FALSE(message->isVisible());

    // The search box takes a scanned code too.
    auto* search = view.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    search->setFocus();
    QTest::keyClicks(search, second);
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(opened.count() == 1);
    CHECK(opened.takeFirst().at(0).toString() == second);
    REQUIRE(settle(*view.model()));
    CHECK(codes(*view.model()) == QStringList{second});
    search->clear();
    REQUIRE(test::waitFor([&] { return view.model()->filter().search.isEmpty(); }, 5000));
    REQUIRE(settle(*view.model()));
    REQUIRE(view.model()->rowCount() == 2);

    // Enter on the current row, then a double click on the other one.
    auto* table = view.findChild<QTableView*>(QStringLiteral("dossierTable"));
    table->setFocus();
    table->setCurrentIndex(view.model()->index(1, 0));
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(opened.count() == 1);
    CHECK(opened.takeFirst().at(0).toString() == first);
    const QRect cell = table->visualRect(view.model()->index(0, DossierTableModel::Applicant));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    CHECK(opened.isEmpty()); // one click selects
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    REQUIRE(opened.count() >= 1);
    CHECK(opened.last().at(0).toString() == second);
}

TEST_CASE("Dossier list view: the overdue box lists the overdue dossiers, coloured, after the clock moves",
          "[ui][list]")
{
    test::WorkflowFixture f;
    auto press = test::WorkflowFixture::bulletinRequest();
    press.procedureCode = QStringLiteral("2.001171"); // due Wednesday 25/11 14:00
    press.documents = {{1, 1}};
    const QString late = f.receive(press).code;
    const QString later = f.receive().code; // 20 working days: due 22/12
    const ui::Session session = sessionFor(f, QStringLiteral("clerk"));
    DossierListView view(session);
    auto* model = view.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto* overdue = view.findChild<QCheckBox*>(QStringLiteral("overdueCheck"));
    auto* dueSoon = view.findChild<QCheckBox*>(QStringLiteral("dueSoonCheck"));
    REQUIRE(overdue);
    REQUIRE(dueSoon);
    REQUIRE(settle(*model));
    CHECK(model->rowCount() == 2);

    overdue->setChecked(true);
    REQUIRE(settle(*model));
    CHECK(model->rowCount() == 0);

    // Thursday 26/11 10:00: the press dossier is overdue once the list is refreshed.
    f.db.clock().set(f.at(2026, 11, 26, 10, 0));
    view.refresh();
    REQUIRE(settle(*model));
    REQUIRE(codes(*model) == QStringList{late});
    CHECK(model->index(0, 0).data(DossierTableModel::OverdueRole).toBool());
    CHECK(background(*model, 0) == QColor(0xff, 0xcd, 0xd2));

    // Both boxes: overdue or due by the end of the next working day; Monday 21/12 09:00 takes in the other one.
    f.db.clock().set(f.at(2026, 12, 21, 9, 0));
    dueSoon->setChecked(true);
    REQUIRE(settle(*model));
    CHECK(codes(*model) == QStringList{late, later});
    CHECK(model->index(1, 0).data(DossierTableModel::DueSoonRole).toBool());
    overdue->setChecked(false);
    REQUIRE(settle(*model));
    CHECK(codes(*model) == QStringList{later});
}

TEST_CASE("Dossier list view: every column fits an office screen, long names are elided with a tooltip", "[ui][list]")
{
    test::WorkflowFixture f;
    f.receive(applicant(QStringLiteral("Công ty Trách nhiệm hữu hạn Một thành viên In ấn và Truyền thông Phương Nam"),
                        QStringLiteral("091085012345"), QDate(1985, 3, 3), QStringLiteral("0987 654 321")));
    const ui::Session session = sessionFor(f, QStringLiteral("clerk"));
    DossierListView view(session);
    view.resize(1160, 600); // the list's part of a maximised window on a 1366-pixel screen, beside the sidebar
    view.show();
    auto* table = view.findChild<QTableView*>(QStringLiteral("dossierTable"));
    REQUIRE(table);
    REQUIRE(test::waitFor([&] { return view.model()->rowCount() == 1; }));
    int total = 0;
    for (int column = 0; column < DossierTableModel::ColumnCount; ++column) {
        INFO(column);
        CHECK(table->columnWidth(column) >= 40);
        total += table->columnWidth(column);
    }
    CHECK(total <= table->viewport()->width());
    CHECK_FALSE(table->horizontalScrollBar()->isVisible());
    const QModelIndex applicantCell = view.model()->index(0, DossierTableModel::Applicant);
    CHECK(applicantCell.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Công ty Trách nhiệm hữu hạn")));
}

TEST_CASE("Dossier list view: a person's full name shows whole on an office screen", "[ui][list][layout]")
{
    test::WorkflowFixture f;
    const QString name = QStringLiteral("Nguyễn Thị Hương Giang");
    f.receive(applicant(name, QStringLiteral("091190001234"), QDate(1990, 5, 12), QStringLiteral("0912 345 678")));
    const ui::Session session = sessionFor(f, QStringLiteral("clerk"));
    DossierListView view(session);
    view.resize(1160, 600); // the list's part of a maximised window on a 1366-pixel screen, beside the sidebar
    view.show();
    auto* table = view.findChild<QTableView*>(QStringLiteral("dossierTable"));
    REQUIRE(table);
    REQUIRE(test::waitFor([&] { return view.model()->rowCount() == 1; }));
    // The text and the cell's margins on both sides: what the view needs to draw it without eliding.
    const int needed = table->fontMetrics().horizontalAdvance(name) +
                       2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
    CHECK(table->columnWidth(DossierTableModel::Applicant) >= needed);
    CHECK_FALSE(table->horizontalScrollBar()->isVisible());
}
