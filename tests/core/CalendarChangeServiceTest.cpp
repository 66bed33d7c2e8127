#include "core/calendar/CalendarJson.h"
#include "core/calendar/CalendarService.h"
#include "core/calendar/DeadlineCalculator.h"
#include "core/dossier/EventText.h"
#include "core/storage/AdminLog.h"
#include "core/workflow/CalendarChangeService.h"
#include "core/workflow/HandoverService.h"
#include "core/workflow/PauseService.h"
#include "tests/support/CatchQt.h"
#include "tests/support/WorkflowFixture.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace motcua;
using namespace motcua::dossier;
using namespace motcua::workflow;
using calendar::DayKind;
using test::load;

namespace {

// The due moment as core/calendar computes it from scratch over the calendar stored now.
QDateTime recomputedDue(test::WorkflowFixture& f, const Dossier& dossier)
{
    const auto calendar = *calendar::CalendarService(f.db.database(), f.db.clock()).workCalendar();
    return calendar::DeadlineCalculator(*calendar).compute(dossier.deadlineRequest(f.db.clock().now()))->due;
}

CalendarChange dayOff(const QDate& from, const QDate& to = {})
{
    return *CalendarChange::setRange(from, to.isValid() ? to : from, DayKind::DayOff, QStringLiteral("Nghỉ đột xuất"),
                                     QStringLiteral("Quyết định 12/QĐ-UBND"));
}

} // namespace

TEST_CASE("Calendar change: the preview lists the moved due moments and stores nothing", "[workflow][calendar]")
{
    test::WorkflowFixture f;
    auto press = test::WorkflowFixture::bulletinRequest();
    press.procedureCode = QStringLiteral("2.001171"); // 12 working hours
    press.documents = {{1, 1}};
    const Dossier soon = f.receive(press);
    const Dossier later = f.receive(); // 20 working days: due 22/12
    auto admin = f.as(QStringLiteral("admin"));
    CalendarChangeService service(admin);
    const qint64 logBefore = test::count(f, QStringLiteral("admin_log"));
    const qint64 eventsBefore = test::count(f, QStringLiteral("dossier_event"));

    const auto preview = service.preview(dayOff(QDate(2026, 11, 25)));
    REQUIRE(preview.ok());
    REQUIRE(preview->size() == 2);
    CHECK(preview->at(0).code == soon.code);
    CHECK(preview->at(0).applicant == QStringLiteral("Nguyễn Thị Hương Giang"));
    CHECK(preview->at(0).dueBefore == soon.dueAt);
    CHECK(preview->at(1).code == later.code);
    CHECK(preview->at(1).dueBefore == f.at(2026, 12, 22, 8, 0));
    CHECK(preview->at(1).dueAfter == f.at(2026, 12, 23, 8, 0));
    CHECK(preview->at(1).workingMinutes == 480);
    CHECK(formatMove(preview->at(1)) == QStringLiteral("+1 ngày"));

    // Nothing stored: calendar, due moments, events, log.
    CHECK((*calendar::CalendarService(f.db.database(), f.db.clock()).workCalendar())->isWorkingDay(QDate(2026, 11, 25)));
    CHECK(load(f, later.code).dueAt == later.dueAt);
    CHECK(test::count(f, QStringLiteral("dossier_event")) == eventsBefore);
    CHECK(test::count(f, QStringLiteral("admin_log")) == logBefore);

    // A day off after every due moment moves nothing.
    CHECK(service.preview(dayOff(QDate(2027, 3, 3)))->isEmpty());
}

