#pragma once

#include "core/calendar/Deadline.h"
#include "core/calendar/WorkCalendar.h"

namespace motcua::calendar {

// Due moments, pauses and timeliness over one WorkCalendar: pure functions of (calendar, office hours,
// instants). Each computation is a few index lookups; only the explanation walks the days it names.
class DeadlineCalculator {
public:
    explicit DeadlineCalculator(const WorkCalendar& calendar)
        : m_calendar(calendar)
    {}

    // The due moment of a request, with the facts that produced it when `explain` is set.
    Result<Deadline> compute(const DeadlineRequest& request, bool explain = false) const;
    Result<QDateTime> due(const QDateTime& received, const TimeLimit& limit,
                          CountingRule rule = CountingRule::WorkingTime) const;

    // Fast path of the default rule on minute stamps (see WorkCalendar), for bulk work and benchmarks.
    qint64 dueStamp(qint64 receivedStamp, qint64 limitMinutes) const
    {
        return m_calendar.addWorkingMinutes(receivedStamp, limitMinutes);
    }

    // Working minutes between two instants (0 when `to` is not after `from`).
    qint64 workingMinutesBetween(const QDateTime& from, const QDateTime& to) const;

    // Early (finished on a day before the due day), on time (on the due day, not after the due moment), late.
    Punctuality classify(const QDateTime& finished, const QDateTime& due) const;

    const WorkCalendar& calendar() const { return m_calendar; }

private:
    Result<qint64> legalDueStamp(const DeadlineRequest& request, QList<ExplanationFact>* facts) const;
    void explainDaysOff(const QDate& from, const QDate& to, QList<ExplanationFact>& facts) const;

    const WorkCalendar& m_calendar;
};

} // namespace motcua::calendar
