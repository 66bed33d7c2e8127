#include "core/calendar/CalendarBook.h"

#include "core/calendar/StatutoryHolidays.h"

#include <algorithm>

namespace motcua::calendar {

void CalendarBook::setYear(int year, QList<CalendarEntry> entries)
{
    std::sort(entries.begin(), entries.end(),
              [](const CalendarEntry& a, const CalendarEntry& b) { return a.date < b.date; });
    m_years.insert(year, std::move(entries));
}

QList<CalendarEntry> CalendarBook::entriesForYear(int year) const
{
    const auto stored = m_years.constFind(year);
    if (stored != m_years.cend()) {
        return *stored;
    }
    return StatutoryHolidays::generate(year);
}

} // namespace motcua::calendar