TEST_CASE("Calendar change: applying moves the due moments, writes an event on each and the log",
          "[workflow][calendar]")
{
    test::WorkflowFixture f;
    const Dossier later = f.receive();
    const Dossier other = f.receive();
    auto clerk = f.as(QStringLiteral("clerk"));
    REQUIRE(HandoverService(clerk).handover(later.code, {}).ok());
    const Dossier handed = load(f, later.code);
    const QDateTime stepDue = handed.openStep()->dueAt;
    auto admin = f.as(QStringLiteral("admin"));
    CalendarChangeService service(admin);

    const auto applied = service.apply(dayOff(QDate(2026, 12, 1), QDate(2026, 12, 2)));
    REQUIRE(applied.ok());
    REQUIRE(applied->size() == 2);
    CHECK(applied->at(0).workingMinutes == 2 * 480);
    const Dossier moved = load(f, later.code);
    CHECK(moved.dueAt == applied->at(0).dueAfter);
    CHECK(moved.dueAt == f.at(2026, 12, 24, 8, 0));
    CHECK(moved.dueAt == recomputedDue(f, moved));
    CHECK(moved.openStep()->dueAt == stepDue); // B2's half day is over long before December
    CHECK(moved.version == handed.version + 1);
    const Event& event = moved.events.last();
    CHECK(event.action == QStringLiteral("calendar_change"));
    CHECK(event.actorId == f.users.value(QStringLiteral("admin")).id);
    CHECK(eventName(event.action) == QStringLiteral("Hạn trả dời do thay đổi lịch làm việc"));
    CHECK(eventDetails(event.details) ==
          QStringLiteral("Thay đổi lịch: Ngày nghỉ 01/12/2026 – 02/12/2026 “Nghỉ đột xuất” · Hạn cũ: 22/12/2026 08:00 · "
                         "Hạn mới: 24/12/2026 08:00"));
    CHECK(load(f, other.code).dueAt == f.at(2026, 12, 24, 8, 0));

    const auto log = *storage::AdminLog(f.db.database(), f.db.clock()).entries(1);
    REQUIRE(log.size() == 1);
    CHECK(log.first().action == QStringLiteral("calendar.entries"));
    CHECK(log.first().userLogin == QStringLiteral("admin"));
    CHECK(log.first().details.value(QStringLiteral("moved")).toArray().size() == 2);
    CHECK(log.first().details.value(QStringLiteral("summary")).toString().contains(QStringLiteral("01/12/2026")));

    // Editing the entry into one day and then removing it moves them back, each time with its event.
    REQUIRE(service.apply(*CalendarChange::setRange(QDate(2026, 12, 2), QDate(2026, 12, 2), DayKind::DayOff,
                                                    QStringLiteral("Nghỉ đột xuất"), {}, QDate(2026, 12, 1)))
                ->at(0)
                .workingMinutes == -480);
    const auto removed = service.apply(CalendarChange::removeEntry(QDate(2026, 12, 2)));
    REQUIRE(removed.ok());
    REQUIRE(removed->size() == 2);
    CHECK(load(f, later.code).dueAt == later.dueAt);
    CHECK(load(f, later.code).events.size() == moved.events.size() + 2);
}

TEST_CASE("Calendar change: a paused dossier keeps the running pause out of its due moment", "[workflow][calendar]")
{
    test::WorkflowFixture f;
    const Dossier received = f.receive();
    auto clerk = f.as(QStringLiteral("clerk"));
    auto head = f.as(QStringLiteral("head.bcxb"));
    REQUIRE(HandoverService(clerk).handover(received.code, {}).ok());
    f.db.clock().set(f.at(2026, 11, 25, 9, 0));
    REQUIRE(PauseService(head).pause(received.code, PauseReason::Supplement, {}).ok());
    f.db.clock().set(f.at(2026, 11, 30, 9, 0));
    auto admin = f.as(QStringLiteral("admin"));
    // A day off long after: the due moment moves by exactly one day, the pause so far not counted.
    const auto applied = CalendarChangeService(admin).apply(dayOff(QDate(2026, 12, 10)));
    REQUIRE(applied.ok());
    REQUIRE(applied->size() == 1);
    CHECK(applied->at(0).workingMinutes == 480);
    CHECK(load(f, received.code).dueAt == f.at(2026, 12, 23, 8, 0));
}

