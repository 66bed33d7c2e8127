#pragma once

#include <QDate>

#include <optional>

namespace motcua::calendar {

// A date of the Vietnamese lunisolar calendar (âm lịch).
struct LunarDate {
    int day = 0;
    int month = 0; // 1..12
    int year = 0;  // the solar year in which this lunar year's month 1 begins
    bool leap = false;
    friend bool operator==(const LunarDate&, const LunarDate&) = default;
};

// Vietnamese lunar calendar computed astronomically for the meridian 105°E (UTC+7):
// new moons after Meeus ch. 49, the sun's apparent longitude after Meeus ch. 25,
// month 11 contains the winter solstice, and in a 13-month year the first month after
// month 11 without a major solar term is the leap month. Thread-safe; results are cached per lunar year.
class LunarCalendar {
public:
    static constexpr int kMinYear = 1800; // supported range, inclusive (must be correct at least 1900-2100)
    static constexpr int kMaxYear = 2199;

    // Invalid or out-of-range date -> LunarDate{} (all zero).
    static LunarDate fromSolar(const QDate& date);
    // nullopt when the lunar date does not exist: day 30 in a 29-day month, leap flag on a month that is not
    // the leap month of that year, month/day/year out of range.
    static std::optional<QDate> toSolar(const LunarDate& lunar);
    // 0 when the year has no leap month (or is out of range).
    static int leapMonth(int lunarYear);
    // 29 or 30; 0 when that month does not exist.
    static int daysInMonth(int lunarYear, int month, bool leap);
    // Solar date of 1/1 of that lunar year; an invalid QDate when the year is out of range.
    static QDate newYear(int lunarYear);
};

} // namespace motcua::calendar
