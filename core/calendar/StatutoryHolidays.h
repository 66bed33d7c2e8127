#pragma once

#include "core/calendar/CalendarEntry.h"

#include <QList>

namespace motcua::calendar {

// Generates a year's days off from the Labour Code 2019 (Art. 111–112), for years with no government notice
// yet: 1/1, Tết (the last day of the lunar year and the first four of the new one), Hùng Kings (10/3
// lunar), 30/4, 1/5, 2/9 with one adjacent day, and Vietnamese Culture Day 24/11 from 2026 (no substitute).
// A statutory day on a Saturday or Sunday is not listed itself: it gives a substitute day on the next
// weekday that is not off.
// Every generated entry is unconfirmed: the administrator confirms or edits it.
class StatutoryHolidays {
public:
    static constexpr int kCultureDayFirstYear = 2026;

    static QList<CalendarEntry> generate(int year);
    static QString generatedSource();
};

} // namespace motcua::calendar
