#pragma once

#include "core/calendar/Explanation.h"
#include "core/common/Result.h"

#include <QDateTime>
#include <QList>

namespace motcua::calendar {

// A legal time limit: N working days (fractions allowed: 0, 0.25, 0.5, 1.5 …) or N working hours.
struct TimeLimit {
    enum class Unit { WorkingDays, WorkingHours };
    Unit unit = Unit::WorkingDays;
    double amount = 0;

    static TimeLimit days(double amount) { return {Unit::WorkingDays, amount}; }
    static TimeLimit hours(double amount) { return {Unit::WorkingHours, amount}; }
    // The limit in working minutes, with `dayMinutes` working minutes to a day.
    qint64 workingMinutes(int dayMinutes) const;
    bool isSameDay() const { return unit == Unit::WorkingDays && amount == 0; }
    Status validate(const QString& field) const;
};

// A time limit in words, translated: "20 working days", "4 working hours", "the same day" for 0 days. The
// printed forms keep their Vietnamese-only text (forms::text::timeLimit), for paper.
QString formatTimeLimit(const TimeLimit& limit);

// How a limit is counted; a per-procedure setting.
enum class CountingRule {
    WorkingTime, // N × (working minutes of a day) from the receipt instant; 0 days = the same-day rule
    SameSession, // whole days; received in the morning → due at the end of the morning session, afternoon → afternoon
};

QString countingRuleKey(CountingRule rule); // "default" | "session"
std::optional<CountingRule> countingRuleFromKey(const QString& key);

struct Pause {
    QDateTime from;
    QDateTime to;
    QString reason;
    bool restart = false; // the whole limit counts again from `to` (procedures set to restart after a supplement)
};

struct Extension {
    QDateTime grantedAt;
    QDateTime newDue;
    QString reason;
};

struct DeadlineRequest {
    QDateTime received;
    TimeLimit limit;
    CountingRule rule = CountingRule::WorkingTime;
    QList<Pause> pauses;         // the clock stops; the due moment moves by the working time they cover
    QList<Extension> extensions; // the due moment is replaced by the new one (apology letter)
};

struct Deadline {
    QDateTime due;
    QDateTime legalDue;       // before pauses and extensions
    qint64 pausedMinutes = 0; // working minutes covered by the pauses
    QList<ExplanationFact> explanation;
};

enum class Timeliness { Early, OnTime, Late };
QString timelinessKey(Timeliness timeliness); // "early" | "on-time" | "late"

struct Punctuality {
    Timeliness timeliness = Timeliness::OnTime;
    int workingDaysLate = 0;       // working days after the due day up to the finish day
    qint64 workingMinutesLate = 0; // working minutes between the due moment and the finish
};

} // namespace motcua::calendar
