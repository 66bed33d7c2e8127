#include "core/calendar/LunarCalendar.h"

#include "tests/support/CatchQt.h"

#include <catch2/catch.hpp>

#include <QDate>

#include <array>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#ifndef MOTCUA_TEST_DATA_DIR
#error "MOTCUA_TEST_DATA_DIR must be defined as a string literal path to tests/data"
#endif

using motcua::calendar::LunarCalendar;
using motcua::calendar::LunarDate;

namespace {

struct GoldenRow {
    int line = 0; // line number in the CSV, for failure messages
    QDate solar;
    LunarDate lunar;
};

std::string describe(const LunarDate& date)
{
    std::ostringstream out;
    out << date.day << '/' << date.month << (date.leap ? "L" : "") << '/' << date.year;
    return out.str();
}

std::string describe(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate).toStdString() : std::string("<invalid>");
}

std::string describe(const std::optional<QDate>& date)
{
    return date ? describe(*date) : std::string("<nullopt>");
}

QDate parseIsoDate(const std::string& text)
{
    int year = 0;
    int month = 0;
    int day = 0;
    char dash1 = 0;
    char dash2 = 0;
    std::istringstream in(text);
    in >> year >> dash1 >> month >> dash2 >> day;
    if (!in || dash1 != '-' || dash2 != '-') {
        return {};
    }
    return QDate(year, month, day);
}

std::vector<GoldenRow> loadGoldenRows()
{
    std::vector<GoldenRow> rows;
    std::ifstream file(std::string(MOTCUA_TEST_DATA_DIR) + "/lunar_golden.csv");
    std::string text;
    int lineNumber = 0;
    bool headerSeen = false;
    while (std::getline(file, text)) {
        ++lineNumber;
        if (!text.empty() && text.back() == '\r') {
            text.pop_back();
        }
        if (text.empty() || text.front() == '#') {
            continue;
        }
        if (!headerSeen) {
            headerSeen = true; // "solar,lunar_day,lunar_month,lunar_year,leap"
            continue;
        }
        std::vector<std::string> fields;
        std::istringstream line(text);
        std::string field;
        while (std::getline(line, field, ',')) {
            fields.push_back(field);
        }
        GoldenRow row;
        row.line = lineNumber;
        if (fields.size() == 5) {
            row.solar = parseIsoDate(fields[0]);
            row.lunar = LunarDate{std::stoi(fields[1]), std::stoi(fields[2]), std::stoi(fields[3]), fields[4] == "1"};
        }
        rows.push_back(row); // malformed rows stay in with an invalid date and fail loudly
    }
    return rows;
}

const std::vector<GoldenRow>& goldenRows()
{
    static const std::vector<GoldenRow> rows = loadGoldenRows();
    return rows;
}

} // namespace

TEST_CASE("Lunar: golden data file loads", "[lunar]")
{
    const std::vector<GoldenRow>& rows = goldenRows();
    REQUIRE(rows.size() >= 40);
    for (const GoldenRow& row : rows) {
        INFO("CSV line " << row.line);
        CHECK(row.solar.isValid());
        CHECK(row.lunar.day >= 1);
        CHECK(row.lunar.day <= 30);
        CHECK(row.lunar.month >= 1);
        CHECK(row.lunar.month <= 12);
    }
}

TEST_CASE("Lunar: golden dates", "[lunar]")
{
    const GoldenRow row = GENERATE(from_range(goldenRows()));
    INFO("CSV line " << row.line << ": " << describe(row.solar) << " = " << describe(row.lunar));

    CHECK(describe(LunarCalendar::fromSolar(row.solar)) == describe(row.lunar));
    CHECK(LunarCalendar::fromSolar(row.solar) == row.lunar);
    CHECK(describe(LunarCalendar::toSolar(row.lunar)) == describe(row.solar));
    CHECK(LunarCalendar::daysInMonth(row.lunar.year, row.lunar.month, row.lunar.leap) >= row.lunar.day);
    if (row.lunar.leap) {
        CHECK(LunarCalendar::leapMonth(row.lunar.year) == row.lunar.month);
    }
    if (row.lunar.day == 1 && row.lunar.month == 1 && !row.lunar.leap) {
        CHECK(describe(LunarCalendar::newYear(row.lunar.year)) == describe(row.solar));
    }
}

