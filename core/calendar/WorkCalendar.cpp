#include "core/calendar/WorkCalendar.h"

#include <algorithm>

namespace motcua::calendar {

WorkCalendar::WorkCalendar(const CalendarBook& book, OfficeHours hours, int firstYear, int lastYear)
    : m_hours(std::move(hours))
    , m_firstJulianDay(QDate(firstYear, 1, 1).toJulianDay())
{
    const auto shapeOf = [](const QList<Session>& sessions) {
        DayShape shape;
        shape.workedBefore.assign(24 * 60 + 1, 0);
        shape.minuteReached.push_back(0);
        std::int16_t worked = 0;
        for (int minute = 0; minute < 24 * 60; ++minute) {
            const bool open = std::any_of(sessions.cbegin(), sessions.cend(), [minute](const Session& session) {
                return minute >= session.start && minute < session.end;
            });
            if (open) {
                ++worked;
                shape.minuteReached.push_back(static_cast<std::int16_t>(minute + 1));
            }
            shape.workedBefore[static_cast<std::size_t>(minute) + 1] = worked;
        }
        return shape;
    };
    m_shapes[Closed] = shapeOf({});
    for (int dayOfWeek = 1; dayOfWeek <= 7; ++dayOfWeek) {
        m_shapes[static_cast<std::size_t>(dayOfWeek)] = shapeOf(m_hours.sessionsOn(dayOfWeek));
    }
    m_shapes[MakeUpDay] = shapeOf(m_hours.makeUpDaySessions());

    for (int year = firstYear; year <= lastYear; ++year) {
        for (const CalendarEntry& entry : book.entriesForYear(year)) {
            m_entries.insert(entry.date.toJulianDay(), entry);
        }
    }

    const qint64 lastJulianDay = QDate(lastYear, 12, 31).toJulianDay();
    const auto days = static_cast<std::size_t>(lastJulianDay - m_firstJulianDay + 1);
    m_schedule.reserve(days);
    m_cumulative.reserve(days + 1);
    m_workingBefore.reserve(days + 1);
    m_cumulative.push_back(0);
    m_workingBefore.push_back(0);
    for (qint64 julianDay = m_firstJulianDay; julianDay <= lastJulianDay; ++julianDay) {
        const int dayOfWeek = QDate::fromJulianDay(julianDay).dayOfWeek();
        std::uint8_t schedule =
            m_hours.sessionsOn(dayOfWeek).isEmpty() ? std::uint8_t{Closed} : static_cast<std::uint8_t>(dayOfWeek);
        const auto entry = m_entries.constFind(julianDay);
        if (entry != m_entries.cend()) {
            schedule = entry->isDayOff() ? Closed : MakeUpDay;
        }
        m_schedule.push_back(schedule);
        const auto index = static_cast<std::int32_t>(julianDay - m_firstJulianDay);
        const int minutes = m_shapes[schedule].workedBefore.back();
        if (minutes > 0) {
            m_workingDays.push_back(index);
        }
        m_cumulative.push_back(m_cumulative.back() + minutes);
        m_workingBefore.push_back(static_cast<std::int32_t>(m_workingDays.size()));
    }

    const auto buckets = static_cast<std::size_t>((m_cumulative.back() >> kBucketShift) + 1);
    m_bucketDay.reserve(buckets);
    std::size_t day = 0;
    for (std::size_t bucket = 0; bucket < buckets; ++bucket) {
        const qint64 first = (static_cast<qint64>(bucket) << kBucketShift) + 1;
        while (day + 1 < m_cumulative.size() - 1 && m_cumulative[day + 1] < first) {
            ++day;
        }
        m_bucketDay.push_back(static_cast<std::int32_t>(day));
    }
}

qint64 WorkCalendar::stamp(const QDateTime& time)
{
    const QDateTime agency = toAgencyTime(time);
    const QTime clock = agency.time();
    return stamp(agency.date(), clock.hour() * 60 + clock.minute());
}

QDateTime WorkCalendar::toDateTime(qint64 stamp)
{
    const int minute = minuteOfDay(stamp);
    return agencyTime(dateOf(stamp), QTime(minute / 60, minute % 60));
}

bool WorkCalendar::covers(const QDate& date) const
{
    if (!date.isValid()) {
        return false;
    }
    const qint64 index = date.toJulianDay() - m_firstJulianDay;
    return index >= 0 && index < dayCount();
}

bool WorkCalendar::isWorkingDay(const QDate& date) const
{
    return covers(date) && m_schedule[static_cast<std::size_t>(dayIndex(date))] != Closed;
}

const QList<Session>& WorkCalendar::sessionsOn(const QDate& date) const
{
    static const QList<Session> none;
    if (!covers(date)) {
        return none;
    }
    const std::uint8_t schedule = m_schedule[static_cast<std::size_t>(dayIndex(date))];
    if (schedule == Closed) {
        return none;
    }
    return schedule == MakeUpDay ? m_hours.makeUpDaySessions() : m_hours.sessionsOn(schedule);
}

std::optional<CalendarEntry> WorkCalendar::entryOn(const QDate& date) const
{
    const auto entry = m_entries.constFind(date.toJulianDay());
    if (entry == m_entries.cend()) {
        return std::nullopt;
    }
    return *entry;
}

qint64 WorkCalendar::position(qint64 stamp) const
{
    const qint64 index = floorDiv(stamp, 1440) - m_firstJulianDay;
    if (index < 0) {
        return 0;
    }
    if (index >= dayCount()) {
        return m_cumulative.back();
    }
    const auto day = static_cast<std::size_t>(index);
    return m_cumulative[day] + m_shapes[m_schedule[day]].workedBefore[static_cast<std::size_t>(minuteOfDay(stamp))];
}

qint64 WorkCalendar::stampAt(qint64 position) const
{
    if (position > m_cumulative.back()) {
        return (m_firstJulianDay + dayCount()) * 1440; // past the range: callers check covers()
    }
    // First day whose cumulative total reaches the position: cumulative[day] < position ≤ cumulative[day + 1].
    // The bucket of the position names the day of its first minute; at most a few days follow it.
    auto day = static_cast<std::size_t>(m_bucketDay[static_cast<std::size_t>((position - 1) >> kBucketShift)]);
    while (m_cumulative[day + 1] < position) {
        ++day;
    }
    const auto remaining = static_cast<std::size_t>(position - m_cumulative[day]);
    return (m_firstJulianDay + static_cast<qint64>(day)) * 1440 + m_shapes[m_schedule[day]].minuteReached[remaining];
}

qint64 WorkCalendar::addWorkingMinutes(qint64 stamp, qint64 minutes) const
{
    if (minutes <= 0) {
        return stamp;
    }
    return stampAt(position(stamp) + minutes);
}

QDate WorkCalendar::workingDayAfter(const QDate& date, int n) const
{
    if (!covers(date) || n < 1) {
        return {};
    }
    const auto target = static_cast<std::size_t>(m_workingBefore[static_cast<std::size_t>(dayIndex(date)) + 1]) +
                        static_cast<std::size_t>(n) - 1;
    if (target >= m_workingDays.size()) {
        return {};
    }
    return QDate::fromJulianDay(m_firstJulianDay + m_workingDays[target]);
}

int WorkCalendar::workingDaysBetween(const QDate& from, const QDate& to) const
{
    if (to <= from) {
        return 0;
    }
    const auto clampIndex = [this](const QDate& date) {
        return static_cast<std::size_t>(std::clamp<qint64>(date.toJulianDay() - m_firstJulianDay, -1, dayCount() - 1) +
                                        1);
    };
    return m_workingBefore[clampIndex(to)] - m_workingBefore[clampIndex(from)];
}

} // namespace motcua::calendar
