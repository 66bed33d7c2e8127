// Form II.06a over hand-built dossiers: every column against what each dossier's life makes of it.
#include "core/calendar/DeadlineCalculator.h"
#include "core/reports/Ii06aTable.h"
#include "core/reports/OverdueReport.h"
#include "core/reports/PeopleReport.h"
#include "core/reports/ReportRules.h"
#include "core/reports/ReportService.h"
#include "core/reports/ReportTables.h"
#include "tests/support/CatchQt.h"
#include "tests/support/LifeCycle.h"
#include "tests/support/WorkflowFixture.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>

using namespace motcua;
using namespace motcua::dossier;
using namespace motcua::reports;
using calendar::TimeLimit;

namespace {

const QString kThreeDays = QStringLiteral("9.000003");
const QString kThreeDaysField = QStringLiteral("Thử nghiệm ba ngày");
const QString kPress = QStringLiteral("Báo chí"); // the field of the bulletin licence 1.009374 (20 working days)

const Ii06aRow* rowOf(const Ii06aReport& report, const QString& field)
{
    for (const Ii06aRow& row : report.rows) {
        if (row.field == field) {
            return &row;
        }
    }
    return nullptr;
}

Ii06aReport requireReport(test::WorkflowFixture& f, const ReportPeriod& period,
                          Ii06aGrouping grouping = Ii06aGrouping::Field)
{
    auto report = ReportService(f.db.database(), *f.calendar).ii06a(period, grouping);
    INFO((report.ok() ? QString() : report.error().message).toStdString());
    REQUIRE(report.ok());
    return *report;
}

// November 2026, with dossiers before, across and after it; the after-period activity comes in a second stage.
struct November {
    test::WorkflowFixture f;
    test::LifeCycle life{f};
    ReportPeriod period{QDate(2026, 11, 1), QDate(2026, 11, 30)};
    QString d10, d12, d13, d14, d18, b1;

    QDateTime at(int m, int d, int h = 9, int min = 0) const { return f.at(2026, m, d, h, min); }

    November()
    {
        life.addProcedure(kThreeDays, kThreeDaysField, TimeLimit::days(3));
        // Received and finished before the period: nowhere.
        const QString d1 = life.receive(at(10, 27, 8, 0), kThreeDays);
        life.ready(d1, at(10, 29, 10, 0));
        // Carried over, resolved early (due 03/11 10:00, ready the day before).
        const QString d2 = life.receive(at(10, 29, 10, 0), kThreeDays);
        life.ready(d2, at(11, 2));
        // Online, ready exactly at its due moment: on time.
        const QString d3 = life.receive(at(11, 4), kThreeDays, Channel::Online);
        life.ready(d3, load(f, d3).dueAt);
        // By post, ready a day after its due moment: late, without an apology.
        const QString d4 = life.receive(at(11, 4), kThreeDays, Channel::Post);
        life.ready(d4, load(f, d4).dueAt.addDays(1));
        // Extended before its due moment (10/11 09:00) and ready by the new appointment but after the old one:
        // late with an apology.
        const QString d5 = life.receive(at(11, 5), kThreeDays);
        REQUIRE(load(f, d5).dueAt == at(11, 10));
        life.extend(d5, at(11, 9), at(11, 13, 17, 0));
        life.ready(d5, at(11, 12));
        // Extended once overdue, ready by the new appointment: late, the apology came too late.
        const QString d6 = life.receive(at(11, 5), kThreeDays);
        life.extend(d6, at(11, 11), at(11, 16, 17, 0));
        life.ready(d6, at(11, 13));
        // Closed without a result.
        const QString d7 = life.receive(at(11, 6), kThreeDays);
        life.withdraw(d7, at(11, 9));
        const QString d8 = life.receive(at(11, 6), kThreeDays);
        life.refuse(d8, at(11, 9));
        const QString d9 = life.receive(at(11, 6), kThreeDays);
        life.stop(d9, at(11, 10));
        // In progress at the end: paused since 25/11, never resumed in the period: within, paused.
        d10 = life.receive(at(11, 20), kThreeDays);
        life.pause(d10, at(11, 25, 10, 0));
        // In progress, due 27/11 09:00 (24/11 is a day off): overdue.
        const QString d11 = life.receive(at(11, 23), kThreeDays);
        REQUIRE(load(f, d11).dueAt == at(11, 27));
        // Paused on 27/11, resumed only after the period: within and paused at its end.
        d12 = life.receive(at(11, 25), kThreeDays);
        life.pause(d12, at(11, 27, 10, 0));
        // Due 01/12 09:00, after the end of the period: within; extended and finished late after it.
        d13 = life.receive(at(11, 26), kThreeDays);
        REQUIRE(load(f, d13).dueAt == at(12, 1));
        // Due 02/12: within; paused, resumed and finished after the period.
        d14 = life.receive(at(11, 27), kThreeDays);
        // Received on Vietnamese Culture Day (24/11, a day off): counts from 25/11, due 27/11: overdue.
        const QString d16 = life.receive(at(11, 24, 10, 0), kThreeDays);
        REQUIRE(load(f, d16).dueAt < at(11, 30));
        // Paused two working days in the period (due 12/11 → 16/11): overdue at its end.
        const QString d17 = life.receive(at(11, 9), kThreeDays);
        life.pause(d17, at(11, 10));
        life.resume(d17, at(11, 12));
        REQUIRE(load(f, d17).dueAt == at(11, 16));
        // Extended in the period to 04/12: within at its end (the extension moves the appointment).
        d18 = life.receive(at(11, 16), kThreeDays);
        life.extend(d18, at(11, 18), at(12, 4, 17, 0));
        // The press field: carried over and still in progress, overdue; received and resolved early.
        b1 = life.receive(at(10, 15));
        const QString b2 = life.receive(at(11, 10));
        life.ready(b2, at(11, 20));
    }