TEST_CASE("Lunar: Tet (1/1) dates from the domain reference", "[lunar]")
{
    const auto [year, month, day] = GENERATE(table<int, int, int>({
        {2020, 1, 25},
        {2021, 2, 12},
        {2022, 2, 1},
        {2023, 1, 22},
        {2024, 2, 10},
        {2025, 1, 29},
        {2026, 2, 17},
        {1985, 1, 21}, // Vietnam; China celebrated on 1985-02-20
        {2007, 2, 17}, // Vietnam; China 2007-02-18
        {1968, 1, 29}, // North Vietnam; China and South Vietnam 1968-01-30
    }));
    INFO("lunar year " << year);
    CHECK(describe(LunarCalendar::newYear(year)) == describe(QDate(year, month, day)));
    CHECK(describe(LunarCalendar::fromSolar(QDate(year, month, day))) == describe(LunarDate{1, 1, year, false}));
}

TEST_CASE("Lunar: Hung Kings day (10/3) from the domain reference", "[lunar]")
{
    const auto [year, month, day] = GENERATE(table<int, int, int>({
        {2020, 4, 2},
        {2021, 4, 21},
        {2022, 4, 10},
        {2023, 4, 29},
        {2024, 4, 18},
        {2025, 4, 7},
        {2026, 4, 26},
    }));
    INFO("lunar year " << year);
    CHECK(describe(LunarCalendar::toSolar(LunarDate{10, 3, year, false})) == describe(QDate(year, month, day)));
}

TEST_CASE("Lunar: leap months", "[lunar]")
{
    // 2020-2026: domain reference. 2028 -> 5, 2031 -> 3: same in the Chinese calendar (HKO) and in Hồ Ngọc Đức's UTC+7
    // tables. 2033 -> 11: Trần Tiến Bình. 1984 -> none and 1985 -> 2: the UTC+7 solstice of 1984 (Dec 21, 23:23) moves
    // month 11 a month earlier than in China, which has leap month 10 in 1984. 2148 -> 1: Trần Tiến Bình.
    const auto [year, leapMonth] = GENERATE(table<int, int>({
        {2020, 4},
        {2021, 0},
        {2022, 0},
        {2023, 2},
        {2024, 0},
        {2025, 6},
        {2026, 0},
        {2028, 5},
        {2031, 3},
        {2033, 11},
        {1984, 0},
        {1985, 2},
        {2148, 1},
    }));
    INFO("lunar year " << year);
    CHECK(LunarCalendar::leapMonth(year) == leapMonth);
    const int months = leapMonth == 0 ? 12 : 13;
    const qint64 length = LunarCalendar::newYear(year).daysTo(LunarCalendar::newYear(year + 1));
    CHECK(length >= 353 + (months - 12) * 30);
    CHECK(length <= 355 + (months - 12) * 30);
}

TEST_CASE("Lunar: last day of the lunar year (29 or 30 Tet)", "[lunar]")
{
    // No "30 Tết" from 2025 to 2032 (the last one was 2024-02-09, the next one 2033-01-30).
    const auto [lunarYear, lastDay] = GENERATE(table<int, int>({
        {2022, 30},
        {2023, 30},
        {2024, 29},
        {2025, 29},
        {2026, 29},
        {2027, 29},
        {2028, 29},
        {2029, 29},
        {2030, 29},
        {2031, 29},
        {2032, 30},
    }));
    INFO("lunar year " << lunarYear);
    CHECK(LunarCalendar::daysInMonth(lunarYear, 12, false) == lastDay);
    const std::optional<QDate> eve = LunarCalendar::toSolar(LunarDate{lastDay, 12, lunarYear, false});
    REQUIRE(eve.has_value());
    CHECK(describe(eve->addDays(1)) == describe(LunarCalendar::newYear(lunarYear + 1)));
    CHECK_FALSE(LunarCalendar::toSolar(LunarDate{lastDay + 1, 12, lunarYear, false}).has_value());
}

TEST_CASE("Lunar: round trip solar -> lunar -> solar over 1900-01-31 .. 2100-12-31", "[lunar]")
{
    const QDate first(1900, 1, 31);
    const QDate last(2100, 12, 31);
    std::vector<std::string> problems;
    const auto report = [&problems](const QDate& day, const std::string& what) {
        if (problems.size() < 10) {
            problems.push_back(describe(day) + ": " + what);
        }
    };

    LunarDate previous = LunarCalendar::fromSolar(first.addDays(-1));
    REQUIRE(describe(previous) == describe(LunarDate{30, 12, 1899, false}));
    qint64 checked = 0;
    for (QDate day = first; day <= last; day = day.addDays(1), ++checked) {
        const LunarDate lunar = LunarCalendar::fromSolar(day);
        const std::optional<QDate> back = LunarCalendar::toSolar(lunar);
        if (!back || *back != day) {
            report(day, describe(lunar) + " maps back to " + describe(back));
        }
        bool continuous = false;
        if (lunar.day == previous.day + 1) {
            continuous = lunar.month == previous.month && lunar.year == previous.year && lunar.leap == previous.leap;
        } else if (lunar.day == 1) {
            const bool previousMonthEnded =
                previous.day == LunarCalendar::daysInMonth(previous.year, previous.month, previous.leap);
            bool nextMonth = false;
            if (lunar.leap) {
                nextMonth = !previous.leap && lunar.month == previous.month && lunar.year == previous.year;
            } else if (previous.month == 12) {
                nextMonth = lunar.month == 1 && lunar.year == previous.year + 1;
            } else {
                nextMonth = lunar.month == previous.month + 1 && lunar.year == previous.year;
            }
            continuous = previousMonthEnded && nextMonth;
        }
        if (!continuous) {
            report(day, describe(previous) + " followed by " + describe(lunar));
        }
        previous = lunar;
    }
    for (const std::string& problem : problems) {
        UNSCOPED_INFO(problem);
    }
    CHECK(problems.empty());
    CHECK(checked == first.daysTo(last) + 1);
}

