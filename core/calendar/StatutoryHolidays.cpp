#include "core/calendar/StatutoryHolidays.h"

#include "core/calendar/LunarCalendar.h"

#include <QSet>

#include <algorithm>

namespace motcua::calendar {

namespace {

bool isWeekend(const QDate& date)
{
    return date.dayOfWeek() >= 6;
}

// 2/9 is followed or preceded by one more day off: the one that joins the weekend when it can
// (the rule the notices 2021–2026 followed): 3/9 when 1/9 is a weekend day or 3/9 is a Friday, else 1/9.
QDate nationalDayNeighbour(int year)
{
    const QDate before(year, 9, 1);
    const QDate after(year, 9, 3);
    return (isWeekend(before) || after.dayOfWeek() == 5) ? after : before;
}

} // namespace

QString StatutoryHolidays::generatedSource()
{
    return QStringLiteral("Sinh tự động theo Điều 111–112 Bộ luật Lao động 2019 (chưa xác nhận)");
}

QList<CalendarEntry> StatutoryHolidays::generate(int year)
{
    struct Holiday {
        QDate date;
        QString name;
        bool substitutable;
    };
    QList<Holiday> holidays;
    holidays.append({QDate(year, 1, 1), QStringLiteral("Tết Dương lịch"), true});

    // Tết falls between 21/1 and 20/2, so all five days lie inside the solar year.
    const QDate tet = LunarCalendar::newYear(year);
    if (tet.isValid()) {
        for (int offset = -1; offset <= 3; ++offset) {
            holidays.append({tet.addDays(offset), QStringLiteral("Tết Nguyên đán"), true});
        }
    }
    holidays.append({QDate(year, 4, 30), QStringLiteral("Ngày Chiến thắng (30/4)"), true});
    holidays.append({QDate(year, 5, 1), QStringLiteral("Ngày Quốc tế Lao động (1/5)"), true});
    // After 30/4 and 1/5, so that when it coincides with one of them (1947) it is the one moved.
    if (const auto hungKings = LunarCalendar::toSolar({10, 3, year, false})) {
        holidays.append({*hungKings, QStringLiteral("Giỗ Tổ Hùng Vương (10/3 Âm lịch)"), true});
    }
    holidays.append({QDate(year, 9, 2), QStringLiteral("Quốc khánh (2/9)"), true});
    holidays.append({nationalDayNeighbour(year), QStringLiteral("Quốc khánh (ngày liền kề)"), true});
    if (year >= kCultureDayFirstYear) {
        holidays.append({QDate(year, 11, 24), QStringLiteral("Ngày Văn hóa Việt Nam (24/11)"), false});
    }
    std::stable_sort(holidays.begin(), holidays.end(),
                     [](const Holiday& a, const Holiday& b) { return a.date < b.date; });

    QSet<QDate> off;
    for (const Holiday& holiday : holidays) {
        off.insert(holiday.date);
    }

    QList<CalendarEntry> entries;
    QSet<QDate> listed;
    for (const Holiday& holiday : holidays) {
        // Two holidays on one date (Hùng Kings can fall on 30/4 or 1/5) give a substitute day, as a weekend does.
        // A holiday on a Saturday or Sunday is not listed itself (the day is off anyway): its substitute is.
        const bool collides = listed.contains(holiday.date);
        if (!collides && !isWeekend(holiday.date)) {
            entries.append({holiday.date, DayKind::DayOff, holiday.name, generatedSource(), false});
            listed.insert(holiday.date);
        }
        if (!holiday.substitutable || (!isWeekend(holiday.date) && !collides)) {
            continue;
        }
        QDate substitute = holiday.date.addDays(1);
        while (isWeekend(substitute) || off.contains(substitute)) {
            substitute = substitute.addDays(1);
        }
        off.insert(substitute);
        listed.insert(substitute);
        entries.append(
            {substitute, DayKind::Substitute, QStringLiteral("Nghỉ bù ") + holiday.name, generatedSource(), false});
    }
    std::sort(entries.begin(), entries.end(),
              [](const CalendarEntry& a, const CalendarEntry& b) { return a.date < b.date; });
    return entries;
}

} // namespace motcua::calendar
