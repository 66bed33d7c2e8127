// The Reports screen's other pages: the overdue, per-person and per-step tables with their exports, the charts
// with their tooltips, PNG and print, and Cancel stopping the charts' work.
#include "tests/support/CatchQt.h"

#include <catch2/catch.hpp>

#include "tests/support/LifeCycle.h"
#include "tests/support/WaitFor.h"
#include "tests/support/WorkflowFixture.h"
#include "ui/reports/ReportChart.h"
#include "ui/reports/ReportTableModel.h"
#include "ui/reports/ReportsView.h"
#include "ui/reports/TrendCharts.h"
#include "ui/widgets/FileDialog.h"

#include <QAbstractItemModelTester>
#include <QChartView>
#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QImage>
#include <QLabel>
#include <QPdfWriter>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace motcua;
using ui::ReportsView;
using Page = ui::ReportsView::Page;

namespace {

// November 2026 (the clock on 23/11 08:00): d1 hands over B1 in time and B2 late; d2 goes through B1–B5 at once on
// 20/11, B1 late; d3 stands at B1 since 02/11, overdue.
struct PagesFixture {
    test::WorkflowFixture f;
    test::LifeCycle life{f};

    PagesFixture()
    {
        const QString d1 = life.receive(f.at(2026, 11, 2, 8, 0));
        life.advance(d1, f.at(2026, 11, 2, 10, 0));
        life.advance(d1, f.at(2026, 11, 3, 9, 0));
        const QString d2 = life.receive(f.at(2026, 11, 2, 9, 0));
        life.ready(d2, f.at(2026, 11, 20, 9, 0));
        life.receive(f.at(2026, 10, 1, 9, 0));
        f.db.clock().set(f.at(2026, 11, 23, 8, 0));
    }

    ui::Session session(const QString& login)
    {
        return {f.db.database(), f.db.clock(), f.calendar, f.users.value(login)};
    }
};

bool showAndWait(ReportsView& view)
{
    QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("showButton")), Qt::LeftButton);
    return test::waitFor([&] { return !view.isLoading(); });
}

// The column of `model` headed `header`.
int columnOf(const ui::ReportTableModel& model, const QString& header)
{
    for (int c = 0; c < model.columnCount(); ++c) {
        if (model.headerData(c, Qt::Horizontal).toString() == header) {
            return c;
        }
    }
    return -1;
}

} // namespace

TEST_CASE("Reports screen: the per-step table, filled and exported as XLSX, CSV and PDF", "[ui][reports]")
{
    PagesFixture r;
    ReportsView view(r.session(QStringLiteral("leader")));
    view.setPage(Page::Steps);
    ui::ReportTableModel* model = view.tableModel(Page::Steps);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK_FALSE(view.findChild<QPushButton*>(QStringLiteral("xlsxButton"))->isEnabled());
    REQUIRE(showAndWait(view));
    REQUIRE(model->hasTable());
    // B1 and B2 each start one lateness; B2 has the larger share late (1 of 2, B1 1 of 2 too: then by step), then
    // B3–B5 of d2.
    REQUIRE(model->rowCount() == 5);
    const int step = columnOf(*model, QStringLiteral("Bước"));
    const int passed = columnOf(*model, QStringLiteral("Số lượt qua bước"));
    REQUIRE(step >= 0);
    REQUIRE(passed >= 0);
    CHECK(model->index(0, step).data().toString() == QStringLiteral("1"));
    CHECK(model->index(0, passed).data(ui::ReportTableModel::ValueRole).toLongLong() == 2);
    CHECK(model->index(1, step).data().toString() == QStringLiteral("2"));
    CHECK(view.printableHtml().contains(QStringLiteral("1.009374")));

    QTemporaryDir dir;
    ui::FileDialog::setNextPath(dir.filePath(QStringLiteral("steps.xlsx")));
    REQUIRE(view.exportXlsx());
    QFile xlsx(dir.filePath(QStringLiteral("steps.xlsx")));
    REQUIRE(xlsx.open(QIODevice::ReadOnly));
    CHECK(xlsx.read(2) == "PK");
    ui::FileDialog::setNextPath(dir.filePath(QStringLiteral("steps.csv")));
    REQUIRE(view.exportCsv());
    QFile csv(dir.filePath(QStringLiteral("steps.csv")));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QByteArray text = csv.readAll();
    CHECK(text.startsWith("\xEF\xBB\xBF"));
    CHECK(text.contains(QStringLiteral("Lãnh đạo phòng xem xét").toUtf8()));
    ui::FileDialog::setNextPath(dir.filePath(QStringLiteral("steps.pdf")));
    REQUIRE(view.exportPdf());
    QFile pdf(dir.filePath(QStringLiteral("steps.pdf")));
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(4) == "%PDF");
}