TEST_CASE("Lunar: structure of every lunar year 1900-2100", "[lunar]")
{
    std::vector<std::string> problems;
    for (int year = 1900; year <= 2100; ++year) {
        const QDate start = LunarCalendar::newYear(year);
        const QDate next = LunarCalendar::newYear(year + 1);
        const int leap = LunarCalendar::leapMonth(year);
        qint64 total = 0;
        QDate expectedStart = start;
        for (int month = 1; month <= 12; ++month) {
            for (const bool isLeap : {false, true}) {
                if (isLeap && month != leap) {
                    CHECK(LunarCalendar::daysInMonth(year, month, true) == 0);
                    continue;
                }
                const int length = LunarCalendar::daysInMonth(year, month, isLeap);
                const std::optional<QDate> firstDay = LunarCalendar::toSolar(LunarDate{1, month, year, isLeap});
                if ((length != 29 && length != 30) || !firstDay || *firstDay != expectedStart) {
                    problems.push_back(std::to_string(year) + "/" + std::to_string(month) + (isLeap ? "L" : "") +
                                       " length " + std::to_string(length) + " starts " + describe(firstDay));
                }
                expectedStart = expectedStart.addDays(length);
                total += length;
            }
        }
        const qint64 base = leap == 0 ? 354 : 384;
        const QDate earliest(year, 1, 21);
        const QDate latest(year, 2, 20);
        if (expectedStart != next || total != start.daysTo(next) || total < base - 1 || total > base + 1 ||
            start < earliest || start > latest) {
            problems.push_back(std::to_string(year) + ": Tet " + describe(start) + ", " + std::to_string(total) +
                               " days, leap month " + std::to_string(leap));
        }
    }
    for (const std::string& problem : problems) {
        UNSCOPED_INFO(problem);
    }
    CHECK(problems.empty());
}

TEST_CASE("Lunar: nonexistent lunar dates are rejected", "[lunar]")
{
    // Month 12 of 2024 has 29 days (Tết Ất Tỵ 2025 had no "30 Tết"); month 12 of 2023 has 30.
    REQUIRE(LunarCalendar::daysInMonth(2024, 12, false) == 29);
    CHECK_FALSE(LunarCalendar::toSolar(LunarDate{30, 12, 2024, false}).has_value());
    CHECK(describe(LunarCalendar::toSolar(LunarDate{30, 12, 2023, false})) == "2024-02-09");

    // The leap month of 2025 is 6 (29 days); no other month of 2025 and no month of 2026 may carry the leap flag.
    CHECK(LunarCalendar::daysInMonth(2025, 6, true) == 29);
    CHECK(describe(LunarCalendar::toSolar(LunarDate{29, 6, 2025, true})) == "2025-08-22");
    CHECK_FALSE(LunarCalendar::toSolar(LunarDate{30, 6, 2025, true}).has_value());
    CHECK_FALSE(LunarCalendar::toSolar(LunarDate{1, 5, 2025, true}).has_value());
    CHECK_FALSE(LunarCalendar::toSolar(LunarDate{1, 7, 2025, true}).has_value());
    CHECK_FALSE(LunarCalendar::toSolar(LunarDate{1, 1, 2026, true}).has_value());
    CHECK(LunarCalendar::daysInMonth(2025, 5, true) == 0);
    CHECK(LunarCalendar::daysInMonth(2026, 1, true) == 0);

    // Fields out of range.
    CHECK_FALSE(LunarCalendar::toSolar(LunarDate{}).has_value());
    CHECK_FALSE(LunarCalendar::toSolar(LunarDate{0, 1, 2025, false}).has_value());
    CHECK_FALSE(LunarCalendar::toSolar(LunarDate{-1, 1, 2025, false}).has_value());
    CHECK_FALSE(LunarCalendar::toSolar(LunarDate{31, 1, 2025, false}).has_value());
    CHECK_FALSE(LunarCalendar::toSolar(LunarDate{1, 0, 2025, false}).has_value());
    CHECK_FALSE(LunarCalendar::toSolar(LunarDate{1, 13, 2025, false}).has_value());
    CHECK_FALSE(LunarCalendar::toSolar(LunarDate{1, -3, 2025, false}).has_value());
    CHECK_FALSE(LunarCalendar::toSolar(LunarDate{1, 1, LunarCalendar::kMinYear - 1, false}).has_value());
    CHECK_FALSE(LunarCalendar::toSolar(LunarDate{1, 1, LunarCalendar::kMaxYear + 1, false}).has_value());
    CHECK(LunarCalendar::daysInMonth(2025, 0, false) == 0);
    CHECK(LunarCalendar::daysInMonth(2025, 13, false) == 0);
    CHECK(LunarCalendar::daysInMonth(LunarCalendar::kMaxYear + 1, 1, false) == 0);
    CHECK(LunarCalendar::leapMonth(LunarCalendar::kMinYear - 1) == 0);
    CHECK(LunarCalendar::leapMonth(LunarCalendar::kMaxYear + 1) == 0);
}

