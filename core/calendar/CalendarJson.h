#pragma once

#include "core/calendar/CalendarBook.h"
#include "core/common/Result.h"

#include <QByteArray>

namespace motcua::calendar {

// The calendar data file: {"format": "motcua-calendar", "version": 1, "entries": [{"date": "YYYY-MM-DD",
// "kind": "day-off" | "substitute" | "workday", "name": "…", "source": "…", "confirmed": true}]}.
// Entries are grouped by year; every year present in the file is a stored year of the book.
class CalendarJson {
public:
    // A bad file gives an error naming the line (syntax) or the offending field, e.g. "entries[3].date"; names and
    // sources are held to core/common/TextBounds. Each unknown key gives a warning naming its path in `warnings`
    // and is ignored.
    static Result<CalendarBook> parse(const QByteArray& data, QList<Error>* warnings = nullptr);
    // The same, with every error found in `errors` (one a field path, at most ErrorList::kMaxErrors: the way of the
    // catalogue file), for a screen or a command that lists them all; the result's error is the first of them.
    static Result<CalendarBook> parse(const QByteArray& data, QList<Error>& errors, QList<Error>* warnings = nullptr);
    static QByteArray write(const QList<CalendarEntry>& entries);

    // The civil-service notices shipped with the application (2021–2026).
    static CalendarBook shipped();
};

} // namespace motcua::calendar
