#include "tests/support/CatchQt.h"

#include <catch2/catch.hpp>

#include "core/reports/Ii06aTable.h"
#include "tests/support/LifeCycle.h"
#include "tests/support/WaitFor.h"
#include "tests/support/WorkflowFixture.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/reports/Ii06aTableModel.h"
#include "ui/reports/OnTimeChart.h"
#include "ui/reports/ReportsView.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBar.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;
using reports::Ii06aColumn;
using ui::Ii06aTableModel;
using ui::ReportsView;

namespace {

// November 2026: two press dossiers (BCXB; one resolved early, one received online and in progress) and one
// postal dossier (BCVTCNTT, in progress); the clock stands in November.
struct ReportsFixture {
    test::WorkflowFixture f;
    test::LifeCycle life{f};

    ReportsFixture()
    {
        const QString early = life.receive(f.at(2026, 11, 2, 9, 0));
        life.ready(early, f.at(2026, 11, 5, 9, 0));
        life.receive(f.at(2026, 11, 9, 9, 0), QStringLiteral("1.009374"), dossier::Channel::Online);
        f.db.clock().set(f.at(2026, 11, 10, 9, 0));
        auto postal = test::WorkflowFixture::bulletinRequest();
        postal.procedureCode = QStringLiteral("1.010902"); // BCVTCNTT, field Bưu chính
        postal.documents = {{1, 1}, {2, 1}};
        f.receive(postal);
        f.db.clock().set(f.at(2026, 11, 23, 8, 0));
    }

    ui::Session session(const QString& login)
    {
        return {f.db.database(), f.db.clock(), f.calendar, f.users.value(login)};
    }
};

// The value of a cell of the row whose column (2) reads `label`.
QVariant cell(const Ii06aTableModel& model, const QString& label, Ii06aColumn column)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, model.columnOf(Ii06aColumn::Label)).data().toString() == label) {
            return model.index(row, model.columnOf(column)).data(Ii06aTableModel::ValueRole);
        }
    }
    return {};
}

bool showAndWait(ReportsView& view)
{
    QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("showButton")), Qt::LeftButton);
    return test::waitFor([&] { return !view.isLoading(); });
}

} // namespace

TEST_CASE("Reports screen: form II.06a of this month for a leader, by field and by procedure", "[ui][reports]")
{
    ReportsFixture r;
    ReportsView view(r.session(QStringLiteral("leader")));
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    Ii06aTableModel* model = view.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    // The month of the clock's day at first; the quarter preset widens it.
    CHECK(view.period().from == QDate(2026, 11, 1));
    CHECK(view.period().to == QDate(2026, 11, 30));
    auto* preset = view.findChild<QComboBox*>(QStringLiteral("presetCombo"));
    preset->setFocus();
    QTest::keyClick(preset, Qt::Key_Down);
    REQUIRE(test::waitFor([&] { return view.period().to == QDate(2026, 12, 31); }));
    CHECK(view.period().from == QDate(2026, 10, 1));
    CHECK_FALSE(view.findChild<QPushButton*>(QStringLiteral("csvButton"))->isEnabled());

    REQUIRE(showAndWait(view));
    REQUIRE(model->hasReport());
    CHECK(model->rowCount() == 3); // Báo chí, Bưu chính, the total
    const QString press = QStringLiteral("Báo chí");
    const QString postal = QStringLiteral("Bưu chính");
    CHECK(cell(*model, press, Ii06aColumn::Received).toLongLong() == 2);
    CHECK(cell(*model, press, Ii06aColumn::ReceivedOnline).toLongLong() == 1);
    CHECK(cell(*model, press, Ii06aColumn::Early).toLongLong() == 1);
    // Judged at the end of the quarter (31/12): the online dossier, due on 08/12, is overdue by then.
    CHECK(cell(*model, press, Ii06aColumn::Overdue).toLongLong() == 1);
    CHECK(cell(*model, press, Ii06aColumn::OnTimeShare).toDouble() == Approx(1.0));
    CHECK(cell(*model, postal, Ii06aColumn::InProgress).toLongLong() == 1);
    CHECK_FALSE(cell(*model, postal, Ii06aColumn::OnTimeShare).isValid());
    CHECK(model->index(1, model->columnOf(Ii06aColumn::OnTimeShare)).data().toString() == QStringLiteral("–"));
    CHECK(cell(*model, QStringLiteral("Tổng cộng"), Ii06aColumn::Received).toLongLong() == 3);
    CHECK(model->index(2, 0).data(Ii06aTableModel::TotalRowRole).toBool());
    CHECK(model->headerData(model->columnOf(Ii06aColumn::Received), Qt::Horizontal).toString() ==
          QStringLiteral("(3)\nTổng số hồ sơ tiếp nhận"));
    // A total stands under the name of what it totals: (10) is "Quá hạn", not "Tổng số".
    CHECK(model->headerData(model->columnOf(Ii06aColumn::Late), Qt::Horizontal).toString() ==
          QStringLiteral("(10)\nQuá hạn"));
    CHECK(model->headerData(model->columnOf(Ii06aColumn::Resolved), Qt::Horizontal).toString() ==
          QStringLiteral("(7)\nSố hồ sơ đã giải quyết"));
    CHECK(model->headerData(model->columnOf(Ii06aColumn::ReceivedOnline), Qt::Horizontal, Qt::ToolTipRole).toString() ==
          QStringLiteral("(4) Số hồ sơ nhận giải quyết › Trong kỳ › Trực tuyến"));
    CHECK(view.printableHtml().contains(QStringLiteral("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH")));
    CHECK(view.printableHtml().contains(QStringLiteral("Kỳ báo cáo: từ ngày 01/10/2026 đến ngày 31/12/2026")));

    // The chart: one bar per line with something resolved (the postal field has none), hovering tells its figures.
    ui::OnTimeChart* chart = view.chart();
    CHECK(chart->labels() == QStringList{press});
    CHECK(chart->percentages() == QList<double>{100.0});
    CHECK(chart->barText(0) == QStringLiteral("Báo chí: 100.0 % trước hạn hoặc đúng hạn (1 trước hạn, 0 đúng hạn, 0 "
                                              "quá hạn trên 1 hồ sơ đã giải quyết)"));

    // Exports: CSV with its byte-order mark, an XLSX workbook (a zip archive), the chart as a PNG image.
    QTemporaryDir dir;
    ui::FileDialog::setNextPath(dir.filePath(QStringLiteral("chart.png")));
    REQUIRE(chart->savePng());
    CHECK_FALSE(QImage(dir.filePath(QStringLiteral("chart.png"))).isNull());
    ui::FileDialog::setNextPath(dir.filePath(QStringLiteral("q4.csv")));
    REQUIRE(view.exportCsv());
    QFile csv(dir.filePath(QStringLiteral("q4.csv")));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QByteArray text = csv.readAll();
    CHECK(text.startsWith("\xEF\xBB\xBF"));
    CHECK(text.contains(QStringLiteral("Tổng số hồ sơ tiếp nhận").toUtf8()));
    ui::FileDialog::setNextPath(dir.filePath(QStringLiteral("q4.xlsx")));
    REQUIRE(view.exportXlsx());
    QFile xlsx(dir.filePath(QStringLiteral("q4.xlsx")));
    REQUIRE(xlsx.open(QIODevice::ReadOnly));
    CHECK(xlsx.read(2) == "PK");
    ui::FileDialog::setNextPath({}); // cancelled
    CHECK_FALSE(view.exportXlsx());

    // By procedure: one row per procedure, named by code and name.
    auto* grouping = view.findChild<QComboBox*>(QStringLiteral("groupingCombo"));
    grouping->setFocus();
    QTest::keyClick(grouping, Qt::Key_Down);
    REQUIRE(showAndWait(view));
    CHECK(model->report().grouping == reports::Ii06aGrouping::Procedure);
    CHECK(model->index(0, model->columnOf(Ii06aColumn::Label)).data().toString().startsWith(QStringLiteral("1.0")));
    CHECK(model->rowCount() == 3);
}

