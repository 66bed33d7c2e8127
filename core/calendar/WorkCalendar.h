#pragma once

#include "core/calendar/CalendarBook.h"
#include "core/calendar/OfficeHours.h"
#include "core/common/AgencyTime.h"

#include <QDateTime>
#include <QHash>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace motcua::calendar {

// Working time over a range of years: which days are worked, and when the office is open.
//
// Instants are "minute stamps": Julian day × 1440 + minute of the day, in agency time (UTC+7).
// The calendar is indexed once (cumulative working minutes before each day), so that converting between an
// instant and its "working position" — working minutes elapsed since the start of the range — costs one
// array lookup one way and a bucket lookup (256 working minutes a bucket) the other: no computation walks
// the calendar day by day.
class WorkCalendar {
public:
    static constexpr int kDefaultFirstYear = 1990;
    static constexpr int kDefaultLastYear = 2100;

    WorkCalendar(const CalendarBook& book, OfficeHours hours, int firstYear = kDefaultFirstYear,
                 int lastYear = kDefaultLastYear);

    static qint64 stamp(const QDateTime& time);
    static qint64 stamp(const QDate& date, int minuteOfDay) { return date.toJulianDay() * 1440 + minuteOfDay; }
    static QDateTime toDateTime(qint64 stamp);
    static QDate dateOf(qint64 stamp) { return QDate::fromJulianDay(floorDiv(stamp, 1440)); }
    static int minuteOfDay(qint64 stamp) { return static_cast<int>(stamp - floorDiv(stamp, 1440) * 1440); }

    const OfficeHours& hours() const { return m_hours; }
    QDate firstDay() const { return QDate::fromJulianDay(m_firstJulianDay); }
    QDate lastDay() const { return QDate::fromJulianDay(m_firstJulianDay + dayCount() - 1); }
    bool covers(const QDate& date) const;

    bool isWorkingDay(const QDate& date) const;
    const QList<Session>& sessionsOn(const QDate& date) const;
    std::optional<CalendarEntry> entryOn(const QDate& date) const;

    // Working minutes elapsed from the start of the range up to the instant.
    qint64 position(qint64 stamp) const;
    // The earliest instant at which `position` working minutes have elapsed (so a count that completes
    // exactly at the end of a session gives that session's end). position must be > 0.
    qint64 stampAt(qint64 position) const;

    // The instant reached after `minutes` working minutes from `stamp` (stamp itself for 0).
    qint64 addWorkingMinutes(qint64 stamp, qint64 minutes) const;
    qint64 workingMinutesBetween(qint64 from, qint64 to) const { return position(to) - position(from); }
    // The instant itself when it is inside a session, else the start of the next session.
    qint64 nextWorkingInstant(qint64 stamp) const { return stampAt(position(stamp) + 1) - 1; }

    // The n-th working day after `date` (n ≥ 1), or an invalid date beyond the range.
    QDate workingDayAfter(const QDate& date, int n) const;
    // Working days in (from, to]: 0 when to ≤ from.
    int workingDaysBetween(const QDate& from, const QDate& to) const;

private:
    static qint64 floorDiv(qint64 a, qint64 b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }
    int dayCount() const { return static_cast<int>(m_schedule.size()); }
    int dayIndex(const QDate& date) const { return static_cast<int>(date.toJulianDay() - m_firstJulianDay); }

    enum Schedule : std::uint8_t { Closed = 0, Weekday1 = 1 /* … Weekday7 = 7 */, MakeUpDay = 8 };

    // Per schedule, two lookup tables replace walking the sessions on the hot path:
    // workedBefore[minute of day] = working minutes before that minute (0 … 1440),
    // minuteReached[r] = the minute of day at which the r-th working minute of the day ends (1 … day's total).
    struct DayShape {
        std::vector<std::int16_t> workedBefore;
        std::vector<std::int16_t> minuteReached;
    };

    OfficeHours m_hours;
    std::array<DayShape, 9> m_shapes; // by Schedule
    qint64 m_firstJulianDay = 0;
    std::vector<std::uint8_t> m_schedule;      // per day: Closed, the weekday's own sessions, or MakeUpDay
    std::vector<std::int32_t> m_cumulative;    // per day + 1: working minutes before the day (fits: < 1440 a day)
    std::vector<std::int32_t> m_workingBefore; // per day + 1: working days before the day
    std::vector<std::int32_t> m_workingDays;   // day indexes of the working days, in order
    static constexpr int kBucketShift = 8;     // 256 working minutes a bucket, less than one working day
    std::vector<std::int32_t> m_bucketDay;     // per bucket: the day of the bucket's first working minute
    QHash<qint64, CalendarEntry> m_entries;    // by Julian day
};

} // namespace motcua::calendar
