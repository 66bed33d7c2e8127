// The per-step report over hand-built dossiers of the bulletin process (B1 and B2 have 4 working hours each;
// office hours 07:30–11:30 and 13:30–17:30, Monday to Friday): every figure computed by hand.
#include "core/reports/ReportTables.h"
#include "core/reports/StepsReport.h"
#include "core/reports/TrendReport.h"
#include "tests/support/CatchQt.h"
#include "tests/support/LifeCycle.h"
#include "tests/support/WorkflowFixture.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace motcua;
using namespace motcua::reports;

namespace {

const ReportPeriod kNovember{QDate(2026, 11, 1), QDate(2026, 11, 30)};

StepsReport requireSteps(test::WorkflowFixture& f, const ReportPeriod& period, qint64 departmentId = 0)
{
    auto report = stepsReport(f.db.database(), *f.calendar, period, departmentId);
    INFO((report.ok() ? QString() : report.error().message).toStdString());
    REQUIRE(report.ok());
    return *report;
}

QString lineText(const StepLine& line)
{
    return QStringLiteral("B%1 %2 %3 %4 %5 %6")
        .arg(line.position)
        .arg(line.passed)
        .arg(line.late)
        .arg(line.lateFirst)
        .arg(line.medianMinutes)
        .arg(line.p90Minutes);
}

} // namespace

TEST_CASE("Per-step report: passed, late, where lateness starts, median and 90th percentile", "[reports][steps]")
{
    test::WorkflowFixture f;
    test::LifeCycle life(f);
    // d1: B1 02/11 08:00 → 10:00 (120 min, due 14:00: in time); B2 10:00 → 03/11 09:00 (1 h 30 + 4 h + 1 h 30 =
    // 420 min, due 02/11 16:00: late, its first late step).
    const QString d1 = life.receive(f.at(2026, 11, 2, 8, 0));
    life.advance(d1, f.at(2026, 11, 2, 10, 0));
    life.advance(d1, f.at(2026, 11, 3, 9, 0));
    // d2: every step at once on 20/11 09:00: B1 open since 02/11 09:00 (390 + 13 days × 480 + 90 = 6720 min,
    // late, first); B2–B5 0 min, in time.
    const QString d2 = life.receive(f.at(2026, 11, 2, 9, 0));
    life.ready(d2, f.at(2026, 11, 20, 9, 0));
    // d4: B1 16/11 08:00 → 08:30 (30 min); B2 08:30 → 17/11 08:30 (420 + 60 = 480 min, due 16/11 14:30: late,
    // first).
    const QString d4 = life.receive(f.at(2026, 11, 16, 8, 0));
    life.advance(d4, f.at(2026, 11, 16, 8, 30));
    life.advance(d4, f.at(2026, 11, 17, 8, 30));
    // d5: B1 04/11 08:00 → 05/11 08:00 (450 + 30 = 480 min, late, first); B2 05/11 08:00 → 06/11 08:00 (480 min,
    // late, but not where its lateness started).
    const QString d5 = life.receive(f.at(2026, 11, 4, 8, 0));
    life.advance(d5, f.at(2026, 11, 5, 8, 0));
    life.advance(d5, f.at(2026, 11, 6, 8, 0));
    // d6: a step finished in December is not November's.
    const QString d6 = life.receive(f.at(2026, 11, 30, 9, 0));
    life.advance(d6, f.at(2026, 12, 1, 9, 0));

    const StepsReport report = requireSteps(f, kNovember);
    QStringList lines;
    for (const StepLine& line : report.lines) {
        lines << lineText(line);
    }
    // B1 [30, 120, 480, 6720]: median (120 + 480) / 2, 90th percentile rank ⌈3.6⌉ = 4. B2 [0, 420, 480, 480]. B2
    // and B1 start two latenesses each; B2 has the larger share late, so it comes first.
    CHECK(lines == QStringList{QStringLiteral("B2 4 3 2 450 480"), QStringLiteral("B1 4 2 2 300 6720"),
                               QStringLiteral("B3 1 0 0 0 0"), QStringLiteral("B4 1 0 0 0 0"),
                               QStringLiteral("B5 1 0 0 0 0")});
    REQUIRE(report.lines.size() == 5);
    const StepLine& b2 = report.lines.at(0);
    CHECK(b2.procedureCode == QStringLiteral("1.009374"));
    CHECK(b2.timeUnit == QStringLiteral("hours"));
    CHECK(b2.timeAmount == 4);
    CHECK(b2.content.startsWith(QStringLiteral("Lãnh đạo phòng xem xét")));
    CHECK(*b2.lateShare() == Approx(0.75));

    const QJsonObject json = stepsJson(report);
    const QJsonObject first = json.value(QStringLiteral("steps")).toArray().at(0).toObject();
    CHECK(first.value(QStringLiteral("step")).toInt() == 2);
    CHECK(first.value(QStringLiteral("late_first")).toInteger() == 2);
    CHECK(first.value(QStringLiteral("median_working_minutes")).toInteger() == 450);
    CHECK(first.value(QStringLiteral("late_share")).toDouble() == Approx(0.75));
    CHECK(json.value(QStringLiteral("period")).toObject().value(QStringLiteral("from")).toString() ==
          QStringLiteral("2026-11-01"));

    // The table that the screen and the exports show: times in working days of 480 minutes.
    const ReportTable table = stepsTable(report);
    REQUIRE(table.rows.size() == 5);
    CHECK(table.rows.at(0).at(2).toInt() == 2);
    CHECK(table.rows.at(0).at(9).toDouble() == Approx(450.0 / 480));
    CHECK(table.textRows().at(1).at(8) == QStringLiteral("75.0"));
    CHECK(table.textRows().at(1).at(4) == stepBudgetText(QStringLiteral("hours"), 4));

    // December holds d6's B1 only (30/11 09:00 → 01/12 09:00: 480 min, due 30/11 13:30+: late, first).
    const StepsReport december = requireSteps(f, {QDate(2026, 12, 1), QDate(2026, 12, 31)});
    REQUIRE(december.lines.size() == 1);
    CHECK(lineText(december.lines.at(0)) == QStringLiteral("B1 1 1 1 480 480"));
}