    // What happens after the period: it must change nothing in the report of November.
    void after()
    {
        life.resume(d12, at(12, 3));
        life.extend(d13, at(12, 2), at(12, 10, 17, 0));
        life.ready(d13, at(12, 4));
        life.pause(d14, at(12, 1, 10, 0));
        life.resume(d14, at(12, 3));
        life.ready(d14, at(12, 7));
        life.resume(d10, at(12, 1));
        life.refuse(d10, at(12, 2));
        life.ready(d18, at(12, 3));
        life.ready(b1, at(12, 2));
        life.returnResult(b1, at(12, 3));
        life.receive(at(12, 1), kThreeDays);
        life.receive(at(12, 1), kThreeDays, Channel::Online);
    }
};

} // namespace

TEST_CASE("II.06a: every column of a hand-built month", "[reports][ii06a]")
{
    November n;
    const Ii06aReport report = requireReport(n.f, n.period);
    REQUIRE(report.rows.size() == 2);

    const Ii06aRow* three = rowOf(report, kThreeDaysField);
    REQUIRE(three);
    const Ii06aCounts& c = three->counts;
    CHECK(c.receivedOnline == 1);  // d3
    CHECK(c.receivedDirect == 14); // d4 (post), d5–d14, d16–d18
    CHECK(c.carriedOver == 1);     // d2
    CHECK(c.received() == 16);
    CHECK(c.resolved == 5); // d2–d6
    CHECK(c.early == 1);
    CHECK(c.onTime == 1);
    CHECK(c.late == 3);
    CHECK(c.lateWithApology == 1); // d5
    CHECK(c.lateWithoutApology() == 2);
    CHECK(c.inProgress == 8); // d10–d14, d16–d18
    CHECK(c.within == 5);     // d10, d12, d13, d14, d18
    CHECK(c.overdue == 3);    // d11, d16, d17
    CHECK(c.paused == 2);     // d10, d12
    CHECK(c.withdrawn == 1);
    CHECK(c.refused == 1);
    CHECK(c.stopped == 1);
    CHECK(*c.onTimeShare() == Approx(2.0 / 5));
    CHECK(*c.progressIndicator() == Approx((1.0 + 1 + 5) / (5 + 8)));
    CHECK(*c.onlineShare() == Approx(1.0 / 15));

    const Ii06aRow* press = rowOf(report, kPress);
    REQUIRE(press);
    CHECK(press->counts.carriedOver == 1);
    CHECK(press->counts.receivedDirect == 1);
    CHECK(press->counts.resolved == 1);
    CHECK(press->counts.early == 1);
    CHECK(press->counts.inProgress == 1);
    CHECK(press->counts.overdue == 1);
    CHECK(press->counts.closedWithoutResult() == 0);

    CHECK(report.total.received() == 18);
    CHECK(report.total.resolved == 6);
    CHECK(report.total.inProgress == 9);
    CHECK(report.total.closedWithoutResult() == 3);
    REQUIRE(report.total.checkInvariants(QStringLiteral("total")).ok());
}

