#include "core/calendar/LunarCalendar.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>
#include <vector>

namespace motcua::calendar {

namespace {

// The Vietnamese calendar is reckoned for the meridian 105°E.
constexpr double kTimeZoneHours = 7.0;

constexpr double kPi = 3.14159265358979323846;
constexpr double kDegToRad = kPi / 180.0;
constexpr double kSecondsPerDay = 86400.0;
constexpr double kJ2000 = 2451545.0; // 2000-01-01 12:00 TT
constexpr double kMeanSynodicMonth = 29.530588861;
constexpr double kFirstNewMoonOf2000 = 2451550.09766; // Meeus (49.1) for k = 0, JDE
constexpr double kTropicalYear = 365.2422;

double sinDeg(double degrees)
{
    return std::sin(degrees * kDegToRad);
}

double normalizeDegrees(double degrees)
{
    const double reduced = std::fmod(degrees, 360.0);
    return reduced < 0.0 ? reduced + 360.0 : reduced;
}

// Decimal (Gregorian) year of a Julian day; accurate enough to pick a ΔT value.
double decimalYear(double julianDay)
{
    return 2000.0 + (julianDay - 2451544.5) / 365.2425;
}

// ΔT = TT - UT in seconds: the Espenak & Meeus polynomial fits (Five Millennium Canon), valid 1800-2150,
// with their long-term parabola after 2150.
double deltaTSeconds(double y)
{
    if (y < 1860.0) {
        const double t = y - 1800.0;
        return 13.72 + t * (-0.332447 +
                            t * (0.0068612 +
                                 t * (0.0041116 + t * (-0.00037436 + t * (0.0000121272 +
                                                                          t * (-0.0000001699 + t * 0.000000000875))))));
    }
    if (y < 1900.0) {
        const double t = y - 1860.0;
        return 7.62 + t * (0.5737 + t * (-0.251754 + t * (0.01680668 + t * (-0.0004473624 + t / 233174.0))));
    }
    if (y < 1920.0) {
        const double t = y - 1900.0;
        return -2.79 + t * (1.494119 + t * (-0.0598939 + t * (0.0061966 - t * 0.000197)));
    }
    if (y < 1941.0) {
        const double t = y - 1920.0;
        return 21.20 + t * (0.84493 + t * (-0.076100 + t * 0.0020936));
    }
    if (y < 1961.0) {
        const double t = y - 1950.0;
        return 29.07 + t * (0.407 + t * (-1.0 / 233.0 + t / 2547.0));
    }
    if (y < 1986.0) {
        const double t = y - 1975.0;
        return 45.45 + t * (1.067 + t * (-1.0 / 260.0 - t / 718.0));
    }
    if (y < 2005.0) {
        const double t = y - 2000.0;
        return 63.86 + t * (0.3345 + t * (-0.060374 + t * (0.0017275 + t * (0.000651814 + t * 0.00002373599))));
    }
    if (y < 2050.0) {
        const double t = y - 2000.0;
        return 62.92 + t * (0.32217 + t * 0.005589);
    }
    const double u = (y - 1820.0) / 100.0;
    if (y < 2150.0) {
        return -20.0 + 32.0 * u * u - 0.5628 * (2150.0 - y);
    }
    return -20.0 + 32.0 * u * u;
}

double terrestrialToUniversal(double jde)
{
    return jde - deltaTSeconds(decimalYear(jde)) / kSecondsPerDay;
}

double universalToTerrestrial(double jdUt)
{
    return jdUt + deltaTSeconds(decimalYear(jdUt)) / kSecondsPerDay;
}

// Instant (JDE, TT) of the true new moon with lunation number k (k = 0: 2000-01-06), Meeus ch. 49.
double newMoonJde(int k)
{
    const double kk = k;
    const double t = kk / 1236.85;
    const double t2 = t * t;
    const double t3 = t2 * t;
    const double t4 = t3 * t;

    const double meanPhase =
        kFirstNewMoonOf2000 + kMeanSynodicMonth * kk + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;

    const double e = 1.0 - 0.002516 * t - 0.0000074 * t2; // eccentricity factor of the Earth's orbit
    const double m = 2.5534 + 29.10535670 * kk - 0.0000014 * t2 - 0.00000011 * t3; // sun's mean anomaly
    const double mp = 201.5643 + 385.81693528 * kk + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4; // moon's
    const double f = 160.7108 + 390.67050284 * kk - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4;
    const double omega = 124.7746 - 1.56375588 * kk + 0.0020672 * t2 + 0.00000215 * t3;

    double periodic = -0.40720 * sinDeg(mp);
    periodic += 0.17241 * e * sinDeg(m);
    periodic += 0.01608 * sinDeg(2.0 * mp);
    periodic += 0.01039 * sinDeg(2.0 * f);
    periodic += 0.00739 * e * sinDeg(mp - m);
    periodic -= 0.00514 * e * sinDeg(mp + m);
    periodic += 0.00208 * e * e * sinDeg(2.0 * m);
    periodic -= 0.00111 * sinDeg(mp - 2.0 * f);
    periodic -= 0.00057 * sinDeg(mp + 2.0 * f);
    periodic += 0.00056 * e * sinDeg(2.0 * mp + m);
    periodic -= 0.00042 * sinDeg(3.0 * mp);
    periodic += 0.00042 * e * sinDeg(m + 2.0 * f);
    periodic += 0.00038 * e * sinDeg(m - 2.0 * f);
    periodic -= 0.00024 * e * sinDeg(2.0 * mp - m);
    periodic -= 0.00017 * sinDeg(omega);
    periodic -= 0.00007 * sinDeg(mp + 2.0 * m);
    periodic += 0.00004 * sinDeg(2.0 * mp - 2.0 * f);
    periodic += 0.00004 * sinDeg(3.0 * m);
    periodic += 0.00003 * sinDeg(mp + m - 2.0 * f);
    periodic += 0.00003 * sinDeg(2.0 * mp + 2.0 * f);
    periodic -= 0.00003 * sinDeg(mp + m + 2.0 * f);
    periodic += 0.00003 * sinDeg(mp - m + 2.0 * f);
    periodic -= 0.00002 * sinDeg(mp - m - 2.0 * f);
    periodic -= 0.00002 * sinDeg(3.0 * mp + m);
    periodic += 0.00002 * sinDeg(4.0 * mp);

    // Additional corrections (planetary arguments A1..A14), common to all phases.
    struct PlanetaryTerm {
        double amplitude;
        double base;
        double rate;
    };
    static constexpr PlanetaryTerm kPlanetary[] = {
        {0.000325, 299.77, 0.107408},  {0.000165, 251.88, 0.016321}, {0.000164, 251.83, 26.651886},
        {0.000126, 349.42, 36.412478}, {0.000110, 84.66, 18.206239}, {0.000062, 141.74, 53.303771},
        {0.000060, 207.14, 2.453732},  {0.000056, 154.84, 7.306860}, {0.000047, 34.52, 27.261239},
        {0.000042, 207.19, 0.121824},  {0.000040, 291.34, 1.844379}, {0.000037, 161.72, 24.198154},
        {0.000035, 239.56, 25.513099}, {0.000023, 331.55, 3.592518},
    };
    double planetary = 0.0;
    bool first = true;
    for (const PlanetaryTerm& term : kPlanetary) {
        double argument = term.base + term.rate * kk;
        if (first) {
            argument -= 0.009173 * t2; // only A1 has a quadratic term
            first = false;
        }
        planetary += term.amplitude * sinDeg(argument);
    }

    return meanPhase + periodic + planetary;
}

// Apparent geocentric longitude of the sun in degrees [0, 360) at the instant jde (TT), Meeus ch. 25
// (lower-accuracy method, ~0.01°), corrected for nutation and aberration.
double sunApparentLongitude(double jde)
{
    const double t = (jde - kJ2000) / 36525.0;
    const double meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
    const double meanAnomaly = 357.52911 + 35999.05029 * t - 0.0001537 * t * t;
    const double center = (1.914602 - 0.004817 * t - 0.000014 * t * t) * sinDeg(meanAnomaly) +
                          (0.019993 - 0.000101 * t) * sinDeg(2.0 * meanAnomaly) + 0.000289 * sinDeg(3.0 * meanAnomaly);
    const double omega = 125.04 - 1934.136 * t;
    return normalizeDegrees(meanLongitude + center - 0.00569 - 0.00478 * sinDeg(omega));
}

// Local (UTC+7) civil day, as a Julian day number, that contains the instant jdUt (UT).
qint64 localDayOf(double jdUt)
{
    return static_cast<qint64>(std::floor(jdUt + 0.5 + kTimeZoneHours / 24.0));
}

// Instant (UT) of local midnight at the start of the local day with Julian day number jdn.
double localMidnight(qint64 jdn)
{
    return static_cast<double>(jdn) - 0.5 - kTimeZoneHours / 24.0;
}

qint64 newMoonDay(int k)
{
    return localDayOf(terrestrialToUniversal(newMoonJde(k)));
}

// Which 30° sector (0..11) of ecliptic longitude the sun is in at the start of a local day. A month contains a
// major solar term (zhongqi, longitude a multiple of 30°) exactly when the sector at its first day's midnight
// differs from the sector at the next month's first day's midnight.
int sunSectorAtStartOf(qint64 jdn)
{
    const double longitude = sunApparentLongitude(universalToTerrestrial(localMidnight(jdn)));
    return static_cast<int>(std::floor(longitude / 30.0)) % 12;
}

// Local day containing the December solstice (apparent longitude 270°) of a Gregorian year.
qint64 winterSolsticeDay(int year)
{
    double jde = static_cast<double>(QDate(year, 12, 21).toJulianDay()) - 0.5;
    for (int iteration = 0; iteration < 20; ++iteration) {
        double difference = 270.0 - sunApparentLongitude(jde);
        difference -= 360.0 * std::floor((difference + 180.0) / 360.0); // into [-180, 180)
        jde += difference * kTropicalYear / 360.0;
        if (std::fabs(difference) < 1e-7) {
            break;
        }
    }
    return localDayOf(terrestrialToUniversal(jde));
}

// Lunation number of month 11 of the lunar year whose month 11 falls in Gregorian year `year`: the last new moon
// whose local day is not after the local day of the winter solstice.
int month11Lunation(int year)
{
    const qint64 solstice = winterSolsticeDay(year);
    int k = static_cast<int>(std::floor((static_cast<double>(solstice) - kFirstNewMoonOf2000) / kMeanSynodicMonth));
    while (newMoonDay(k + 1) <= solstice) {
        ++k;
    }
    while (newMoonDay(k) > solstice) {
        --k;
    }
    return k;
}

struct MonthEntry {
    qint64 start = 0; // Julian day number of day 1
    int length = 0;   // 29 or 30
    int number = 0;   // 1..12
    bool leap = false;
};

// Number of the i-th month counted from month 11 (i = 0), ignoring leap months: 11, 12, 1, 2, ...
int monthNumberFromMonth11(int i)
{
    return (10 + i) % 12 + 1;
}

// The months from month 11 of (Gregorian) year endYear - 1 up to, not including, month 11 of endYear.
std::vector<MonthEntry> monthsBeforeMonth11(int endYear)
{
    const int firstLunation = month11Lunation(endYear - 1);
    const int count = month11Lunation(endYear) - firstLunation; // 12, or 13 in a leap year

    std::vector<qint64> starts;
    starts.reserve(static_cast<std::size_t>(count) + 1);
    for (int i = 0; i <= count; ++i) {
        starts.push_back(newMoonDay(firstLunation + i));
    }

    int leapIndex = -1;
    if (count == 13) {
        std::vector<int> sectors;
        sectors.reserve(starts.size());
        for (const qint64 start : starts) {
            sectors.push_back(sunSectorAtStartOf(start));
        }
        // The first month after month 11 without a major solar term is the leap month.
        for (int i = 1; i < count; ++i) {
            if (sectors[static_cast<std::size_t>(i)] == sectors[static_cast<std::size_t>(i) + 1]) {
                leapIndex = i;
                break;
            }
        }
    }

    std::vector<MonthEntry> months;
    months.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        MonthEntry entry;
        entry.start = starts[static_cast<std::size_t>(i)];
        entry.length = static_cast<int>(starts[static_cast<std::size_t>(i) + 1] - entry.start);
        if (leapIndex < 0 || i < leapIndex) {
            entry.number = monthNumberFromMonth11(i);
        } else {
            entry.number = monthNumberFromMonth11(i - 1);
            entry.leap = i == leapIndex;
        }
        months.push_back(entry);
    }
    return months;
}

struct YearData {
    std::vector<MonthEntry> months; // month 1 .. month 12 in order, leap month included
    qint64 start = 0;               // first day of month 1
    qint64 end = 0;                 // first day of month 1 of the next year
    int leapMonth = 0;
};

YearData buildYear(int lunarYear)
{
    YearData data;
    // Months 1..10 lie before month 11 of the Gregorian year lunarYear, months 11 and 12 after it.
    for (const MonthEntry& entry : monthsBeforeMonth11(lunarYear)) {
        if (entry.number <= 10) {
            data.months.push_back(entry);
        }
    }
    for (const MonthEntry& entry : monthsBeforeMonth11(lunarYear + 1)) {
        if (entry.number >= 11) {
            data.months.push_back(entry);
        }
    }
    for (const MonthEntry& entry : data.months) {
        if (entry.leap) {
            data.leapMonth = entry.number;
        }
    }
    data.start = data.months.front().start;
    data.end = data.months.back().start + data.months.back().length;
    return data;
}

bool inRange(int lunarYear)
{
    return lunarYear >= LunarCalendar::kMinYear && lunarYear <= LunarCalendar::kMaxYear;
}

// Computed once per lunar year and kept; entries are never removed, so references stay valid.
const YearData& yearData(int lunarYear)
{
    static std::mutex mutex;
    static std::map<int, YearData> cache;
    const std::lock_guard<std::mutex> lock(mutex);
    auto it = cache.find(lunarYear);
    if (it == cache.end()) {
        it = cache.emplace(lunarYear, buildYear(lunarYear)).first;
    }
    return it->second;
}

const MonthEntry* findMonth(int lunarYear, int month, bool leap)
{
    if (!inRange(lunarYear) || month < 1 || month > 12) {
        return nullptr;
    }
    for (const MonthEntry& entry : yearData(lunarYear).months) {
        if (entry.number == month && entry.leap == leap) {
            return &entry;
        }
    }
    return nullptr;
}

} // namespace

