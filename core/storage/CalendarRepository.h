#pragma once

#include "core/calendar/CalendarBook.h"
#include "core/calendar/OfficeHours.h"
#include "core/common/Clock.h"
#include "core/storage/Database.h"

namespace motcua::storage {

// Stored calendar years, office sessions and the same-day cut-off.
class CalendarRepository {
public:
    CalendarRepository(Database& database, const Clock& clock)
        : m_database(database)
        , m_clock(clock)
    {}

    Result<calendar::CalendarBook> loadBook() const;
    // Replaces the stored entries of `year` (the year becomes stored even with no entry).
    Status saveYear(int year, const QList<calendar::CalendarEntry>& entries);
    // Forgets the year: it is generated from the statutory rules again.
    Status removeYear(int year);
    // Stores every year of the book that is not stored yet (the shipped notices at first run).
    Status addMissingYears(const calendar::CalendarBook& book);

    Result<calendar::OfficeHours> loadOfficeHours() const; // the standard hours when none are stored
    Status saveOfficeHours(const calendar::OfficeHours& hours);
    // Tells the other workstations, at the commit of the writing transaction, that the calendar changed (`what`:
    // the years, or "hours"); nothing on SQLite.
    Status announceChange(const QString& what);

private:
    Status writeYear(int year, const QList<calendar::CalendarEntry>& entries);

    Database& m_database;
    const Clock& m_clock;
};

} // namespace motcua::storage