TEST_CASE("Per-step report: a department sees the procedures it handles, and the period is checked",
          "[reports][steps]")
{
    test::WorkflowFixture f;
    test::LifeCycle life(f);
    const QString d1 = life.receive(f.at(2026, 11, 2, 8, 0));
    life.advance(d1, f.at(2026, 11, 2, 10, 0));
    CHECK(requireSteps(f, kNovember, f.departmentIds.value(QStringLiteral("BCXB"))).lines.size() == 1);
    CHECK(requireSteps(f, kNovember, f.departmentIds.value(QStringLiteral("BCVTCNTT"))).lines.isEmpty());
    CHECK(requireSteps(f, {QDate(2026, 10, 1), QDate(2026, 10, 31)}).lines.isEmpty());
    auto reversed = stepsReport(f.db.database(), *f.calendar, {QDate(2026, 11, 30), QDate(2026, 11, 1)});
    REQUIRE_FALSE(reversed.ok());
    CHECK(reversed.error().field == QStringLiteral("to"));
}

TEST_CASE("Per-step report: the median and the nearest-rank percentile", "[reports][steps]")
{
    QList<qint64> none;
    CHECK(medianOf(none) == 0);
    CHECK(percentileOf(none, 0.9) == 0);
    QList<qint64> odd{5, 1, 3};
    CHECK(medianOf(odd) == 3);
    CHECK(percentileOf(odd, 0.9) == 5);
    QList<qint64> ten{10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
    CHECK(medianOf(ten) == 5); // (5 + 6) / 2, rounded down
    CHECK(percentileOf(ten, 0.9) == 9);
    CHECK(percentileOf(ten, 1.0) == 10);
    QList<qint64> one{42};
    CHECK(percentileOf(one, 0.9) == 42);
}

TEST_CASE("Charts' figures: per month clipped to the period, per department, overdue by step, and cancelled",
          "[reports][trend]")
{
    const QList<ReportPeriod> months = monthsOf({QDate(2026, 10, 15), QDate(2026, 12, 3)});
    REQUIRE(months.size() == 3);
    CHECK(months.at(0).from == QDate(2026, 10, 15));
    CHECK(months.at(0).to == QDate(2026, 10, 31));
    CHECK(months.at(1).from == QDate(2026, 11, 1));
    CHECK(months.at(2).to == QDate(2026, 12, 3));

    test::WorkflowFixture f;
    test::LifeCycle life(f);
    life.receive(f.at(2026, 10, 1, 9, 0)); // due 29/10: overdue at B1 from then on
    const QString d2 = life.receive(f.at(2026, 11, 2, 9, 0));
    life.ready(d2, f.at(2026, 11, 20, 9, 0)); // early
    const QDateTime now = f.at(2026, 11, 23, 8, 0);
    QList<int> calls;
    auto trend = trendReport(f.db.database(), *f.calendar, {QDate(2026, 10, 1), QDate(2026, 11, 30)}, now, 0,
                             [&](int done, int total) {
                                 calls << done << total;
                                 return true;
                             });
    REQUIRE(trend.ok());
    CHECK(calls == QList<int>{1, 3, 2, 3, 3, 3});
    REQUIRE(trend->months.size() == 2);
    CHECK(trend->months.at(0).received == 1);
    CHECK(trend->months.at(0).resolved == 0);
    CHECK_FALSE(trend->months.at(0).onTimeShare().has_value());
    CHECK(trend->months.at(1).received == 1);
    CHECK(*trend->months.at(1).onTimeShare() == Approx(1.0));
    REQUIRE(trend->departments.size() == 1);
    CHECK(trend->departments.at(0).code == QStringLiteral("BCXB"));
    CHECK(trend->departments.at(0).resolved == 1);
    CHECK(trend->overdueBySteps == QList<QPair<int, qint64>>{{1, 1}});
    // A department that holds none of them.
    auto elsewhere = trendReport(f.db.database(), *f.calendar, {QDate(2026, 10, 1), QDate(2026, 11, 30)}, now,
                                 f.departmentIds.value(QStringLiteral("BCVTCNTT")));
    REQUIRE(elsewhere.ok());
    CHECK(elsewhere->departments.isEmpty());
    CHECK(elsewhere->overdueBySteps.isEmpty());

    // Stopped after the first month.
    int monthsDone = 0;
    auto cancelled = trendReport(f.db.database(), *f.calendar, {QDate(2026, 1, 1), QDate(2026, 11, 30)}, now, 0,
                                 [&](int done, int) {
                                     monthsDone = done;
                                     return false;
                                 });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().field == QStringLiteral("cancelled"));
    CHECK(monthsDone == 1);
}
