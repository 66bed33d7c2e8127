#include "core/calendar/CalendarJson.h"

#include "tests/support/CatchQt.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::calendar;

TEST_CASE("Calendar JSON: the shipped notices 2021–2026", "[calendarjson]")
{
    const CalendarBook book = CalendarJson::shipped();
    CHECK(book.storedYears() == QList<int>{2021, 2022, 2023, 2024, 2025, 2026});
    const QList<CalendarEntry> year2026 = book.entriesForYear(2026);
    QStringList days;
    for (const CalendarEntry& entry : year2026) {
        if (entry.kind != DayKind::Workday) {
            days << entry.date.toString(QStringLiteral("d/M"));
        }
        CHECK(entry.confirmed);
    }
    CHECK(days.join(QLatin1Char(' ')) ==
          QStringLiteral("1/1 2/1 16/2 17/2 18/2 19/2 20/2 27/4 30/4 1/5 31/8 1/9 2/9 24/11"));
    int workdays = 0;
    for (int year = 2021; year <= 2026; ++year) {
        for (const CalendarEntry& entry : book.entriesForYear(year)) {
            workdays += entry.kind == DayKind::Workday ? 1 : 0;
        }
    }
    CHECK(workdays == 4); // 4/5/2024, 26/4/2025, 10/1/2026, 22/8/2026
}

TEST_CASE("Calendar JSON: round trip", "[calendarjson]")
{
    const CalendarBook book = CalendarJson::shipped();
    QList<CalendarEntry> all;
    for (int year : book.storedYears()) {
        all.append(book.entriesForYear(year));
    }
    const auto again = CalendarJson::parse(CalendarJson::write(all));
    REQUIRE(again.ok());
    CHECK(*again == book);
}

TEST_CASE("Calendar JSON: bad files name the line or the field", "[calendarjson]")
{
    struct Case {
        const char* json;
        const char* field;
    };
    const auto c = GENERATE(
        Case{"{\n \"format\": \"motcua-calendar\",\n \"version\": 1,\n \"entries\": [ {,] }", "line 4"},
        Case{R"({"format": "other", "version": 1, "entries": []})", "format"},
        Case{R"({"format": "motcua-calendar", "version": 2, "entries": []})", "version"},
        Case{R"({"format": "motcua-calendar", "version": 1})", "entries"},
        Case{
            R"({"format": "motcua-calendar", "version": 1, "entries": [{"date": "2027-02-30", "kind": "day-off", "name": "x"}]})",
            "entries[0].date"},
        Case{
            R"({"format": "motcua-calendar", "version": 1, "entries": [{"date": "2027-02-05", "kind": "holiday", "name": "x"}]})",
            "entries[0].kind"},
        Case{
            R"({"format": "motcua-calendar", "version": 1, "entries": [{"date": "2027-02-05", "kind": "day-off", "name": ""}]})",
            "entries[0].name"},
        Case{
            R"({"format": "motcua-calendar", "version": 1, "entries": [{"date": "2027-02-05", "kind": "workday", "name": "x"}]})",
            "entries[0].kind"},
        Case{
            R"({"format": "motcua-calendar", "version": 1, "entries": [{"date": "2027-02-06", "kind": "day-off", "name": "x"}]})",
            "entries[0].kind"},
        Case{
            R"({"format": "motcua-calendar", "version": 1, "entries": [{"date": "2027-02-05", "kind": "day-off", "name": "x"},
                 {"date": "2027-02-05", "kind": "day-off", "name": "y"}]})",
            "entries[1].date"},
        Case{
            R"({"format": "motcua-calendar", "version": 1, "entries": [{"date": "2027-02-05", "kind": "day-off", "name": "x", "confirmed": "yes"}]})",
            "entries[0].confirmed"});
    const auto parsed = CalendarJson::parse(QByteArray(c.json));
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().field == QString::fromLatin1(c.field));
    CHECK(parsed.error().code == ErrorCode::InvalidInput);
    CHECK_FALSE(parsed.error().message.isEmpty());
}

TEST_CASE("Calendar JSON: every error of a file is listed with its field path, one a field", "[calendarjson]")
{
    const QByteArray file = R"({"format": "motcua-calendar", "version": 1, "entries": [
        {"date": "2027-02-30", "kind": "day-off", "name": "Tết"},
        {"date": "2027-02-08", "kind": "day-off", "name": "Tết", "source": "TB 1"},
        {"date": "2027-02-09", "kind": "holiday", "name": "Tết"},
        {"date": "2027-02-10", "kind": "day-off", "name": "", "confirmed": "yes"},
        {"date": "2027-02-08", "kind": "day-off", "name": "Tết"},
        {"date": "2027-02-13", "kind": "day-off", "name": "Thứ bảy"}
    ]})";
    QList<Error> errors;
    const auto parsed = CalendarJson::parse(file, errors);
    REQUIRE_FALSE(parsed.ok());
    QStringList fields;
    for (const Error& error : errors) {
        fields << error.field;
        CHECK(error.code == ErrorCode::InvalidInput);
        CHECK(error.message.contains(error.field.section(QLatin1Char('.'), 0, 0)));
    }
    CHECK(fields == QStringList{QStringLiteral("entries[0].date"), QStringLiteral("entries[2].kind"),
                                QStringLiteral("entries[3].confirmed"), QStringLiteral("entries[3].name"),
                                QStringLiteral("entries[4].date"), QStringLiteral("entries[5].kind")});
    CHECK(parsed.error().field == QStringLiteral("entries[0].date")); // the first, as before
    // The one-error reading gives the same first error.
    CHECK(CalendarJson::parse(file).error().field == QStringLiteral("entries[0].date"));

    // A file that cannot be read at all has the one error that says so.
    CHECK_FALSE(CalendarJson::parse(R"({"format": "motcua-calendar", "version": 2, "entries": []})", errors).ok());
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().field == QStringLiteral("version"));
}