TEST_CASE("Calendar change: office sessions, confirming a year and importing a file", "[workflow][calendar]")
{
    test::WorkflowFixture f;
    const Dossier later = f.receive();
    auto admin = f.as(QStringLiteral("admin"));
    CalendarChangeService service(admin);
    calendar::CalendarService calendarService(f.db.database(), f.db.clock());

    // 08:30–12:00 and 13:30–17:30: the receipt at 08:00 counts from 08:30, over working days of 7 h 30 min.
    calendar::OfficeHours hours;
    for (int weekday = 1; weekday <= 5; ++weekday) {
        hours.setSessions(weekday, {{8 * 60 + 30, 12 * 60}, {13 * 60 + 30, 17 * 60 + 30}});
    }
    const auto sessions = service.apply(CalendarChange::officeHours(hours));
    REQUIRE(sessions.ok());
    REQUIRE(sessions->size() == 1);
    CHECK(sessions->at(0).dueAfter == f.at(2026, 12, 21, 17, 30)); // a count that ends with a session ends there
    CHECK(sessions->at(0).dayMinutes == 450);
    CHECK(load(f, later.code).dueAt == sessions->at(0).dueAfter);
    CHECK(load(f, later.code).dueAt == recomputedDue(f, load(f, later.code)));
    CHECK(calendarService.officeHours()->sessionsOn(1) == hours.sessionsOn(1));
    CHECK(calendarService.officeHours()->sameDayCutoff() == QTime(15, 0));

    // Overlapping sessions are refused and change nothing.
    calendar::OfficeHours overlapping = hours;
    overlapping.setSessions(2, {{7 * 60, 12 * 60}, {11 * 60, 17 * 60}});
    const auto refused = service.apply(CalendarChange::officeHours(overlapping));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(calendarService.officeHours()->sessionsOn(2) == hours.sessionsOn(2));

    // Confirming the generated 2027 stores it as it is and moves nothing.
    REQUIRE_FALSE(calendarService.book()->hasStoredYear(2027));
    const auto confirmed = service.apply(CalendarChange::confirmYear(2027));
    REQUIRE(confirmed.ok());
    CHECK(confirmed->isEmpty());
    REQUIRE(calendarService.book()->hasStoredYear(2027));
    const QList<calendar::CalendarEntry> stored = *calendarService.entries(2027);
    for (const calendar::CalendarEntry& entry : stored) {
        CHECK(entry.confirmed);
    }
    CHECK(storage::AdminLog(f.db.database(), f.db.clock()).entries(1)->first().action ==
          QStringLiteral("calendar.confirm"));

    // A file with a new day off in December 2026 replaces that year and moves the dossier.
    QList<calendar::CalendarEntry> year2026 = *calendarService.entries(2026);
    year2026.append({QDate(2026, 12, 4), DayKind::DayOff, QStringLiteral("Ngày của tỉnh"), QStringLiteral("NQ"), true});
    const auto imported = calendar::CalendarJson::parse(calendar::CalendarJson::write(year2026));
    REQUIRE(imported.ok());
    const auto fromFile = service.apply(CalendarChange::importBook(*imported));
    REQUIRE(fromFile.ok());
    REQUIRE(fromFile->size() == 1);
    CHECK(fromFile->at(0).workingMinutes == 450);
    CHECK(load(f, later.code).dueAt == fromFile->at(0).dueAfter);
    CHECK(calendarService.entries(2026)->size() == year2026.size());
}

TEST_CASE("Calendar change: ranges, bad input and other roles are refused", "[workflow][calendar]")
{
    test::WorkflowFixture f;
    const Dossier later = f.receive();
    // A day-off range keeps its weekdays, a make-up range its weekend days.
    const auto range = CalendarChange::setRange(QDate(2026, 12, 4), QDate(2026, 12, 8), DayKind::DayOff,
                                                QStringLiteral("Nghỉ"), {});
    REQUIRE(range.ok());
    CHECK(range->set.size() == 3);
    CHECK(CalendarChange::setRange(QDate(2026, 12, 7), QDate(2026, 12, 11), DayKind::Workday, QStringLiteral("Làm bù"),
                                   {})
              .error()
              .field == QStringLiteral("from"));
    CHECK(CalendarChange::setRange(QDate(2026, 12, 8), QDate(2026, 12, 7), DayKind::DayOff, QStringLiteral("x"), {})
              .error()
              .field == QStringLiteral("to"));
    CHECK(CalendarChange::setRange(QDate(2026, 12, 8), QDate(2026, 12, 8), DayKind::DayOff, QStringLiteral(" "), {})
              .error()
              .field == QStringLiteral("name"));

    auto clerk = f.as(QStringLiteral("clerk"));
    const auto forbidden = CalendarChangeService(clerk).apply(dayOff(QDate(2026, 12, 1)));
    REQUIRE_FALSE(forbidden.ok());
    CHECK(forbidden.error().code == ErrorCode::Forbidden);
    auto admin = f.as(QStringLiteral("admin"));
    CHECK(CalendarChangeService(admin).apply(CalendarChange::removeEntry(QDate(2026, 12, 3))).error().code ==
          ErrorCode::NotFound);
    CHECK(CalendarChangeService(admin).apply(CalendarChange::confirmYear(1700)).error().code ==
          ErrorCode::InvalidInput);
    CHECK(load(f, later.code).dueAt == later.dueAt);
    CHECK(load(f, later.code).version == later.version);
    CHECK(test::count(f, QStringLiteral("admin_log")) == 0);
}

