// Form II.06a over random life cycles driven through the real services in time order: at the end of each month
// the report agrees with the dossiers as they stand then, each dossier lands in one of (7), (11), (14) or none,
// and the same reports computed once everything later has happened are identical.
#include "core/calendar/DeadlineCalculator.h"
#include "core/demo/DemoSeeder.h"
#include "core/reports/Ii06aTable.h"
#include "core/reports/ReportService.h"
#include "core/storage/DossierRepository.h"
#include "tests/support/CatchQt.h"
#include "tests/support/LifeCycle.h"
#include "tests/support/WorkflowFixture.h"

#include <catch2/catch.hpp>

#include <random>

using namespace motcua;
using namespace motcua::dossier;
using namespace motcua::reports;
using calendar::TimeLimit;

namespace {

struct Live {
    QDateTime next;
    QString procedure;
    Channel channel = Channel::Counter;
    QString code; // empty until received
    bool done = false;
};

// What the dossiers as they stand at `end` (the clock being there) say the report's totals must be.
Ii06aCounts expectedAt(test::WorkflowFixture& f, const QStringList& codes, const ReportPeriod& period,
                       qint64& extendedResolved)
{
    const QDateTime start = period.start();
    const QDateTime end = period.end();
    const calendar::DeadlineCalculator calculator(*f.calendar);
    Ii06aCounts expected;
    extendedResolved = 0;
    for (const QString& code : codes) {
        const Dossier d = test::load(f, code);
        INFO("dossier " << code.toStdString());
        const bool finished = d.finishedAt.isValid();
        const bool receivedIn = d.receivedAt >= start && d.receivedAt < end;
        const bool carried = d.receivedAt < start && (!finished || d.finishedAt >= start);
        const bool finishedIn = finished && d.finishedAt >= start && d.finishedAt < end;
        const bool withResult = d.status == DossierStatus::ResultReady || d.status == DossierStatus::Returned;
        const bool open = d.receivedAt < end && (!finished || d.finishedAt >= end);
        const int places = (finishedIn && withResult ? 1 : 0) + (finishedIn && !withResult ? 1 : 0) + (open ? 1 : 0);
        CHECK(places == (receivedIn || carried ? 1 : 0));
        if (receivedIn) {
            ++(d.channel == Channel::Online ? expected.receivedOnline : expected.receivedDirect);
        }
        expected.carriedOver += carried ? 1 : 0;
        if (finishedIn && withResult) {
            ++expected.resolved;
            if (!d.extensions.isEmpty()) {
                ++extendedResolved;
            } else if (d.outcome == QLatin1String("early")) {
                ++expected.early;
            } else if (d.outcome == QLatin1String("on-time")) {
                ++expected.onTime;
            } else {
                ++expected.late;
            }
        }
        if (finishedIn && !withResult) {
            expected.refused += d.status == DossierStatus::Refused ? 1 : 0;
            expected.withdrawn += d.status == DossierStatus::Withdrawn ? 1 : 0;
            expected.stopped += d.status == DossierStatus::Stopped ? 1 : 0;
        }
        if (open) {
            ++expected.inProgress;
            // Not paused: the stored due moment is the one of now; paused: the running pause counts up to now.
            QDateTime due = d.dueAt;
            if (d.paused) {
                ++expected.paused;
                due = calculator.compute(d.deadlineRequest(end))->due;
            }
            ++(due < end ? expected.overdue : expected.within);
        }
    }
    return expected;
}

} // namespace