TEST_CASE("Reports screen: the overdue and per-person tables, a head seeing their department", "[ui][reports]")
{
    PagesFixture r;
    ReportsView leader(r.session(QStringLiteral("leader")));
    leader.setPage(Page::Overdue);
    REQUIRE(showAndWait(leader));
    ui::ReportTableModel* overdue = leader.tableModel(Page::Overdue);
    REQUIRE(overdue->rowCount() == 1); // d3, received 01/10, at B1, overdue
    const int late = columnOf(*overdue, QStringLiteral("Số ngày làm việc quá hạn"));
    REQUIRE(late >= 0);
    CHECK(overdue->index(0, late).data(ui::ReportTableModel::ValueRole).toLongLong() > 0);
    CHECK(leader.printableHtml().contains(QStringLiteral("THỦ TRƯỞNG CƠ QUAN")));
    leader.setOverdueDepartment(QStringLiteral("BCVTCNTT"));
    REQUIRE(showAndWait(leader));
    CHECK(overdue->rowCount() == 0);

    leader.setPage(Page::People);
    REQUIRE(showAndWait(leader));
    CHECK(leader.tableModel(Page::People)->rowCount() == 3); // clerk, head.bcxb, leader

    // A head of another department sees none of the BCXB procedures' steps.
    ReportsView head(r.session(QStringLiteral("head.bcvt")));
    head.setPage(Page::Steps);
    REQUIRE(showAndWait(head));
    CHECK(head.tableModel(Page::Steps)->rowCount() == 0);
}

TEST_CASE("Reports screen: the charts, their tooltips, PNG and print", "[ui][reports]")
{
    PagesFixture r;
    ReportsView view(r.session(QStringLiteral("leader")));
    view.resize(1200, 700);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.setPeriod({QDate(2026, 10, 1), QDate(2026, 11, 30)});
    view.setPage(Page::Charts);
    REQUIRE(showAndWait(view));
    ui::TrendCharts* charts = view.charts();
    REQUIRE(charts->hasReport());
    CHECK(view.monthsDone() == 3); // October, November, then the department and step figures
    ui::ReportChart* perMonth = charts->perMonth();
    CHECK(perMonth->categories() == QStringList{QStringLiteral("10/26"), QStringLiteral("11/26")});
    REQUIRE(perMonth->series().size() == 2);
    CHECK(perMonth->series().at(0).values == QList<double>{1, 2}); // received
    CHECK(perMonth->series().at(1).values == QList<double>{0, 1}); // resolved (d2)
    CHECK(perMonth->showTip(0, 1) == QStringLiteral("11/2026: 2 tiếp nhận, 1 đã giải quyết"));
    CHECK(perMonth->lastTip() == QStringLiteral("11/2026: 2 tiếp nhận, 1 đã giải quyết"));
    // The line under the chart keeps the values pointed at (a touchpad shows no tooltip for long).
    CHECK(perMonth->hoverLabel()->text() == QStringLiteral("11/2026: 2 tiếp nhận, 1 đã giải quyết"));
    CHECK(charts->onTimePerMonth()->series().at(0).values.at(1) == Approx(100.0));
    CHECK(charts->onTimePerDepartment()->categories() == QStringList{QStringLiteral("BCXB")});
    CHECK(charts->overdueBySteps()->categories() == QStringList{QStringLiteral("Bước 1")});
    CHECK(charts->overdueBySteps()->showTip(0, 0) == QStringLiteral("Bước 1: 1 hồ sơ đang quá hạn"));

    QTemporaryDir dir;
    ui::FileDialog::setNextPath(dir.filePath(QStringLiteral("months.png")));
    REQUIRE(perMonth->savePng());
    const QImage image(dir.filePath(QStringLiteral("months.png")));
    CHECK_FALSE(image.isNull());
    CHECK(image.width() > 100);
    QPdfWriter pdf(dir.filePath(QStringLiteral("months.pdf")));
    perMonth->paintOn(&pdf);
    CHECK(QFile(dir.filePath(QStringLiteral("months.pdf"))).size() > 1000);
}