TEST_CASE("Lunar: solar dates outside the supported range", "[lunar]")
{
    CHECK(LunarCalendar::fromSolar(QDate()) == LunarDate{});
    CHECK(LunarCalendar::fromSolar(QDate(1799, 6, 1)) == LunarDate{});
    CHECK(LunarCalendar::fromSolar(QDate(1800, 1, 1)) == LunarDate{}); // still lunar year 1799
    CHECK(LunarCalendar::fromSolar(QDate(2300, 1, 1)) == LunarDate{});
    CHECK_FALSE(LunarCalendar::newYear(LunarCalendar::kMinYear - 1).isValid());
    CHECK_FALSE(LunarCalendar::newYear(LunarCalendar::kMaxYear + 1).isValid());

    const QDate firstSupported = LunarCalendar::newYear(LunarCalendar::kMinYear);
    REQUIRE(firstSupported.isValid());
    CHECK(firstSupported.year() == LunarCalendar::kMinYear);
    CHECK(LunarCalendar::fromSolar(firstSupported) == LunarDate{1, 1, LunarCalendar::kMinYear, false});
    CHECK(LunarCalendar::fromSolar(firstSupported.addDays(-1)) == LunarDate{});

    const int lastLength = LunarCalendar::daysInMonth(LunarCalendar::kMaxYear, 12, false);
    REQUIRE(lastLength >= 29);
    const std::optional<QDate> lastSupported =
        LunarCalendar::toSolar(LunarDate{lastLength, 12, LunarCalendar::kMaxYear, false});
    REQUIRE(lastSupported.has_value());
    CHECK(LunarCalendar::fromSolar(*lastSupported) == LunarDate{lastLength, 12, LunarCalendar::kMaxYear, false});
    CHECK(LunarCalendar::fromSolar(lastSupported->addDays(1)) == LunarDate{});
}

TEST_CASE("Lunar: concurrent use from several threads", "[lunar]")
{
    // Each thread walks the whole supported range in a different order; results must agree with a serial pass.
    constexpr int kThreads = 4;
    constexpr int kYears = LunarCalendar::kMaxYear - LunarCalendar::kMinYear + 1;
    std::array<std::vector<qint64>, kThreads> results;
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([t, &results] {
            std::vector<qint64>& out = results[static_cast<std::size_t>(t)];
            out.assign(kYears, 0);
            for (int i = 0; i < kYears; ++i) {
                const int index = (i * 7 + t * 101) % kYears; // 7 is coprime with 400: visits every year once
                const int year = LunarCalendar::kMinYear + index;
                const QDate start = LunarCalendar::newYear(year);
                const LunarDate back = LunarCalendar::fromSolar(start.addDays(100));
                out[static_cast<std::size_t>(index)] = start.toJulianDay() * 100 + back.day;
            }
        });
    }
    for (std::thread& thread : threads) {
        thread.join();
    }
    for (int i = 0; i < kYears; ++i) {
        const int year = LunarCalendar::kMinYear + i;
        const qint64 expected = LunarCalendar::newYear(year).toJulianDay() * 100 +
                                LunarCalendar::fromSolar(LunarCalendar::newYear(year).addDays(100)).day;
        for (int t = 0; t < kThreads; ++t) {
            INFO("year " << year << ", thread " << t);
            CHECK(results[static_cast<std::size_t>(t)][static_cast<std::size_t>(i)] == expected);
        }
    }
}
