#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QTime>

#include <array>

namespace motcua::calendar {

// One office session of a working day, in minutes after midnight, [start, end).
struct Session {
    int start = 0;
    int end = 0;
    int minutes() const { return end - start; }
    friend bool operator==(const Session&, const Session&) = default;
};

// When an agency's office is open: sessions for each weekday (Monday = 1 … Sunday = 7; no session = not a
// working weekday), the sessions of a make-up working day, and the cut-off of the same-day rule.
class OfficeHours {
public:
    // Monday–Friday 07:30–11:30 and 13:30–17:30 (480 working minutes a day), same-day cut-off 15:00.
    static OfficeHours standard();

    const QList<Session>& sessionsOn(int dayOfWeek) const { return m_weekdays.at(dayOfWeek - 1); }
    void setSessions(int dayOfWeek, QList<Session> sessions) { m_weekdays.at(dayOfWeek - 1) = std::move(sessions); }

    // Sessions of a weekend day worked to make up a swapped weekday: those of an ordinary Monday.
    const QList<Session>& makeUpDaySessions() const { return m_weekdays.at(0); }

    // Length of one working day in the "N working days" rule: the minutes of an ordinary Monday.
    int standardDayMinutes() const;

    QTime sameDayCutoff() const { return m_sameDayCutoff; }
    void setSameDayCutoff(QTime cutoff) { m_sameDayCutoff = cutoff; }

    // Sessions sorted, inside the day, not overlapping, at least one working weekday.
    Status validate() const;

    // "07:30-11:30,13:30-17:30" <-> sessions.
    static QString sessionsToText(const QList<Session>& sessions);
    static Result<QList<Session>> sessionsFromText(const QString& text, const QString& field);

    friend bool operator==(const OfficeHours&, const OfficeHours&) = default;

private:
    std::array<QList<Session>, 7> m_weekdays;
    QTime m_sameDayCutoff{15, 0};
};

} // namespace motcua::calendar