TEST_CASE("Reports screen: a head sees their department, a period upside down is refused inline", "[ui][reports]")
{
    ReportsFixture r;
    ReportsView view(r.session(QStringLiteral("head.bcvt")));
    CHECK(view.departmentId() == r.f.departmentIds.value(QStringLiteral("BCVTCNTT")));
    REQUIRE(showAndWait(view));
    Ii06aTableModel* model = view.model();
    REQUIRE(model->rowCount() == 2); // Bưu chính and the total
    CHECK(model->index(0, model->columnOf(Ii06aColumn::Label)).data().toString() == QStringLiteral("Bưu chính"));
    CHECK(model->report().total.received() == 1);

    view.findChild<QDateEdit*>(QStringLiteral("fromEdit"))->setDate(QDate(2026, 12, 5));
    CHECK(view.findChild<QComboBox*>(QStringLiteral("presetCombo"))->currentText() ==
          QStringLiteral("Từ ngày – đến ngày"));
    REQUIRE(showAndWait(view));
    CHECK_FALSE(model->hasReport());
    auto* bar = view.findChild<ui::MessageBar*>();
    REQUIRE(bar);
    CHECK(bar->kind() == ui::MessageBar::Kind::Error);
    CHECK(bar->text() == QStringLiteral("Kỳ báo cáo kết thúc trước khi bắt đầu."));
    CHECK_FALSE(view.findChild<QPushButton*>(QStringLiteral("printButton"))->isEnabled());
}

TEST_CASE("Reports screen: in the main window's Reports menu for heads, leaders and administrators", "[ui][reports]")
{
    ReportsFixture r;
    for (const char* login : {"head.bcxb", "leader", "admin"}) {
        INFO(login);
        ui::MainWindow window(r.session(QString::fromLatin1(login)));
        REQUIRE(window.reports());
        auto* action = window.findChild<QAction*>(QStringLiteral("ii06aAction"));
        REQUIRE(action);
        auto* menu = window.findChild<QMenu*>(QStringLiteral("reportsMenu"));
        REQUIRE(menu);
        CHECK(menu->title() == QStringLiteral("&Báo cáo"));
        action->trigger();
        CHECK(window.findChild<QListWidget*>(QStringLiteral("sidebar"))->currentItem()->text() ==
              QStringLiteral("Báo cáo"));
    }
    ui::MainWindow clerk(r.session(QStringLiteral("clerk")));
    CHECK_FALSE(clerk.reports());
    CHECK_FALSE(clerk.findChild<QMenu*>(QStringLiteral("reportsMenu")));
}
