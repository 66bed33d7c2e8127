#include "core/calendar/StatutoryHolidays.h"
#include "core/calendar/CalendarJson.h"
#include "core/calendar/LunarCalendar.h"

#include "tests/support/CatchQt.h"

#include <catch2/catch.hpp>

#include <QSet>

#include <algorithm>

using namespace motcua::calendar;

namespace {

std::optional<CalendarEntry> find(const QList<CalendarEntry>& entries, const QDate& date)
{
    for (const CalendarEntry& entry : entries) {
        if (entry.date == date) {
            return entry;
        }
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("Statutory holidays: a year without a notice is generated and unconfirmed", "[holidays]")
{
    const QList<CalendarEntry> entries = StatutoryHolidays::generate(2027);
    for (const CalendarEntry& entry : entries) {
        CHECK_FALSE(entry.confirmed);
        CHECK(entry.date.year() == 2027);
        CHECK(validateEntry(entry, QStringLiteral("entry")).ok());
    }
    // Tết 2027 falls on Saturday 6/2: 5/2 and 6–9/2 with substitutes for the weekend days.
    for (int day : {5, 8, 9}) {
        REQUIRE(find(entries, QDate(2027, 2, day)));
        CHECK(find(entries, QDate(2027, 2, day))->kind == DayKind::DayOff);
    }
    for (int day : {10, 11}) {
        REQUIRE(find(entries, QDate(2027, 2, day)));
        CHECK(find(entries, QDate(2027, 2, day))->kind == DayKind::Substitute);
    }
    CHECK(find(entries, QDate(2027, 1, 1)));
    CHECK(find(entries, QDate(2027, 4, 30)));
    CHECK(find(entries, QDate(2027, 5, 3))->kind == DayKind::Substitute); // 1/5/2027 is a Saturday
    CHECK(find(entries, QDate(2027, 9, 2)));
    CHECK(find(entries, QDate(2027, 9, 3))); // 2/9 Thursday → Friday 3/9
    CHECK(find(entries, QDate(2027, 11, 24))->name == QStringLiteral("Ngày Văn hóa Việt Nam (24/11)"));
    // Weekend days are never listed as days off.
    for (const CalendarEntry& entry : entries) {
        CHECK(entry.date.dayOfWeek() <= 5);
    }
}

TEST_CASE("Statutory holidays: Culture Day only from 2026, without substitute", "[holidays]")
{
    CHECK_FALSE(find(StatutoryHolidays::generate(2025), QDate(2025, 11, 24)));
    // 24/11/2029 is a Saturday: no day off, no substitute.
    REQUIRE(QDate(2029, 11, 24).dayOfWeek() == 6);
    const QList<CalendarEntry> entries2029 = StatutoryHolidays::generate(2029);
    for (const CalendarEntry& entry : entries2029) {
        CHECK_FALSE(entry.name.contains(QStringLiteral("Văn hóa")));
    }
}

TEST_CASE("Statutory holidays: the National Day neighbour follows the notices 2021–2026", "[holidays]")
{
    const CalendarBook shipped = CalendarJson::shipped();
    const int year = GENERATE(range(2021, 2027));
    INFO("year " << year);
    const QList<CalendarEntry> notice = shipped.entriesForYear(year);
    const QList<CalendarEntry> generated = StatutoryHolidays::generate(year);
    for (int day : {1, 3, 4}) {
        const QDate date(year, 9, day);
        CHECK(find(notice, date).has_value() == find(generated, date).has_value());
    }
    // Tết, Hùng Kings and Labour Day of the notices are days off in the generated year too.
    CHECK(find(generated, QDate(year, 5, 1)).has_value() == (QDate(year, 5, 1).dayOfWeek() <= 5));
}

TEST_CASE("Statutory holidays: one entry a date, Hùng Kings on 30/4 or 1/5 gives a substitute day", "[holidays]")
{
    const QString substituteName = QStringLiteral("Nghỉ bù Giỗ Tổ Hùng Vương (10/3 Âm lịch)");
    int coinciding = 0; // 10/3 lunar fell on 30/4 in 1947
    for (int year = 1900; year <= 2100; ++year) {
        INFO("year " << year);
        const QList<CalendarEntry> entries = StatutoryHolidays::generate(year);
        QSet<QDate> dates;
        for (const CalendarEntry& entry : entries) {
            REQUIRE_FALSE(dates.contains(entry.date));
            dates.insert(entry.date);
        }
        const QDate hungKings = *LunarCalendar::toSolar({10, 3, year, false});
        if (hungKings == QDate(year, 4, 30) || hungKings == QDate(year, 5, 1)) {
            ++coinciding;
            CHECK(std::any_of(entries.cbegin(), entries.cend(), [&](const CalendarEntry& entry) {
                return entry.kind == DayKind::Substitute && entry.name == substituteName;
            }));
        }
    }
    CHECK(coinciding > 0);
}