LunarDate LunarCalendar::fromSolar(const QDate& date)
{
    if (!date.isValid()) {
        return {};
    }
    const qint64 jdn = date.toJulianDay();
    int lunarYear = std::clamp(date.year(), kMinYear, kMaxYear);
    // The lunar year is the Gregorian year or the one before it; the clamp may move it by one more at the edges.
    for (int attempt = 0; attempt < 3 && inRange(lunarYear); ++attempt) {
        const YearData& data = yearData(lunarYear);
        if (jdn < data.start) {
            --lunarYear;
            continue;
        }
        if (jdn >= data.end) {
            ++lunarYear;
            continue;
        }
        for (const MonthEntry& entry : data.months) {
            if (jdn < entry.start + entry.length) {
                return LunarDate{static_cast<int>(jdn - entry.start) + 1, entry.number, lunarYear, entry.leap};
            }
        }
    }
    return {};
}

std::optional<QDate> LunarCalendar::toSolar(const LunarDate& lunar)
{
    const MonthEntry* entry = findMonth(lunar.year, lunar.month, lunar.leap);
    if (entry == nullptr || lunar.day < 1 || lunar.day > entry->length) {
        return std::nullopt;
    }
    return QDate::fromJulianDay(entry->start + lunar.day - 1);
}

int LunarCalendar::leapMonth(int lunarYear)
{
    return inRange(lunarYear) ? yearData(lunarYear).leapMonth : 0;
}

int LunarCalendar::daysInMonth(int lunarYear, int month, bool leap)
{
    const MonthEntry* entry = findMonth(lunarYear, month, leap);
    return entry == nullptr ? 0 : entry->length;
}

QDate LunarCalendar::newYear(int lunarYear)
{
    return inRange(lunarYear) ? QDate::fromJulianDay(yearData(lunarYear).start) : QDate();
}

} // namespace motcua::calendar