namespace {

// The texts Qt Charts draws for the axes' labels, as shown (a cut label ends with "...").
QStringList drawnTexts(const ui::ReportChart& chart)
{
    QStringList texts;
    const QList<QGraphicsItem*> items = chart.view()->scene()->items();
    for (const QGraphicsItem* item : items) {
        if (const auto* text = dynamic_cast<const QGraphicsTextItem*>(item); text && text->isVisible()) {
            texts << text->toPlainText();
        }
    }
    return texts;
}

// Every month label on an office screen, 24 or 59 months: drawn whole, level, upright or every n-th one.
void checkLabelsWhole(int fromYear, int months)
{
    PagesFixture r;
    ReportsView view(r.session(QStringLiteral("leader")));
    view.resize(1366, 700);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    const QDate from(fromYear, 1, 1);
    view.setPeriod({from, from.addMonths(months).addDays(-1)});
    view.setPage(Page::Charts);
    QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("showButton")), Qt::LeftButton);
    REQUIRE(test::waitFor([&] { return !view.isLoading(); }, 30000));
    REQUIRE(view.charts()->hasReport());
    for (ui::ReportChart* chart : view.charts()->charts()) {
        QCoreApplication::processEvents();
        const QStringList drawn = drawnTexts(*chart);
        INFO(chart->objectName().toStdString() << ": " << drawn.join(QLatin1Char('|')).toStdString());
        for (const QString& text : drawn) {
            CHECK_FALSE(text.contains(QStringLiteral("...")));
            CHECK_FALSE(text.contains(QChar(0x2026)));
        }
        const QStringList shown = chart->shownLabels();
        REQUIRE(shown.size() == chart->categories().size());
        for (qsizetype i = 0; i < shown.size(); ++i) {
            if (!shown.at(i).trimmed().remove(QChar(0x200B)).isEmpty()) {
                CHECK(shown.at(i) == chart->categories().at(i));
                CHECK(drawn.contains(shown.at(i)));
            }
        }
        // A label among the first three categories, and no two labels drawn overlap.
        CHECK(std::any_of(shown.cbegin(), shown.cbegin() + std::min<qsizetype>(3, shown.size()),
                          [&](const QString& label) { return chart->categories().contains(label); }));
        QList<QRectF> placed;
        const QList<QGraphicsItem*> items = chart->view()->scene()->items();
        for (const QGraphicsItem* item : items) {
            const auto* text = dynamic_cast<const QGraphicsTextItem*>(item);
            if (text && text->isVisible() && chart->categories().contains(text->toPlainText())) {
                placed << text->sceneBoundingRect();
            }
        }
        for (qsizetype a = 0; a < placed.size(); ++a) {
            for (qsizetype b = a + 1; b < placed.size(); ++b) {
                CHECK_FALSE(placed.at(a).intersects(placed.at(b)));
            }
        }
    }
    const ui::ReportChart* perMonth = view.charts()->perMonth();
    REQUIRE(perMonth->categories().size() == months);
    CHECK(perMonth->categories().at(0) == from.toString(QStringLiteral("MM/yy")));
    // Two years on a 1366-pixel screen: every second month named, level (the first from February, the first
    // month's label would stick out of the plot); 59 months: every sixth.
    const qsizetype named = std::count_if(perMonth->shownLabels().cbegin(), perMonth->shownLabels().cend(),
                                          [](QString label) { return !label.remove(QChar(0x200B)).isEmpty(); });
    CHECK(perMonth->labelsAngle() == 0);
    CHECK(named >= (months == 24 ? 11 : 9));
}

} // namespace

TEST_CASE("Reports screen: every month label of the charts is drawn whole on a 1366-pixel screen", "[ui][reports]")
{
    SECTION("two years")
    {
        checkLabelsWhole(2025, 24);
    }
    SECTION("59 months")
    {
        checkLabelsWhole(2022, 59);
    }
}

TEST_CASE("Reports screen: Cancel stops the charts' work between months", "[ui][reports]")
{
    PagesFixture r;
    ReportsView view(r.session(QStringLiteral("leader")));
    view.setPeriod({QDate(2022, 1, 1), QDate(2026, 11, 30)}); // 59 months
    view.setPage(Page::Charts);
    view.showReport();
    view.cancel();
    CHECK_FALSE(view.isLoading());
    REQUIRE(test::waitFor([&] { return !view.isWorking(); }));
    CHECK(view.monthsDone() < 59);
    CHECK_FALSE(view.charts()->hasReport());
    // Shown again, it runs to the end: the 59 months, then the departments and steps.
    view.showReport();
    REQUIRE(test::waitFor([&] { return !view.isLoading(); }, 30000));
    CHECK(view.monthsDone() == 60);
    CHECK(view.charts()->hasReport());
}