TEST_CASE("Calendar change: the legal due moment moves with the due moment, in the same transaction",
          "[workflow][calendar]")
{
    test::WorkflowFixture f;
    const Dossier plain = f.receive();
    const Dossier paused = f.receive();
    auto clerk = f.as(QStringLiteral("clerk"));
    auto head = f.as(QStringLiteral("head.bcxb"));
    REQUIRE(HandoverService(clerk).handover(paused.code, {}).ok());
    f.db.clock().set(f.at(2026, 11, 25, 9, 0));
    REQUIRE(PauseService(head).pause(paused.code, PauseReason::Supplement, {}).ok());
    f.db.clock().set(f.at(2026, 11, 30, 9, 0));
    REQUIRE(PauseService(head).resume(paused.code, {}).ok());
    const Dossier resumed = load(f, paused.code);
    REQUIRE(plain.legalDueAt == f.at(2026, 12, 22, 8, 0));
    REQUIRE(resumed.legalDueAt == f.at(2026, 12, 22, 8, 0));
    REQUIRE(resumed.dueAt > resumed.legalDueAt); // the pause moved the appointment, not the legal due moment

    auto admin = f.as(QStringLiteral("admin"));
    const auto applied = CalendarChangeService(admin).apply(dayOff(QDate(2026, 12, 10)));
    REQUIRE(applied.ok());
    REQUIRE(applied->size() == 2);
    // The terms alone, from the receipt, over the new calendar: one working day later for both.
    const auto calendar = *calendar::CalendarService(f.db.database(), f.db.clock()).workCalendar();
    const auto legalNow = [&](const Dossier& d) {
        return calendar::DeadlineCalculator(*calendar).compute({d.receivedAt, d.limit, d.rule, {}, {}})->due;
    };
    const Dossier plainAfter = load(f, plain.code);
    const Dossier resumedAfter = load(f, paused.code);
    CHECK(plainAfter.legalDueAt == f.at(2026, 12, 23, 8, 0));
    CHECK(plainAfter.legalDueAt == legalNow(plainAfter));
    CHECK(plainAfter.legalDueAt == plainAfter.dueAt);
    CHECK(resumedAfter.legalDueAt == f.at(2026, 12, 23, 8, 0));
    CHECK(resumedAfter.legalDueAt == legalNow(resumedAfter));
    CHECK(resumedAfter.dueAt == recomputedDue(f, resumedAfter));
    CHECK(resumedAfter.dueAt > resumedAfter.legalDueAt);
    // Where the legal due moment is not the appointment, the event tells both.
    const QJsonObject details = QJsonDocument::fromJson(resumedAfter.events.last().details.toUtf8()).object();
    CHECK(details.value(QStringLiteral("old_legal_due_at")).toString().startsWith(QStringLiteral("2026-12-22T08:00")));
    CHECK(details.value(QStringLiteral("new_legal_due_at")).toString().startsWith(QStringLiteral("2026-12-23T08:00")));
    CHECK_FALSE(plainAfter.events.last().details.contains(QStringLiteral("legal_due_at")));

    // A refused change (another role) leaves both as they are.
    CHECK_FALSE(CalendarChangeService(head).apply(dayOff(QDate(2026, 12, 11))).ok());
    CHECK(load(f, plain.code).legalDueAt == plainAfter.legalDueAt);
}
