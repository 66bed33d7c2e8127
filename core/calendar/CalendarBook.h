#pragma once

#include "core/calendar/CalendarEntry.h"

#include <QList>
#include <QMap>

namespace motcua::calendar {

// The dated entries of the working-time calendar, year by year. A year is either stored (a civil-service
// notice, or entries the administrator confirmed or edited) or, when nothing is stored for it, generated
// from the statutory rules and marked unconfirmed.
class CalendarBook {
public:
    void setYear(int year, QList<CalendarEntry> entries);
    void removeYear(int year) { m_years.remove(year); }
    bool hasStoredYear(int year) const { return m_years.contains(year); }
    QList<int> storedYears() const { return m_years.keys(); }

    // The stored entries of that year, or the generated statutory ones; sorted by date.
    QList<CalendarEntry> entriesForYear(int year) const;

    friend bool operator==(const CalendarBook&, const CalendarBook&) = default;

private:
    QMap<int, QList<CalendarEntry>> m_years;
};

} // namespace motcua::calendar
