#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QString>

#include <optional>

namespace motcua::calendar {

// The three kinds of dated entries a working-time calendar holds.
enum class DayKind {
    DayOff,     // a weekday off: public holiday, Tết, or a weekday swapped against a make-up Saturday
    Substitute, // a day off given because a public holiday fell on a weekend
    Workday,    // a weekend day worked to make up for a swapped weekday
};

QString dayKindKey(DayKind kind); // "day-off" | "substitute" | "workday"
std::optional<DayKind> dayKindFromKey(const QString& key);
QString dayKindName(DayKind kind); // translated: "Day off", "Substitute day off", "Make-up working day"

struct CalendarEntry {
    QDate date;
    DayKind kind = DayKind::DayOff;
    QString name;           // e.g. "Tết Nguyên đán"
    QString source;         // the notice it comes from, or the rule that generated it
    bool confirmed = false; // false: generated from the statutory rules, not yet confirmed by the administrator

    bool isDayOff() const { return kind != DayKind::Workday; }
    friend bool operator==(const CalendarEntry&, const CalendarEntry&) = default;
};

// A valid date, a name, days off on weekdays and make-up working days on weekends; errors name
// `field` + ".date" / ".kind" / ".name".
Status validateEntry(const CalendarEntry& entry, const QString& field);

} // namespace motcua::calendar
