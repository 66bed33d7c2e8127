#include "core/calendar/WorkCalendar.h"
#include "core/calendar/CalendarJson.h"

#include "tests/support/CatchQt.h"

#include <catch2/catch.hpp>

#include <random>

using namespace motcua::calendar;

namespace {

const WorkCalendar& shippedCalendar()
{
    static const WorkCalendar calendar(CalendarJson::shipped(), OfficeHours::standard());
    return calendar;
}

qint64 at(int y, int m, int d, int h, int min)
{
    return WorkCalendar::stamp(QDate(y, m, d), h * 60 + min);
}

// Reference: walk minute by minute (only for short spans in tests).
qint64 naiveWorkingMinutes(const WorkCalendar& calendar, qint64 from, qint64 to)
{
    qint64 minutes = 0;
    for (qint64 t = from; t < to; ++t) {
        const QDate day = WorkCalendar::dateOf(t);
        const int minute = WorkCalendar::minuteOfDay(t);
        for (const Session& session : calendar.sessionsOn(day)) {
            if (minute >= session.start && minute < session.end) {
                ++minutes;
            }
        }
    }
    return minutes;
}

} // namespace

TEST_CASE("WorkCalendar: working days from the shipped notices", "[workcalendar]")
{
    const WorkCalendar& calendar = shippedCalendar();
    CHECK(calendar.isWorkingDay(QDate(2026, 11, 23)));
    CHECK_FALSE(calendar.isWorkingDay(QDate(2026, 11, 24))); // Vietnamese Culture Day
    CHECK_FALSE(calendar.isWorkingDay(QDate(2026, 11, 21))); // Saturday
    CHECK(calendar.isWorkingDay(QDate(2026, 1, 10)));        // make-up Saturday
    CHECK(calendar.isWorkingDay(QDate(2024, 5, 4)));
    CHECK(calendar.isWorkingDay(QDate(2025, 4, 26)));
    CHECK_FALSE(calendar.isWorkingDay(QDate(2025, 5, 2))); // swapped against 26/4
    for (int day = 16; day <= 20; ++day) {
        CHECK_FALSE(calendar.isWorkingDay(QDate(2026, 2, day))); // Tết 2026
    }
    REQUIRE(calendar.entryOn(QDate(2026, 11, 24)).has_value());
    CHECK(calendar.entryOn(QDate(2026, 11, 24))->name == QStringLiteral("Ngày Văn hóa Việt Nam (24/11)"));
    CHECK(calendar.sessionsOn(QDate(2026, 1, 10)) == OfficeHours::standard().makeUpDaySessions());
    CHECK(calendar.sessionsOn(QDate(2026, 11, 22)).isEmpty());
}

TEST_CASE("WorkCalendar: positions and their inverse", "[workcalendar]")
{
    const WorkCalendar& calendar = shippedCalendar();
    const qint64 monday = at(2026, 11, 23, 7, 30);
    CHECK(calendar.workingMinutesBetween(monday, at(2026, 11, 23, 17, 30)) == 480);
    CHECK(calendar.workingMinutesBetween(at(2026, 11, 23, 11, 0), at(2026, 11, 23, 14, 0)) == 60);
    CHECK(calendar.workingMinutesBetween(at(2026, 11, 20, 17, 30), at(2026, 11, 23, 7, 30)) == 0);
    // The inverse lands on the session end when the count completes there.
    CHECK(calendar.addWorkingMinutes(monday, 240) == at(2026, 11, 23, 11, 30));
    CHECK(calendar.addWorkingMinutes(monday, 241) == at(2026, 11, 23, 13, 31));
    CHECK(calendar.addWorkingMinutes(monday, 0) == monday);
    CHECK(calendar.nextWorkingInstant(at(2026, 11, 23, 12, 0)) == at(2026, 11, 23, 13, 30));
    CHECK(calendar.nextWorkingInstant(at(2026, 11, 23, 9, 0)) == at(2026, 11, 23, 9, 0));
    CHECK(calendar.nextWorkingInstant(at(2026, 11, 23, 17, 30)) == at(2026, 11, 25, 7, 30));
    CHECK(calendar.workingDayAfter(QDate(2026, 11, 23), 1) == QDate(2026, 11, 25));
    CHECK(calendar.workingDayAfter(QDate(2026, 11, 21), 1) == QDate(2026, 11, 23));
    CHECK(calendar.workingDaysBetween(QDate(2026, 11, 20), QDate(2026, 11, 25)) == 2);
}

TEST_CASE("WorkCalendar: the index agrees with a minute-by-minute walk", "[workcalendar]")
{
    const WorkCalendar& calendar = shippedCalendar();
    std::mt19937 random(20261124);
    std::uniform_int_distribution<qint64> start(at(2021, 1, 1, 0, 0), at(2026, 12, 20, 0, 0));
    std::uniform_int_distribution<qint64> span(0, 14 * 1440);
    for (int i = 0; i < 200; ++i) {
        const qint64 from = start(random);
        const qint64 to = from + span(random);
        const qint64 minutes = calendar.workingMinutesBetween(from, to);
        REQUIRE(minutes == naiveWorkingMinutes(calendar, from, to));
        if (minutes > 0) {
            // The due instant of that many minutes is no later than `to`, and exactly that far in working time.
            const qint64 due = calendar.addWorkingMinutes(from, minutes);
            REQUIRE(due <= to);
            REQUIRE(calendar.workingMinutesBetween(from, due) == minutes);
            REQUIRE(calendar.workingMinutesBetween(from, due - 1) == minutes - 1);
        }
    }
}

TEST_CASE("WorkCalendar: office sessions per weekday", "[workcalendar]")
{
    OfficeHours hours = OfficeHours::standard();
    hours.setSessions(6, {{7 * 60 + 30, 11 * 60 + 30}}); // Saturday morning open
    const WorkCalendar calendar(CalendarBook(), hours, 2030, 2030);
    const qint64 friday = WorkCalendar::stamp(QDate(2030, 3, 8), 17 * 60 + 30);
    CHECK(QDate(2030, 3, 8).dayOfWeek() == 5);
    CHECK(calendar.addWorkingMinutes(friday, 240) == WorkCalendar::stamp(QDate(2030, 3, 9), 11 * 60 + 30));
    CHECK(calendar.addWorkingMinutes(friday, 241) == WorkCalendar::stamp(QDate(2030, 3, 11), 7 * 60 + 31));
    CHECK(hours.validate().ok());
}

TEST_CASE("OfficeHours: text form and validation", "[workcalendar]")
{
    const auto sessions =
        OfficeHours::sessionsFromText(QStringLiteral("07:00-11:30, 13:30-17:00"), QStringLiteral("sessions"));
    REQUIRE(sessions.ok());
    CHECK(OfficeHours::sessionsToText(*sessions) == QStringLiteral("07:00-11:30,13:30-17:00"));
    CHECK_FALSE(OfficeHours::sessionsFromText(QStringLiteral("13:30-11:00"), QStringLiteral("sessions")).ok());
    CHECK_FALSE(OfficeHours::sessionsFromText(QStringLiteral("07:00-12:00,11:00-13:00"), QStringLiteral("s")).ok());
    CHECK(OfficeHours::sessionsFromText(QStringLiteral("7h-11h"), QStringLiteral("sessions")).error().field ==
          QStringLiteral("sessions"));
    OfficeHours closed;
    CHECK_FALSE(closed.validate().ok());
    CHECK(OfficeHours::standard().standardDayMinutes() == 480);
}