TEST_CASE("II.06a: a past period is the same before and after later activity", "[reports][ii06a]")
{
    November n;
    const Ii06aReport before = requireReport(n.f, n.period);
    const Ii06aReport beforeByProcedure = requireReport(n.f, n.period, Ii06aGrouping::Procedure);
    n.after();
    // The after-period activity did move the stored facts: due moments, statuses, finishes.
    const calendar::DeadlineCalculator calculator(*n.f.calendar);
    const Dossier d12 = load(n.f, n.d12);
    CHECK(d12.dueAt > *dueAsOf(calculator, d12, n.period.end()));
    CHECK(*dueAsOf(calculator, d12, n.period.end()) > n.period.end());
    CHECK(load(n.f, n.d13).status == DossierStatus::ResultReady);
    const Ii06aReport after = requireReport(n.f, n.period);
    CHECK(ii06aJson(after) == ii06aJson(before));
    CHECK(ii06aJson(requireReport(n.f, n.period, Ii06aGrouping::Procedure)) == ii06aJson(beforeByProcedure));
    CHECK(rowOf(after, kThreeDaysField)->counts.paused == 2);

    // December sees November's open dossiers carried over, and the later finishes.
    const Ii06aReport december = requireReport(n.f, {QDate(2026, 12, 1), QDate(2026, 12, 31)});
    const Ii06aRow* three = rowOf(december, kThreeDaysField);
    REQUIRE(three);
    CHECK(three->counts.carriedOver == 8);
    CHECK(three->counts.receivedOnline == 1);
    CHECK(three->counts.receivedDirect == 1);
    CHECK(three->counts.resolved == 3); // d13, d14, d18
    CHECK(three->counts.refused == 1);  // d10
    // d13: due 01/12 09:00, extended on 02/12 once overdue, ready 04/12: late without an apology. d18: extended
    // on 18/11 before its due moment (19/11), ready 03/12 by the new appointment: late with an apology. d14: the
    // pause moved its due moment to 04/12, ready 07/12: late.
    CHECK(three->counts.late == 3);
    CHECK(three->counts.lateWithApology == 1);
}

TEST_CASE("II.06a: by procedure, rows within their field and the JSON keys", "[reports][ii06a]")
{
    November n;
    const Ii06aReport report = requireReport(n.f, n.period, Ii06aGrouping::Procedure);
    REQUIRE(report.rows.size() == 2);
    CHECK(report.rows.at(0).procedureCode.size() > 0);
    const QJsonObject json = ii06aJson(report);
    CHECK(json.value(QStringLiteral("period")).toObject().value(QStringLiteral("from")).toString() ==
          QStringLiteral("2026-11-01"));
    const QJsonArray rows = json.value(QStringLiteral("rows")).toArray();
    REQUIRE(rows.size() == 2);
    for (const QJsonValue& row : rows) {
        for (const char* key : {"field",
                                "procedure",
                                "received_total",
                                "received_online",
                                "received_direct",
                                "carried_over",
                                "resolved_total",
                                "resolved_early",
                                "resolved_on_time",
                                "resolved_late",
                                "resolved_late_with_apology",
                                "in_progress_total",
                                "in_progress_within",
                                "in_progress_overdue",
                                "in_progress_paused",
                                "refused",
                                "withdrawn",
                                "stopped",
                                "on_time_share",
                                "progress_indicator",
                                "online_share",
                                "average_working_days"}) {
            INFO(key);
            CHECK(row.toObject().contains(QLatin1String(key)));
        }
    }
    const QJsonObject total = json.value(QStringLiteral("total")).toObject();
    CHECK(total.value(QStringLiteral("received_total")).toInteger() == 18);
    CHECK(total.value(QStringLiteral("on_time_share")).toDouble() == Approx(3.0 / 6));
}

