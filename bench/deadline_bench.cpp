// Measures due() on the indexed working-time calendar against a naive day-by-day walk.
// Usage: motcua-bench-deadline [CALLS]   (default 10,000,000)
#include "core/calendar/CalendarJson.h"
#include "core/calendar/DeadlineCalculator.h"

#include <QCoreApplication>
#include <QMap>

#include <chrono>
#include <cstdio>
#include <random>
#include <vector>

using namespace motcua::calendar;

namespace {

// The way one would write it without an index: walk the days one by one, asking each whether it is a
// weekend or a listed day off or make-up day, and consume its sessions.
class NaiveCalendar {
public:
    NaiveCalendar(const CalendarBook& book, OfficeHours hours)
        : m_hours(std::move(hours))
    {
        for (int year = 1990; year <= 2100; ++year) {
            for (const CalendarEntry& entry : book.entriesForYear(year)) {
                m_entries.insert(entry.date, entry);
            }
        }
    }

    qint64 due(qint64 received, qint64 minutes) const
    {
        QDate day = WorkCalendar::dateOf(received);
        int from = WorkCalendar::minuteOfDay(received);
        for (;;) {
            for (const Session& session : sessionsOn(day)) {
                const int start = std::max(from, session.start);
                if (start >= session.end) {
                    continue;
                }
                if (minutes <= session.end - start) {
                    return WorkCalendar::stamp(day, static_cast<int>(start + minutes));
                }
                minutes -= session.end - start;
            }
            day = day.addDays(1);
            from = 0;
        }
    }

private:
    QList<Session> sessionsOn(const QDate& day) const
    {
        const auto entry = m_entries.constFind(day);
        if (entry != m_entries.cend()) {
            return entry->isDayOff() ? QList<Session>() : m_hours.makeUpDaySessions();
        }
        return m_hours.sessionsOn(day.dayOfWeek());
    }

    OfficeHours m_hours;
    QMap<QDate, CalendarEntry> m_entries;
};

struct Sample {
    qint64 received;
    qint64 minutes;
};

template <typename F> double callsPerSecond(const std::vector<Sample>& samples, F&& due, qint64& checksum)
{
    const auto start = std::chrono::steady_clock::now();
    for (const Sample& sample : samples) {
        checksum += due(sample.received, sample.minutes);
    }
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    return static_cast<double>(samples.size()) / elapsed.count();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const std::size_t calls = argc > 1 ? std::stoull(argv[1]) : 10'000'000;

    const auto buildStart = std::chrono::steady_clock::now();
    const WorkCalendar calendar(CalendarJson::shipped(), OfficeHours::standard());
    const std::chrono::duration<double, std::milli> buildTime = std::chrono::steady_clock::now() - buildStart;
    const DeadlineCalculator calculator(calendar);
    const NaiveCalendar naiveCalendar(CalendarJson::shipped(), OfficeHours::standard());

    // Random receipts over 2020–2035 at any minute, limits from a quarter day to 30 working days.
    std::mt19937_64 random(42);
    std::uniform_int_distribution<qint64> receipt(WorkCalendar::stamp(QDate(2020, 1, 1), 0),
                                                  WorkCalendar::stamp(QDate(2035, 12, 31), 1439));
    std::uniform_int_distribution<int> quarterDays(1, 120);
    std::vector<Sample> samples(calls);
    for (Sample& sample : samples) {
        sample = {receipt(random), quarterDays(random) * 120};
    }

    qint64 checksum = 0;
    const double indexed = callsPerSecond(
        samples, [&](qint64 received, qint64 minutes) { return calculator.dueStamp(received, minutes); }, checksum);

    const std::size_t naiveCalls = std::min<std::size_t>(calls, 200'000);
    const std::vector<Sample> naiveSamples(samples.begin(), samples.begin() + static_cast<std::ptrdiff_t>(naiveCalls));
    qint64 naiveChecksum = 0;
    const double naive = callsPerSecond(
        naiveSamples, [&](qint64 received, qint64 minutes) { return naiveCalendar.due(received, minutes); },
        naiveChecksum);

    std::size_t mismatches = 0;
    for (const Sample& sample : naiveSamples) {
        mismatches +=
            calculator.dueStamp(sample.received, sample.minutes) != naiveCalendar.due(sample.received, sample.minutes);
    }

    // The full API with QDateTime in and out, pauses none, explanation off.
    const std::size_t fullCalls = std::min<std::size_t>(calls, 500'000);
    const auto fullStart = std::chrono::steady_clock::now();
    for (std::size_t i = 0; i < fullCalls; ++i) {
        const auto due = calculator.compute({WorkCalendar::toDateTime(samples[i].received),
                                             TimeLimit::days(samples[i].minutes / 480.0),
                                             CountingRule::WorkingTime,
                                             {},
                                             {}});
        checksum += due.ok() ? due->due.date().day() : 0;
    }
    const std::chrono::duration<double> fullTime = std::chrono::steady_clock::now() - fullStart;

    std::printf("calendar index built over %s – %s in %.1f ms\n", qPrintable(calendar.firstDay().toString(Qt::ISODate)),
                qPrintable(calendar.lastDay().toString(Qt::ISODate)), buildTime.count());
    std::printf("due() indexed:         %12.0f calls/s  (%zu calls, one core)\n", indexed, calls);
    std::printf("due() naive day walk:  %12.0f calls/s  (%zu calls)\n", naive, naiveCalls);
    std::printf("speed-up:              %12.1f x\n", indexed / naive);
    std::printf("compute() with QDateTime in/out: %.0f calls/s (%zu calls)\n",
                static_cast<double>(fullCalls) / fullTime.count(), fullCalls);
    std::printf("indexed vs naive mismatches: %zu of %zu\n", mismatches, naiveCalls);
    std::printf("(checksum %lld %lld)\n", static_cast<long long>(checksum), static_cast<long long>(naiveChecksum));
    return mismatches == 0 ? 0 : 1;
}
