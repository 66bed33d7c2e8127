#pragma once

#include "core/calendar/CalendarBook.h"
#include "core/calendar/Deadline.h"
#include "core/calendar/WorkCalendar.h"
#include "core/common/Clock.h"
#include "core/storage/CalendarRepository.h"

#include <memory>
#include <variant>

namespace motcua::calendar {

// A dossier whose due moment depends on the calendar (supplied by the dossier store).
struct OpenDeadline {
    QString code;
    DeadlineRequest request;
};

class OpenDeadlineSource {
public:
    virtual ~OpenDeadlineSource() = default;
    virtual Result<QList<OpenDeadline>> openDeadlines() const = 0;
};

// A due moment that a calendar edit would move. Stored due moments are never moved silently: the report
// tells the administrator which dossiers differ, and what the new calendar would give.
struct DeadlineChange {
    QString code;
    QDateTime dueBefore;
    QDateTime dueAfter;
};

struct SetEntry {
    CalendarEntry entry;
};
struct RemoveEntry {
    QDate date;
};
struct ConfirmYear {
    int year = 0;
};
using CalendarEdit = std::variant<SetEntry, RemoveEntry, ConfirmYear>;

// The working-time calendar of the agency: loads it from the database, edits it, and reports which open
// dossiers an edit concerns. Editing a generated year stores the whole year first.
class CalendarService {
public:
    CalendarService(storage::Database& database, const Clock& clock);

    // At first run: stores the shipped civil-service notices for the years not stored yet.
    Status installShippedData();

    Result<CalendarBook> book() const { return m_repository.loadBook(); }
    Result<std::shared_ptr<const WorkCalendar>> workCalendar() const;
    Result<QList<CalendarEntry>> entries(int year) const;

    // What the edit would change, without storing it.
    Result<QList<DeadlineChange>> preview(const CalendarEdit& edit, const OpenDeadlineSource& dossiers) const;
    // Stores the edit (one transaction) and returns the same report as preview().
    Result<QList<DeadlineChange>> apply(const CalendarEdit& edit, const OpenDeadlineSource& dossiers);

    Result<OfficeHours> officeHours() const { return m_repository.loadOfficeHours(); }
    Status setOfficeHours(const OfficeHours& hours) { return m_repository.saveOfficeHours(hours); }

    // The book after the edit; the edited year becomes a stored year.
    static Result<CalendarBook> edited(CalendarBook book, const CalendarEdit& edit);
    static int yearOf(const CalendarEdit& edit);

private:
    // The edited book and the dossiers whose due moment it moves: what preview shows and apply stores.
    struct Plan {
        CalendarBook after;
        QList<DeadlineChange> report;
    };
    Result<Plan> plan(const CalendarEdit& edit, const OpenDeadlineSource& dossiers) const;
    Result<QList<DeadlineChange>> changes(const CalendarBook& before, const CalendarBook& after,
                                          const OpenDeadlineSource& dossiers) const;

    storage::Database& m_database;
    storage::CalendarRepository m_repository;
};

} // namespace motcua::calendar