TEST_CASE("II.06a: shares of nothing have no value, and the period is checked", "[reports][ii06a]")
{
    test::WorkflowFixture f;
    test::LifeCycle life(f);
    // One dossier received at the end of December, still open: nothing resolved in the year.
    const QString code = life.receive(f.at(2026, 12, 30, 9, 0));
    const Ii06aReport year = requireReport(f, ReportPeriod::year(QDate(2026, 6, 1)));
    CHECK(year.period.from == QDate(2026, 1, 1));
    CHECK(year.period.to == QDate(2026, 12, 31));
    CHECK(year.total.resolved == 0);
    CHECK(year.total.inProgress == 1);
    CHECK_FALSE(year.total.onTimeShare().has_value());
    CHECK_FALSE(year.total.averageWorkingDays(480).has_value());
    CHECK(*year.total.progressIndicator() == Approx(1.0));
    CHECK(*year.total.onlineShare() == Approx(0.0));
    CHECK(ii06aJson(year).value(QStringLiteral("total")).toObject().value(QStringLiteral("on_time_share")).isNull());
    CHECK(ii06aText(QVariant(), Ii06aValueKind::Share) == QStringLiteral("–"));

    // Across the year boundary: carried over into 2027 and resolved there, early; the handling time counts the
    // working days from 30/12 09:00 to 05/01 09:00 (31/12, then 1/1 off, then 4/1, 5/1 morning): 3 working days.
    life.ready(code, f.at(2027, 1, 5, 9, 0));
    const Ii06aReport january = requireReport(f, ReportPeriod::month(QDate(2027, 1, 20)));
    CHECK(january.period.to == QDate(2027, 1, 31));
    CHECK(january.total.carriedOver == 1);
    CHECK(january.total.early == 1);
    const int dayMinutes = f.calendar->hours().standardDayMinutes();
    CHECK(*january.total.averageWorkingDays(dayMinutes) ==
          Approx(static_cast<double>(calendar::DeadlineCalculator(*f.calendar)
                                         .workingMinutesBetween(f.at(2026, 12, 30, 9, 0), f.at(2027, 1, 5, 9, 0))) /
                 dayMinutes));
    CHECK(ii06aJson(requireReport(f, ReportPeriod::year(QDate(2026, 6, 1)))) == ii06aJson(year));

    ReportService service(f.db.database(), *f.calendar);
    CHECK(service.ii06a({QDate(2026, 12, 1), QDate(2026, 11, 1)}, Ii06aGrouping::Field).error().field ==
          QStringLiteral("to"));
    CHECK(service.ii06a({QDate(), QDate(2026, 11, 1)}, Ii06aGrouping::Field).error().field == QStringLiteral("from"));
}

TEST_CASE("II.06a: the presets of the period picker", "[reports]")
{
    CHECK(ReportPeriod::quarter(QDate(2026, 11, 23)).from == QDate(2026, 10, 1));
    CHECK(ReportPeriod::quarter(QDate(2026, 11, 23)).to == QDate(2026, 12, 31));
    CHECK(ReportPeriod::halfYear(QDate(2026, 3, 31)).to == QDate(2026, 6, 30));
    CHECK(ReportPeriod::month(QDate(2028, 2, 10)).to == QDate(2028, 2, 29));
    CHECK(ReportPeriod{QDate(2026, 11, 1), QDate(2026, 11, 30)}.end() == agencyTime(QDate(2026, 12, 1), QTime(0, 0)));
}

