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

    // The due moment of a dossier: from its terms (receipt, limit, counting rule), its pauses (each restarting
    // the count or moving the due moment by the working time it covers) and its extensions, with the facts that
    // produced it when `explain` is set. The one computation of a dossier's due moment: every service stores
    // what it returns, nothing shifts a stored moment by hand.
    Result<Deadline> compute(const DeadlineRequest& request, bool explain = false) const;
    // The due moment of a process step started at `started` with its time `budget`, under the dossier's
    // counting rule and the pauses of `dossier` that began while the step was open (from `started`, before
    // `finished` when the step is finished), as in compute(); extensions move the dossier's appointment, not a
    // step's budget. The same-session rule applies to budgets of whole days; budgets in hours or part days count
    // in working time.
    Result<QDateTime> stepDue(const DeadlineRequest& dossier, const QDateTime& started, const TimeLimit& budget,
                              const QDateTime& finished = {}) const;
    Result<QDateTime> due(const QDateTime& received, const TimeLimit& limit,
                          CountingRule rule = CountingRule::WorkingTime) const;

    // Fast path of the default rule on minute stamps (see WorkCalendar), for bulk work and benchmarks.
    qint64 dueStamp(qint64 receivedStamp, qint64 limitMinutes) const
    {
        return m_calendar.addWorkingMinutes(receivedStamp, limitMinutes);
    }

    // The end of the window "due within `hours` working hours from `now`": the instant that many working hours
    // later. The lists, the dashboard and the command line filter by it.
    QDateTime dueWithinEnd(const QDateTime& now, double hours) const;
    // "Due soon": within one working day (of the standard office day) from `now`.
    QDateTime dueSoonEnd(const QDateTime& now) const;
    // "Due today": the end of the last office session of `now`'s day; `now` itself when the office is already
    // closed (or does not open that day).
    QDateTime endOfOfficeDay(const QDateTime& now) const;

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
