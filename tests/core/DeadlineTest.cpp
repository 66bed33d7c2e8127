#include "core/calendar/CalendarJson.h"
#include "core/calendar/DeadlineCalculator.h"
#include "core/common/Language.h"
#include "tests/support/TempDatabase.h"

#include "tests/support/CatchQt.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::calendar;

namespace {

const WorkCalendar& shippedCalendar()
{
    static const WorkCalendar calendar(CalendarJson::shipped(), OfficeHours::standard());
    return calendar;
}

QDateTime moment(const QString& text)
{
    const QDateTime value = parseAgencyMinute(text);
    REQUIRE(value.isValid());
    return value;
}

QStringList factKinds(const Deadline& deadline)
{
    QStringList kinds;
    for (const ExplanationFact& fact : deadline.explanation) {
        kinds << fact.kindKey();
    }
    return kinds;
}

QString explanationText(const Deadline& deadline)
{
    QStringList lines;
    for (const ExplanationFact& fact : deadline.explanation) {
        lines << fact.text();
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("Deadline: golden due moments", "[deadline]")
{
    const QList<QStringList> rows = test::readCsv(QStringLiteral("deadlines.csv"));
    REQUIRE(rows.size() >= 25);
    const auto row = GENERATE_COPY(from_range(rows));
    INFO("case: " << row.value(6).toStdString() << " (received " << row.value(0).toStdString() << ")");
    REQUIRE(row.size() == 7);

    DeadlineRequest request;
    request.received = moment(row[0]);
    request.limit =
        row[2] == QLatin1String("hours") ? TimeLimit::hours(row[1].toDouble()) : TimeLimit::days(row[1].toDouble());
    request.rule = *countingRuleFromKey(row[3]);
    for (const QString& pause : row[4].split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList ends = pause.split(QLatin1Char('/'));
        request.pauses.append({moment(ends[0]), moment(ends[1]), QStringLiteral("bổ sung")});
    }
    const auto deadline = DeadlineCalculator(shippedCalendar()).compute(request, true);
    REQUIRE(deadline.ok());
    CHECK(deadline->due.toString(QStringLiteral("yyyy-MM-dd HH:mm")) == row[5]);
    CHECK(factKinds(*deadline).constFirst() == QLatin1String("received"));
    CHECK(factKinds(*deadline).constLast() == QLatin1String("due"));
}

TEST_CASE("Deadline: the fast path agrees with the full computation", "[deadline]")
{
    const DeadlineCalculator calculator(shippedCalendar());
    const QDateTime received = moment(QStringLiteral("2026-02-13 09:00"));
    for (qint64 minutes : {1, 60, 240, 480, 1440, 4800}) {
        const auto full =
            calculator.compute({received, TimeLimit::hours(minutes / 60.0), CountingRule::WorkingTime, {}, {}});
        REQUIRE(full.ok());
        CHECK(WorkCalendar::toDateTime(calculator.dueStamp(WorkCalendar::stamp(received), minutes)) == full->due);
    }
}

TEST_CASE("Deadline: explanation names the rule, weekends, holidays, make-up days and pauses", "[deadline][explain]")
{
    const DeadlineCalculator calculator(shippedCalendar());

    SECTION("Culture Day and a weekend")
    {
        DeadlineRequest request{
            moment(QStringLiteral("2026-11-20 16:00")), TimeLimit::days(2), CountingRule::WorkingTime, {}, {}};
        const auto deadline = calculator.compute(request, true);
        REQUIRE(deadline.ok());
        CHECK(deadline->due == moment(QStringLiteral("2026-11-25 16:00")));
        CHECK(factKinds(*deadline) == QStringList{QStringLiteral("received"), QStringLiteral("rule"),
                                                  QStringLiteral("weekend"), QStringLiteral("holiday"),
                                                  QStringLiteral("due")});
        const QString text = explanationText(*deadline);
        CHECK(text.contains(QStringLiteral("Ngày Văn hóa Việt Nam (24/11)")));
        CHECK(text.contains(QStringLiteral("thứ Bảy 21/11/2026 – Chủ nhật 22/11/2026")));
        CHECK(text.contains(QStringLiteral("16:00 thứ Tư 25/11/2026")));
    }
    SECTION("receipt outside office hours")
    {
        const auto deadline = calculator.compute(
            {moment(QStringLiteral("2026-11-21 10:00")), TimeLimit::days(1), CountingRule::WorkingTime, {}, {}}, true);
        REQUIRE(deadline.ok());
        REQUIRE(factKinds(*deadline).contains(QStringLiteral("start-moved")));
        CHECK(explanationText(*deadline).contains(QStringLiteral("07:30 thứ Hai 23/11/2026")));
    }
    SECTION("make-up Saturday")
    {
        const auto deadline = calculator.compute(
            {moment(QStringLiteral("2026-01-09 13:30")), TimeLimit::days(1), CountingRule::WorkingTime, {}, {}}, true);
        REQUIRE(deadline.ok());
        CHECK(factKinds(*deadline).contains(QStringLiteral("make-up-day")));
    }
    SECTION("pause and extension")
    {
        DeadlineRequest request{moment(QStringLiteral("2026-11-16 08:00")),
                                TimeLimit::days(5),
                                CountingRule::WorkingTime,
                                {{moment(QStringLiteral("2026-11-17 08:00")),
                                  moment(QStringLiteral("2026-11-17 10:00")), QStringLiteral("yêu cầu bổ sung hồ sơ")}},
                                {{moment(QStringLiteral("2026-11-19 09:00")),
                                  moment(QStringLiteral("2026-11-27 17:30")), QStringLiteral("cần xác minh thêm")}}};
        const auto deadline = calculator.compute(request, true);
        REQUIRE(deadline.ok());
        CHECK(deadline->legalDue == moment(QStringLiteral("2026-11-23 08:00")));
        CHECK(deadline->pausedMinutes == 120);
        CHECK(deadline->due == moment(QStringLiteral("2026-11-27 17:30")));
        const QStringList kinds = factKinds(*deadline);
        CHECK(kinds.indexOf(QStringLiteral("pause")) < kinds.indexOf(QStringLiteral("extension")));
        CHECK(explanationText(*deadline).contains(QStringLiteral("yêu cầu bổ sung hồ sơ")));
        CHECK(explanationText(*deadline).contains(QStringLiteral("2 giờ")));
    }
    SECTION("a pause after an extension moves the new due moment")
    {
        DeadlineRequest request{
            moment(QStringLiteral("2026-11-16 08:00")),
            TimeLimit::days(5),
            CountingRule::WorkingTime,
            {{moment(QStringLiteral("2026-11-26 08:00")), moment(QStringLiteral("2026-11-26 09:00")), {}}},
            {{moment(QStringLiteral("2026-11-19 09:00")), moment(QStringLiteral("2026-11-27 17:30")), {}}}};
        const auto deadline = calculator.compute(request, false);
        REQUIRE(deadline.ok());
        CHECK(deadline->due == moment(QStringLiteral("2026-11-30 08:30")));
    }
    SECTION("in English")
    {
        REQUIRE(installTranslations(Language::English));
        const auto deadline = calculator.compute(
            {moment(QStringLiteral("2026-11-23 08:00")), TimeLimit::days(1), CountingRule::WorkingTime, {}, {}}, true);
        const QString text = explanationText(*deadline);
        installTranslations(Language::Vietnamese);
        CHECK(text.contains(QStringLiteral("Due at 08:00 Wednesday 25/11/2026.")));
        CHECK(text.contains(QStringLiteral("Rule: 1 working days × 480 working minutes")));
    }
    SECTION("in Vietnamese")
    {
        const auto deadline = calculator.compute(
            {moment(QStringLiteral("2026-11-23 08:00")), TimeLimit::days(1), CountingRule::WorkingTime, {}, {}}, true);
        CHECK(explanationText(*deadline).contains(QStringLiteral("Hạn trả kết quả: 08:00 thứ Tư 25/11/2026.")));
    }
}

TEST_CASE("Deadline: bad requests are refused with the field", "[deadline]")
{
    const DeadlineCalculator calculator(shippedCalendar());
    const QDateTime monday = moment(QStringLiteral("2026-11-23 08:00"));

    CHECK(calculator.compute({monday, TimeLimit::days(-1), CountingRule::WorkingTime, {}, {}}).error().field ==
          QLatin1String("limit"));
    CHECK(calculator.compute({monday, TimeLimit::hours(0), CountingRule::WorkingTime, {}, {}}).error().field ==
          QLatin1String("limit"));
    CHECK(calculator.compute({monday, TimeLimit::days(1.5), CountingRule::SameSession, {}, {}}).error().field ==
          QLatin1String("limit"));
    CHECK(calculator.compute({QDateTime(), TimeLimit::days(1), CountingRule::WorkingTime, {}, {}}).error().field ==
          QLatin1String("received"));
    CHECK(calculator
              .compute(
                  {moment(QStringLiteral("1985-01-02 08:00")), TimeLimit::days(1), CountingRule::WorkingTime, {}, {}})
              .error()
              .field == QLatin1String("received"));
    CHECK(calculator
              .compute({monday, TimeLimit::days(1), CountingRule::WorkingTime, {{monday.addDays(-1), monday, {}}}, {}})
              .error()
              .field == QLatin1String("pause"));
    CHECK(calculator
              .compute({monday,
                        TimeLimit::days(1),
                        CountingRule::WorkingTime,
                        {{monday.addDays(2), monday.addDays(1), {}}},
                        {}})
              .error()
              .field == QLatin1String("pause"));
    CHECK(calculator
              .compute(
                  {moment(QStringLiteral("2100-12-30 08:00")), TimeLimit::days(10), CountingRule::WorkingTime, {}, {}})
              .error()
              .field == QLatin1String("limit"));
}

TEST_CASE("Deadline: early, on time and late", "[deadline][timeliness]")
{
    const DeadlineCalculator calculator(shippedCalendar());
    const QDateTime due = moment(QStringLiteral("2026-11-23 16:00"));

    struct Case {
        const char* finished;
        Timeliness timeliness;
        int daysLate;
        qint64 minutesLate;
    };
    const auto c =
        GENERATE(Case{"2026-11-20 17:00", Timeliness::Early, 0, 0}, Case{"2026-11-22 10:00", Timeliness::Early, 0, 0},
                 Case{"2026-11-23 07:00", Timeliness::OnTime, 0, 0}, Case{"2026-11-23 16:00", Timeliness::OnTime, 0, 0},
                 Case{"2026-11-23 16:30", Timeliness::Late, 0, 30},
                 Case{"2026-11-24 09:00", Timeliness::Late, 0, 90}, // 24/11 is a day off
                 Case{"2026-11-25 08:00", Timeliness::Late, 1, 120},
                 Case{"2026-11-30 17:30", Timeliness::Late, 4, 90 + 4 * 480});
    INFO("finished " << c.finished);
    const Punctuality result = calculator.classify(moment(QString::fromLatin1(c.finished)), due);
    CHECK(result.timeliness == c.timeliness);
    CHECK(result.workingDaysLate == c.daysLate);
    CHECK(result.workingMinutesLate == c.minutesLate);
}