TEST_CASE("II.06a: random life cycles agree with the dossiers at each month's end, and later", "[reports][property]")
{
    test::WorkflowFixture f;
    test::LifeCycle life(f);
    life.addProcedure(QStringLiteral("9.000001"), QStringLiteral("Lĩnh vực ba ngày"), TimeLimit::days(3));
    life.addProcedure(QStringLiteral("9.000002"), QStringLiteral("Lĩnh vực nửa ngày"), TimeLimit::days(0.5));
    const QStringList procedures{QStringLiteral("9.000001"), QStringLiteral("9.000002"), QStringLiteral("1.009374")};

    const auto seed = static_cast<std::uint32_t>(GENERATE(range(1, 7)));
    INFO("seed " << seed);
    std::mt19937 random(seed);
    const auto pick = [&](int from, int to) {
        return std::uniform_int_distribution<int>(from, to)(random);
    };
    const auto chance = [&](int percent) {
        return pick(1, 100) <= percent;
    };

    const QDate first(2026, 9, 1);
    QList<Live> dossiers;
    for (int i = 0; i < 36; ++i) {
        const QDate day = first.addDays(pick(0, first.daysTo(QDate(2027, 1, 31))));
        dossiers.append({f.at(day.year(), day.month(), day.day(), pick(6, 19), pick(0, 59)),
                         procedures.at(pick(0, 2)),
                         static_cast<Channel>(pick(1, 3)),
                         {},
                         false});
    }
    QList<ReportPeriod> months;
    for (QDate month = first; month < QDate(2027, 2, 1); month = month.addMonths(1)) {
        months.append(ReportPeriod::month(month));
    }
    const ReportService service(f.db.database(), *f.calendar);
    QList<QJsonObject> snapshots;
    QStringList received;
    Ii06aCounts seen; // over every month: the life cycles reach each column
    qsizetype nextCheckpoint = 0;
    for (;;) {
        Live* live = nullptr;
        for (Live& each : dossiers) {
            if (!each.done && (!live || each.next < live->next)) {
                live = &each;
            }
        }
        // Every month that ends before the next action: its report, checked against the dossiers as they stand.
        while (nextCheckpoint < months.size() && (!live || live->next >= months.at(nextCheckpoint).end())) {
            const ReportPeriod& period = months.at(nextCheckpoint++);
            INFO("month ending " << period.to.toString(Qt::ISODate).toStdString());
            f.db.clock().set(period.end());
            auto report = service.ii06a(period, Ii06aGrouping::Field);
            INFO((report.ok() ? QString() : report.error().message).toStdString());
            REQUIRE(report.ok());
            qint64 extendedResolved = 0;
            const Ii06aCounts expected = expectedAt(f, received, period, extendedResolved);
            const Ii06aCounts& total = report->total;
            CHECK(total.receivedOnline == expected.receivedOnline);
            CHECK(total.receivedDirect == expected.receivedDirect);
            CHECK(total.carriedOver == expected.carriedOver);
            CHECK(total.resolved == expected.resolved);
            CHECK(total.early >= expected.early);
            CHECK(total.onTime >= expected.onTime);
            CHECK(total.late >= expected.late);
            CHECK(total.early + total.onTime + total.late - expected.early - expected.onTime - expected.late ==
                  extendedResolved);
            CHECK(total.inProgress == expected.inProgress);
            CHECK(total.within == expected.within);
            CHECK(total.overdue == expected.overdue);
            CHECK(total.paused == expected.paused);
            CHECK(total.refused == expected.refused);
            CHECK(total.withdrawn == expected.withdrawn);
            CHECK(total.stopped == expected.stopped);
            seen += total;
            snapshots.append(ii06aJson(*report));
            auto byProcedure = service.ii06a(period, Ii06aGrouping::Procedure);
            REQUIRE(byProcedure.ok());
            CHECK(ii06aJson(*byProcedure).value(QStringLiteral("total")) ==
                  snapshots.constLast().value(QStringLiteral("total")));
        }
        if (!live) {
            break;
        }
        const QDateTime now = live->next;
        live->next = now.addSecs(60 * (chance(50) ? pick(1, 600) : pick(600, 7 * 1440)));
        INFO("at " << now.toString(Qt::ISODate).toStdString() << " " << live->code.toStdString());
        if (live->code.isEmpty()) {
            live->code = life.receive(now, live->procedure, live->channel);
            received.append(live->code);
            continue;
        }
        const Dossier d = test::load(f, live->code);
        if (d.paused) {
            life.resume(d.code, now);
        } else if (d.status == DossierStatus::ResultReady) {
            if (chance(70)) {
                life.returnResult(d.code, now);
            }
            live->done = true;
        } else if (const int roll = pick(1, 100); roll <= 14) {
            life.pause(d.code, now, static_cast<PauseReason>(pick(0, 3)));
        } else if (roll <= 22) {
            life.extend(d.code, now, std::max(d.dueAt, now).addDays(pick(1, 10)));
        } else if (roll <= 25) {
            life.refuse(d.code, now);
            live->done = true;
        } else if (roll <= 28) {
            life.withdraw(d.code, now);
            live->done = true;
        } else if (roll <= 30) {
            life.stop(d.code, now);
            live->done = true;
        } else {
            life.advance(d.code, now);
        }
    }
    REQUIRE(snapshots.size() == months.size());
    CHECK(seen.carriedOver > 0);
    CHECK(seen.resolved > 0);
    CHECK(seen.late > 0);
    CHECK(seen.inProgress > 0);
    CHECK(seen.overdue > 0);
    CHECK(seen.within > 0);
    CHECK(seen.closedWithoutResult() > 0);
    // Everything after each month has happened since: the reports of the past months are the same.
    for (qsizetype i = 0; i < months.size(); ++i) {
        INFO("month ending " << months.at(i).to.toString(Qt::ISODate).toStdString());
        auto again = service.ii06a(months.at(i), Ii06aGrouping::Field);
        REQUIRE(again.ok());
        CHECK(ii06aJson(*again) == snapshots.at(i));
    }
}

