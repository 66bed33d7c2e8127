#pragma once

#include "core/calendar/CalendarBook.h"
#include "core/calendar/OfficeHours.h"
#include "core/workflow/WorkflowContext.h"

#include <QDateTime>
#include <QJsonObject>

namespace motcua::workflow {

// One change an administrator makes to the working-time calendar: entries set (a range gives one entry a
// day) or removed, a generated year confirmed, years imported from a calendar file, or new office sessions.
struct CalendarChange {
    enum class Kind { Entries, ConfirmYear, Import, OfficeHours };
    Kind kind = Kind::Entries;
    QList<QDate> remove;                 // Entries: the days whose entry goes
    QList<calendar::CalendarEntry> set;  // Entries: added, or replacing the entry of their day
    int year = 0;                        // ConfirmYear
    calendar::CalendarBook imported;     // Import: each of its stored years replaces ours
    calendar::OfficeHours hours;         // OfficeHours: the new sessions (the same-day cut-off is kept)

    // Days from..to of `dayKind` (the weekdays of a day-off range, the weekend days of a make-up range), replacing
    // the entry of `replacing` (an invalid date: none) when it is outside the range. Errors name "from", "to",
    // "name".
    static Result<CalendarChange> setRange(const QDate& from, const QDate& to, calendar::DayKind dayKind,
                                           const QString& name, const QString& source, const QDate& replacing = {});
    static CalendarChange removeEntry(const QDate& date);
    static CalendarChange confirmYear(int generatedYear);
    static CalendarChange importBook(calendar::CalendarBook book);
    static CalendarChange officeHours(const calendar::OfficeHours& sessions);

    // In words, translated: what the events of the moved dossiers and the administration log say.
    QString summary() const;
    // The administration log's key: "calendar.entries", "calendar.confirm", "calendar.import", "calendar.hours".
    QString logAction() const;
};

// An open dossier whose due moment a calendar change moves.
struct MovedDue {
    QString code;
    QString applicant;
    QDateTime dueBefore; // as stored
    QDateTime dueAfter;
    qint64 workingMinutes = 0; // the move in working time: > 0 later, < 0 earlier
    int dayMinutes = 480;      // the working day the move is told in
    qint64 stepMinutes = 0;    // the move of the open step's due moment, the same way
    QDateTime legalBefore;     // the legal due moment (legal_due_at: the terms alone, no pause nor extension)
    QDateTime legalAfter;
    qint64 legalMinutes = 0;   // its move, the same way
};

// The difference of a move in words: "+1 d", "−2 h"; a dossier whose open step alone moves: "step +1 d"; whose
// legal due moment alone moves (an extension holds the appointment): "legal +1 d".
QString formatMove(const MovedDue& moved);

// Changes the calendar for the administrator: preview() tells which open dossiers' due moments would move and by
// how much, storing nothing; apply() stores the change, the new due moments of those dossiers (and of their open
// steps), an event on each saying why it moved and the administration log's entry, in one transaction. Both
// compute the dossiers' due moments through core/calendar over the calendar before and after the change.
class CalendarChangeService {
public:
    explicit CalendarChangeService(WorkflowContext& context)
        : m_context(context)
    {}

    Result<QList<MovedDue>> preview(const CalendarChange& change) const;
    Result<QList<MovedDue>> apply(const CalendarChange& change);

private:
    struct Plan;
    Result<Plan> plan(const CalendarChange& change) const;

    WorkflowContext& m_context;
};

} // namespace motcua::workflow