TEST_CASE("II.06a: a defect in the stored facts is an error, never a report", "[reports][ii06a]")
{
    test::WorkflowFixture f;
    test::LifeCycle life(f);
    const QString code = life.receive(f.at(2026, 11, 2, 9, 0));
    life.ready(code, f.at(2026, 11, 5, 9, 0));
    // A finish moment before the receipt (written behind the services' back) breaks 3 = 7 + 11 + 14.
    QSqlQuery query(f.db.database().connection());
    REQUIRE(query.exec(QStringLiteral("UPDATE dossier SET finished_at = '2026-10-20T09:00:00+07:00'")));
    auto report = ReportService(f.db.database(), *f.calendar)
                      .ii06a({QDate(2026, 11, 1), QDate(2026, 11, 30)}, Ii06aGrouping::Field);
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().code == ErrorCode::IllegalState);
    CHECK(report.error().message.contains(QStringLiteral("(3) = (7) + (11) + (14)")));
}

TEST_CASE("II.06a: the header cells merge across and down", "[reports]")
{
    const QList<Ii06aColumnInfo> columns = ii06aColumns(Ii06aGrouping::Field);
    const QList<Ii06aHeaderCell> cells = ii06aHeaderCells(columns);
    const auto find = [&](int row, int column) -> const Ii06aHeaderCell* {
        for (const Ii06aHeaderCell& cell : cells) {
            if (cell.row == row && cell.column == column) {
                return &cell;
            }
        }
        return nullptr;
    };
    // (1) spans the three header rows; "received" spans (3)–(6); (4) and (5) share "received in the period".
    REQUIRE(find(0, 0));
    CHECK(find(0, 0)->lastRow == 2);
    REQUIRE(find(0, 2));
    CHECK(find(0, 2)->lastColumn == 5);
    REQUIRE(find(1, 3));
    CHECK(find(1, 3)->lastColumn == 4);
    CHECK(find(1, 2)->lastRow == 2);
    // No two cells overlap, and every header position is covered once.
    QSet<QPair<int, int>> covered;
    for (const Ii06aHeaderCell& cell : cells) {
        for (int r = cell.row; r <= cell.lastRow; ++r) {
            for (int c = cell.column; c <= cell.lastColumn; ++c) {
                CHECK_FALSE(covered.contains({r, c}));
                covered.insert({r, c});
            }
        }
    }
    CHECK(covered.size() == kHeaderLevels * columns.size());
}

TEST_CASE("II.06a: a department sees the procedures it handles", "[reports][ii06a]")
{
    November n;
    ReportService service(n.f.db.database(), *n.f.calendar);
    const Ii06aReport all = requireReport(n.f, n.period);
    auto press = service.ii06a(n.period, Ii06aGrouping::Field, n.f.departmentIds.value(QStringLiteral("BCXB")));
    REQUIRE(press.ok());
    CHECK(ii06aJson(*press) == ii06aJson(all)); // every dossier of the month is of a BCXB procedure
    auto postal = service.ii06a(n.period, Ii06aGrouping::Field, n.f.departmentIds.value(QStringLiteral("BCVTCNTT")));
    REQUIRE(postal.ok());
    CHECK(postal->rows.isEmpty());
    CHECK(postal->total.received() == 0);
    CHECK(ii06aHtml(*press).contains(QStringLiteral("rowspan=\"3\"")));
}