TEST_CASE("II.06a: the demo data holds the invariants in every month and quarter, and adds up", "[reports][demo]")
{
    test::WorkflowFixture f;
    demo::SeedOptions options;
    options.dossiers = 600;
    options.years = 1;
    REQUIRE(demo::DemoSeeder(f.db.database(), *f.calendar, f.db.clock()).seed(options).ok());
    const ReportService service(f.db.database(), *f.calendar);
    const QDate today = f.db.clock().now().date();
    qint64 resolved = 0;
    for (QDate quarterDay = ReportPeriod::quarter(today.addYears(-1)).from; quarterDay <= today;
         quarterDay = quarterDay.addMonths(3)) {
        const ReportPeriod quarter = ReportPeriod::quarter(quarterDay);
        INFO("quarter from " << quarter.from.toString(Qt::ISODate).toStdString());
        for (Ii06aGrouping grouping : {Ii06aGrouping::Field, Ii06aGrouping::Procedure}) {
            auto report = service.ii06a(quarter, grouping);
            INFO((report.ok() ? QString() : report.error().message).toStdString());
            REQUIRE(report.ok());
        }
        const Ii06aCounts total = service.ii06a(quarter, Ii06aGrouping::Field)->total;
        // The quarter is its three months: received and finished add up, it opens with its first month's carry-over
        // and ends with its last month's dossiers in progress.
        Ii06aCounts months;
        for (int m = 0; m < 3; ++m) {
            auto month = service.ii06a(ReportPeriod::month(quarter.from.addMonths(m)), Ii06aGrouping::Field);
            REQUIRE(month.ok());
            months.receivedOnline += month->total.receivedOnline;
            months.receivedDirect += month->total.receivedDirect;
            months.resolved += month->total.resolved;
            months.late += month->total.late;
            months.refused += month->total.refused + month->total.withdrawn + month->total.stopped;
            if (m == 0) {
                CHECK(month->total.carriedOver == total.carriedOver);
            }
            if (m == 2) {
                CHECK(month->total.inProgress == total.inProgress);
                CHECK(month->total.overdue == total.overdue);
                CHECK(month->total.paused == total.paused);
            }
        }
        CHECK(months.receivedOnline == total.receivedOnline);
        CHECK(months.receivedDirect == total.receivedDirect);
        CHECK(months.resolved == total.resolved);
        CHECK(months.late == total.late);
        CHECK(months.refused == total.closedWithoutResult());
        resolved += total.resolved;
    }
    CHECK(resolved > 100);
}
