// Measures form II.06a on a real database: every quarter and every year from the first receipt to today, by
// field, with the invariants checked by the service on each and again here on every row and the total; then the
// per-step report of every quarter and year. Prints its figures; no test asserts on them.
// Usage: motcua-bench-report --db FILE|URL (e.g. one made with motcua-cli seed-demo --dossiers 1000000 --years 10)
#include "bench/support/BenchSupport.h"
#include "core/calendar/CalendarService.h"
#include "core/common/Clock.h"
#include "core/reports/ReportService.h"
#include "core/reports/StepsReport.h"
#include "core/storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>

using namespace motcua;

namespace {

void printTimes(const char* what, QList<double> times, const QString& counted, int failed)
{
    std::sort(times.begin(), times.end());
    std::printf("%-14s %4lld reports, %s: median %.1f ms, slowest %.1f ms, %d failed\n", what,
                static_cast<long long>(times.size()), counted.toUtf8().constData(),
                times.isEmpty() ? 0.0 : times.at(times.size() / 2), times.isEmpty() ? 0.0 : times.constLast(), failed);
}

// Runs form II.06a of each period and checks the invariants of every row and of the total; prints the slowest and
// the median, and any report that failed.
int measure(const reports::ReportService& service, const QList<reports::ReportPeriod>& periods, const char* what)
{
    QList<double> times;
    int failed = 0;
    qint64 dossiers = 0;
    qint64 rows = 0;
    for (const reports::ReportPeriod& period : periods) {
        QElapsedTimer timer;
        timer.start();
        auto report = service.ii06a(period, reports::Ii06aGrouping::Field);
        times.append(bench::millis(timer));
        const auto fail = [&](const QString& message) {
            ++failed;
            std::fprintf(stderr, "%s %s: %s\n", what, period.from.toString(Qt::ISODate).toUtf8().constData(),
                         message.toUtf8().constData());
        };
        if (!report) {
            fail(report.error().message);
            continue;
        }
        for (const reports::Ii06aRow& row : report->rows) {
            ++rows;
            if (Status valid = row.counts.checkInvariants(row.field); !valid) {
                fail(valid.error().message);
            }
        }
        if (Status valid = report->total.checkInvariants(QStringLiteral("total")); !valid) {
            fail(valid.error().message);
        }
        dossiers += report->total.received();
    }
    printTimes(what, times,
               QStringLiteral("%1 rows and totals checked, %2 dossiers handled in all").arg(rows).arg(dossiers),
               failed);
    return failed;
}

int measureSteps(storage::Database& database, const calendar::WorkCalendar& calendar,
                 const QList<reports::ReportPeriod>& periods, const char* what)
{
    QList<double> times;
    int failed = 0;
    qint64 passed = 0;
    for (const reports::ReportPeriod& period : periods) {
        QElapsedTimer timer;
        timer.start();
        auto report = reports::stepsReport(database, calendar, period);
        times.append(bench::millis(timer));
        if (!report) {
            ++failed;
            continue;
        }
        for (const reports::StepLine& line : report->lines) {
            passed += line.passed;
        }
    }
    printTimes(what, times, QStringLiteral("%1 steps passed in all").arg(passed), failed);
    return failed;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const auto options = bench::parseOptions(app, parser, "motcua-bench-report --db FILE|URL");
    if (!options) {
        return 2;
    }
    const SystemClock clock;
    const auto database = bench::openDatabase(options->database, clock);
    if (!database) {
        return 1;
    }
    auto calendar = calendar::CalendarService(*database, clock).workCalendar();
    if (!calendar) {
        std::fprintf(stderr, "%s\n", calendar.error().message.toUtf8().constData());
        return 1;
    }
    QSqlQuery query(database->connection());
    if (!query.exec(QStringLiteral("SELECT min(received_at) FROM dossier")) || !query.next() ||
        query.value(0).isNull()) {
        std::fputs("no dossier in the database\n", stderr);
        return 1;
    }
    const QDate first = QDate::fromString(query.value(0).toString().left(10), Qt::ISODate);
    const QDate today = clock.now().date();
    QList<reports::ReportPeriod> quarters;
    QList<reports::ReportPeriod> years;
    for (QDate day = reports::ReportPeriod::quarter(first).from; day <= today; day = day.addMonths(3)) {
        quarters.append(reports::ReportPeriod::quarter(day));
    }
    for (QDate day(first.year(), 1, 1); day <= today; day = day.addYears(1)) {
        years.append(reports::ReportPeriod::year(day));
    }
    const reports::ReportService service(*database, **calendar);
    QSqlQuery count(database->connection());
    if (count.exec(QStringLiteral("SELECT count(*) FROM dossier")) && count.next()) {
        std::printf("%lld dossiers, %lld quarters and %lld years from %s\n", count.value(0).toLongLong(),
                    static_cast<long long>(quarters.size()), static_cast<long long>(years.size()),
                    first.toString(Qt::ISODate).toUtf8().constData());
    }
    const int failed = measure(service, quarters, "II.06a quarter") + measure(service, years, "II.06a year") +
                       measureSteps(*database, **calendar, quarters, "steps quarter") +
                       measureSteps(*database, **calendar, years, "steps year");
    return failed == 0 ? 0 : 1;
}