TEST_CASE("Overdue report: open dossiers overdue or due soon, by step and assignee, paused ones left out",
          "[reports][overdue]")
{
    test::WorkflowFixture f;
    test::LifeCycle life(f);
    auto press = test::WorkflowFixture::bulletinRequest();
    press.procedureCode = QStringLiteral("2.001171"); // BCXB, 12 working hours
    press.documents = {{1, 1}};
    f.db.clock().set(f.at(2026, 11, 23, 8, 0));
    const QString late = f.receive(press).code; // due 25/11 14:00
    const QString paused = f.receive(press).code;
    life.pause(paused, f.at(2026, 11, 23, 9, 0));
    f.db.clock().set(f.at(2026, 11, 25, 8, 0));
    const QString soon = f.receive(press).code;
    life.advance(soon, f.at(2026, 11, 25, 9, 0)); // to step 2, the head's
    auto postal = test::WorkflowFixture::bulletinRequest();
    postal.procedureCode = QStringLiteral("1.010902"); // BCVTCNTT, 10 working days
    postal.documents = {{1, 1}, {2, 1}};
    f.receive(postal);

    const QDateTime now = f.at(2026, 11, 26, 9, 0);
    auto report = reports::overdueReport(f.db.database(), *f.calendar, now, {}, 8);
    REQUIRE(report.ok());
    CHECK(report->overdue == 1);
    CHECK(report->dueSoon == 1);
    REQUIRE(report->groups.size() == 2);
    CHECK(report->groups.at(0).step == 1);
    REQUIRE(report->groups.at(0).lines.size() == 1);
    const reports::OverdueLine& line = report->groups.at(0).lines.at(0);
    CHECK(line.dossier.code == late);
    CHECK(line.overdue);
    // 25/11 14:00 → 17:30 and 26/11 07:30 → 09:00: 5 working hours, no whole working day.
    CHECK(line.workingMinutesLate == 300);
    CHECK(line.workingDaysLate == 0);
    CHECK(report->groups.at(1).step == 2);
    CHECK(report->groups.at(1).lines.at(0).dossier.code == soon);
    // Due 26/11 14:00 (7.5 working hours on 25/11, 4.5 on 26/11): 09:00 → 11:30, 13:30 → 14:00.
    REQUIRE(test::load(f, soon).dueAt == f.at(2026, 11, 26, 14, 0));
    CHECK(report->groups.at(1).lines.at(0).workingMinutesLeft == 180);
    const QJsonObject json = reports::overdueJson(*report);
    CHECK(json.value(QStringLiteral("overdue")).toInteger() == 1);
    CHECK(json.value(QStringLiteral("groups")).toArray().size() == 2);

    // Only overdue (no window), one department, and a bad window.
    CHECK(reports::overdueReport(f.db.database(), *f.calendar, now, {}, 0)->dueSoon == 0);
    CHECK(reports::overdueReport(f.db.database(), *f.calendar, now, QStringLiteral("BCVTCNTT"), 8)->groups.isEmpty());
    CHECK(reports::overdueReport(f.db.database(), *f.calendar, now, {}, -1).error().field == QStringLiteral("within"));
}

TEST_CASE("Overdue report: the working days late are the whole days of the working time late, as its short text",
          "[reports][overdue]")
{
    test::WorkflowFixture f;
    auto press = test::WorkflowFixture::bulletinRequest();
    press.procedureCode = QStringLiteral("2.001171"); // BCXB, 12 working hours
    press.documents = {{1, 1}};
    f.db.clock().set(f.at(2026, 11, 23, 8, 0));
    const QString late = f.receive(press).code;
    REQUIRE(test::load(f, late).dueAt == f.at(2026, 11, 25, 14, 0));
    // By hand, days of 8 working hours (07:30–11:30, 13:30–17:30): 25/11 14:00 → 17:30 is 210 minutes; 26/11 to
    // 14/12 are 13 whole working days (6,240 minutes); 15/12 07:30 → 08:30 is 60: 6,510 minutes, 13 days 4 h 30 min.
    // Counting calendar days from the due day (25/11) to 15/12 would give 14: a started day is not counted.
    const QDateTime now = f.at(2026, 12, 15, 8, 30);
    auto report = reports::overdueReport(f.db.database(), *f.calendar, now, {}, 0);
    REQUIRE(report.ok());
    REQUIRE(report->groups.size() == 1);
    const reports::OverdueLine& line = report->groups.at(0).lines.at(0);
    CHECK(line.workingMinutesLate == 6510);
    CHECK(line.workingDaysLate == 13);
    const QJsonObject json = reports::overdueJson(*report);
    const QJsonObject dossier =
        json.value(QStringLiteral("groups")).toArray().at(0).toObject().value(QStringLiteral("dossiers")).toArray().at(0).toObject();
    CHECK(dossier.value(QStringLiteral("working_days_late")).toInt() == 13);
    // The table's column and its short text beside it read the same days.
    const reports::ReportTable table = reports::overdueTable(*report, f.calendar->hours().standardDayMinutes());
    REQUIRE(table.rows.size() == 1);
    CHECK(table.rows.at(0).at(8).toInt() == 13);
    CHECK(table.rows.at(0).at(9).toString() == QStringLiteral("trễ 13 ngày 4 giờ"));
    // At 15/12 15:00: 210 + 6,240 + 240 (07:30 → 11:30) + 90 (13:30 → 15:00) = 6,780 minutes, 14 days 1 hour: the
    // issue's "late 14 d 1 h" reads 14 in the column, where counting the started day gave 15.
    auto after = reports::overdueReport(f.db.database(), *f.calendar, f.at(2026, 12, 15, 15, 0), {}, 0);
    REQUIRE(after.ok());
    CHECK(after->groups.at(0).lines.at(0).workingMinutesLate == 6780);
    const reports::ReportTable afterTable = reports::overdueTable(*after, f.calendar->hours().standardDayMinutes());
    CHECK(afterTable.rows.at(0).at(8).toInt() == 14);
    CHECK(afterTable.rows.at(0).at(9).toString() == QStringLiteral("trễ 14 ngày 1 giờ"));
    CHECK(after->groups.at(0).lines.at(0).workingDaysLate == 14);
}

