#include "core/calendar/CalendarService.h"
#include "core/calendar/StatutoryHolidays.h"
#include "tests/support/TempDatabase.h"

#include "tests/support/CatchQt.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::calendar;

namespace {

class FakeDossiers final : public OpenDeadlineSource {
public:
    Result<QList<OpenDeadline>> openDeadlines() const override { return dossiers; }
    QList<OpenDeadline> dossiers;
};

QDateTime moment(int y, int m, int d, int h, int min)
{
    return agencyTime(QDate(y, m, d), QTime(h, min));
}

} // namespace

TEST_CASE("Calendar service: shipped data installs once", "[calendarservice]")
{
    test::TempDatabase temp;
    CalendarService service(temp.database(), temp.clock());
    REQUIRE(service.installShippedData().ok());
    REQUIRE(service.installShippedData().ok());
    CHECK(service.book()->storedYears() == QList<int>{2021, 2022, 2023, 2024, 2025, 2026});
    CHECK(service.entries(2026)->size() == 16);
    // 2027 has no notice: generated and unconfirmed.
    const QList<CalendarEntry> generated = *service.entries(2027);
    REQUIRE_FALSE(generated.isEmpty());
    CHECK_FALSE(generated.first().confirmed);
    const auto calendar = service.workCalendar();
    REQUIRE(calendar.ok());
    CHECK_FALSE((*calendar)->isWorkingDay(QDate(2026, 11, 24)));
}

TEST_CASE("Calendar service: an edit reports the open dossiers whose due moment it moves", "[calendarservice]")
{
    test::TempDatabase temp;
    CalendarService service(temp.database(), temp.clock());
    REQUIRE(service.installShippedData().ok());

    FakeDossiers dossiers;
    dossiers.dossiers = {
        {QStringLiteral("000.00.16.H33-261123-0001"),
         {moment(2026, 11, 23, 8, 0), TimeLimit::days(3), CountingRule::WorkingTime, {}, {}}}, // due 27/11 08:00
        {QStringLiteral("000.00.16.H33-261123-0002"),
         {moment(2026, 11, 23, 8, 0), TimeLimit::days(1), CountingRule::WorkingTime, {}, {}}}, // due 25/11 08:00
        {QStringLiteral("000.00.16.H33-261201-0001"),
         {moment(2026, 12, 1, 8, 0), TimeLimit::days(1), CountingRule::WorkingTime, {}, {}}}};

    const SetEntry newDayOff{{QDate(2026, 11, 26), DayKind::DayOff, QStringLiteral("Nghỉ đột xuất"),
                              QStringLiteral("Quyết định của UBND tỉnh"), true}};
    const auto preview = service.preview(newDayOff, dossiers);
    REQUIRE(preview.ok());
    REQUIRE(preview->size() == 1);
    CHECK(preview->at(0).code == QStringLiteral("000.00.16.H33-261123-0001"));
    CHECK(preview->at(0).dueBefore == moment(2026, 11, 27, 8, 0));
    CHECK(preview->at(0).dueAfter == moment(2026, 11, 30, 8, 0));
    // Preview stores nothing.
    CHECK((*service.workCalendar())->isWorkingDay(QDate(2026, 11, 26)));

    const auto applied = service.apply(newDayOff, dossiers);
    REQUIRE(applied.ok());
    CHECK(applied->size() == 1);
    CHECK_FALSE((*service.workCalendar())->isWorkingDay(QDate(2026, 11, 26)));

    const auto removed = service.apply(RemoveEntry{QDate(2026, 11, 26)}, dossiers);
    REQUIRE(removed.ok());
    CHECK(removed->size() == 1);
    CHECK(removed->at(0).dueAfter == moment(2026, 11, 27, 8, 0));
}

TEST_CASE("Calendar service: editing a generated year stores the whole year", "[calendarservice]")
{
    test::TempDatabase temp;
    CalendarService service(temp.database(), temp.clock());
    const FakeDossiers none;
    const QList<CalendarEntry> generated = *service.entries(2027);

    REQUIRE(service.apply(ConfirmYear{2027}, none).ok());
    const QList<CalendarEntry> confirmed = *service.entries(2027);
    REQUIRE(confirmed.size() == generated.size());
    for (const CalendarEntry& entry : confirmed) {
        CHECK(entry.confirmed);
    }
    CHECK(service.book()->hasStoredYear(2027));

    const auto added =
        service.apply(SetEntry{{QDate(2028, 2, 1), DayKind::DayOff, QStringLiteral("Tết"), {}, true}}, none);
    INFO((added.ok() ? QString() : added.error().message).toStdString());
    REQUIRE(added.ok());
    CHECK(service.entries(2028)->size() == StatutoryHolidays::generate(2028).size() + 1);
}

TEST_CASE("Calendar service: bad edits are refused and change nothing", "[calendarservice]")
{
    test::TempDatabase temp;
    CalendarService service(temp.database(), temp.clock());
    REQUIRE(service.installShippedData().ok());
    const FakeDossiers none;
    const CalendarBook before = *service.book();

    CHECK(service.apply(SetEntry{{QDate(2026, 11, 28), DayKind::DayOff, QStringLiteral("x"), {}, true}}, none)
              .error()
              .field == QStringLiteral("entry.kind"));
    CHECK(service.apply(SetEntry{{QDate(2026, 11, 27), DayKind::DayOff, QString(), {}, true}}, none).error().field ==
          QStringLiteral("entry.name"));
    CHECK(service.apply(RemoveEntry{QDate(2026, 11, 27)}, none).error().code == ErrorCode::NotFound);
    CHECK(service.apply(ConfirmYear{1700}, none).error().code == ErrorCode::InvalidInput);
    CHECK(*service.book() == before);
}