TEST_CASE("Per-person report: steps finished in the period, late ones, and dossiers overdue now", "[reports][people]")
{
    test::WorkflowFixture f;
    test::LifeCycle life(f);
    // d1: the clerk hands over within B1's 4 hours; the head hands over after B2's 4 hours, to cv.bcxb, who keeps
    // it past the dossier's due moment (01/12 09:00).
    const QString d1 = life.receive(f.at(2026, 11, 2, 9, 0));
    life.advance(d1, f.at(2026, 11, 2, 10, 0));
    f.db.clock().set(f.at(2026, 11, 3, 9, 0));
    auto head = f.as(QStringLiteral("head.bcxb"));
    REQUIRE(workflow::HandoverService(head).handover(d1, {}, QStringLiteral("cv.bcxb")).ok());
    // d2: every step at once on 20/11: B1 (open since the receipt on 02/11) late; B2, B3, B4 (the head) and B5 (the
    // leader), each opened that moment, in time.
    const QString d2 = life.receive(f.at(2026, 11, 2, 9, 0));
    life.ready(d2, f.at(2026, 11, 20, 9, 0));
    // A step finished in December is not November's.
    const QString d3 = life.receive(f.at(2026, 11, 30, 9, 0));
    life.advance(d3, f.at(2026, 12, 1, 9, 0));

    auto report = reports::peopleReport(f.db.database(), {QDate(2026, 11, 1), QDate(2026, 11, 30)},
                                        f.at(2026, 12, 2, 10, 0));
    REQUIRE(report.ok());
    QStringList rows;
    for (const storage::PersonCount& person : report->people) {
        rows << QStringLiteral("%1 %2 %3 %4")
                    .arg(person.login)
                    .arg(person.stepsFinished)
                    .arg(person.stepsLate)
                    .arg(person.overdueNow);
    }
    CHECK(rows == QStringList{QStringLiteral("clerk 2 1 0"), QStringLiteral("cv.bcxb 0 0 1"),
                              QStringLiteral("head.bcxb 4 1 0"), QStringLiteral("leader 1 0 0")});
    CHECK(reports::peopleJson(*report).value(QStringLiteral("people")).toArray().size() == 4);
    // Before its due moment, nobody has anything overdue.
    auto earlier = reports::peopleReport(f.db.database(), {QDate(2026, 11, 1), QDate(2026, 11, 30)},
                                         f.at(2026, 11, 30, 17, 0));
    REQUIRE(earlier.ok());
    CHECK(std::none_of(earlier->people.cbegin(), earlier->people.cend(),
                       [](const storage::PersonCount& person) { return person.overdueNow > 0; }));
    CHECK(reports::peopleReport(f.db.database(), {QDate(2026, 11, 30), QDate(2026, 11, 1)}, f.at(2026, 12, 2, 10, 0))
              .error()
              .field == QStringLiteral("to"));
}
