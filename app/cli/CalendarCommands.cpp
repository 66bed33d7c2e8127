#include "app/cli/CalendarCommands.h"

#include "app/cli/CliContext.h"
#include "core/calendar/DeadlineCalculator.h"
#include "core/calendar/LunarCalendar.h"
#include "core/common/AgencyTime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace motcua::cli {

using namespace motcua::calendar;

namespace {

Result<QDate> parseDate(const QString& text, const QString& field)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!pattern.match(text).hasMatch() || !date.isValid()) {
        return Error::invalid(field,
                              QCoreApplication::translate("motcua::cli", "\"%1\" is not a date YYYY-MM-DD.").arg(text));
    }
    if (date.year() < LunarCalendar::kMinYear || date.year() > LunarCalendar::kMaxYear) {
        return Error::invalid(field, QCoreApplication::translate("motcua::cli", "The year must be between %1 and %2.")
                                         .arg(LunarCalendar::kMinYear)
                                         .arg(LunarCalendar::kMaxYear));
    }
    return date;
}

Result<QDateTime> parseMoment(const QString& text, const QString& field)
{
    const QDateTime moment = parseAgencyMinute(text);
    if (!moment.isValid()) {
        return Error::invalid(
            field,
            QCoreApplication::translate("motcua::cli", "\"%1\" is not a moment \"YYYY-MM-DD HH:MM\".").arg(text));
    }
    return moment;
}

Result<int> parseInteger(const QString& text, const QString& field, int min, int max)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < min || value > max) {
        return Error::invalid(
            field, QCoreApplication::translate("motcua::cli", "%1 must be a whole number from %2 to %3, not \"%4\".")
                       .arg(field)
                       .arg(min)
                       .arg(max)
                       .arg(text));
    }
    return value;
}

Result<double> parseAmount(const QString& text, const QString& field)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d+(\\.\\d+)?$"));
    if (!pattern.match(text).hasMatch()) {
        return Error::invalid(
            field, QCoreApplication::translate(
                       "motcua::cli", "%1 must be a number that is not negative (such as 0, 0.5, 3), not \"%2\".")
                       .arg(field, text));
    }
    return text.toDouble();
}

Status expectPositional(const CliContext& context, int count, const QString& usage)
{
    if (context.arguments().positional().size() != count) {
        return Error::invalid(QStringLiteral("arguments"),
                              QCoreApplication::translate("motcua::cli", "Usage: motcua-cli %1").arg(usage));
    }
    return {};
}

QString formatMomentKey(const QDateTime& moment, const QString& separator)
{
    return moment.toString(QStringLiteral("yyyy-MM-dd")) + separator + moment.toString(QStringLiteral("HH:mm"));
}

} // namespace

int runLunar(CliContext& context)
{
    if (Status usage = expectPositional(context, 1, QStringLiteral("lunar YYYY-MM-DD [--json]")); !usage) {
        return context.fail(usage.error());
    }
    auto date = parseDate(context.arguments().positional().at(0), QStringLiteral("date"));
    if (!date) {
        return context.fail(date.error());
    }
    const LunarDate lunar = LunarCalendar::fromSolar(*date);
    if (lunar.day == 0) {
        return context.fail(
            Error::invalid(QStringLiteral("date"),
                           QCoreApplication::translate("motcua::cli", "%1 is before the first supported lunar year.")
                               .arg(date->toString(Qt::ISODate))));
    }
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("day"), lunar.day},
                                      {QStringLiteral("month"), lunar.month},
                                      {QStringLiteral("year"), lunar.year},
                                      {QStringLiteral("leap"), lunar.leap}});
    } else {
        context.print(QStringLiteral("%1/%2/%3%4")
                          .arg(lunar.day)
                          .arg(lunar.month)
                          .arg(lunar.year)
                          .arg(lunar.leap ? QStringLiteral(" nhuận") : QString()));
    }
    return Success;
}

int runSolar(CliContext& context)
{
    if (Status usage = expectPositional(context, 3, QStringLiteral("solar D M YYYY [--leap] [--json]")); !usage) {
        return context.fail(usage.error());
    }
    const QStringList& given = context.arguments().positional();
    auto day = parseInteger(given.at(0), QStringLiteral("D"), 1, 30);
    auto month = parseInteger(given.at(1), QStringLiteral("M"), 1, 12);
    auto year = parseInteger(given.at(2), QStringLiteral("YYYY"), LunarCalendar::kMinYear, LunarCalendar::kMaxYear);
    for (const Error* error :
         {day ? nullptr : &day.error(), month ? nullptr : &month.error(), year ? nullptr : &year.error()}) {
        if (error) {
            return context.fail(*error);
        }
    }
    const bool leap = context.arguments().has(QStringLiteral("leap"));
    if (leap && LunarCalendar::leapMonth(*year) != *month) {
        const int leapMonth = LunarCalendar::leapMonth(*year);
        return context.fail(Error::invalid(
            QStringLiteral("--leap"),
            leapMonth == 0
                ? QCoreApplication::translate("motcua::cli", "The lunar year %1 has no leap month.").arg(*year)
                : QCoreApplication::translate("motcua::cli",
                                              "Month %1 of %2 is not a leap month (the leap month is %3).")
                      .arg(*month)
                      .arg(*year)
                      .arg(leapMonth)));
    }
    const auto solar = LunarCalendar::toSolar({*day, *month, *year, leap});
    if (!solar) {
        return context.fail(
            Error::invalid(QStringLiteral("D"),
                           QCoreApplication::translate("motcua::cli", "Day %1 does not exist in lunar month %2%3 of %4 "
                                                                      "(it has %5 days).")
                               .arg(*day)
                               .arg(*month)
                               .arg(leap ? QCoreApplication::translate("motcua::cli", " (leap)") : QString())
                               .arg(*year)
                               .arg(LunarCalendar::daysInMonth(*year, *month, leap))));
    }
    const QString text = solar->toString(QStringLiteral("yyyy-MM-dd"));
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("date"), text}});
    } else {
        context.print(text);
    }
    return Success;
}

int runHolidays(CliContext& context)
{
    if (Status usage = expectPositional(context, 1, QStringLiteral("holidays YEAR [--json] [--db FILE]")); !usage) {
        return context.fail(usage.error());
    }
    auto year = parseInteger(context.arguments().positional().at(0), QStringLiteral("YEAR"),
                             WorkCalendar::kDefaultFirstYear, WorkCalendar::kDefaultLastYear);
    if (!year) {
        return context.fail(year.error());
    }
    auto book = context.calendarBook();
    if (!book) {
        return context.fail(book.error());
    }
    const QList<CalendarEntry> entries = book->entriesForYear(*year);
    if (context.json()) {
        QJsonArray list;
        for (const CalendarEntry& entry : entries) {
            list.append(QJsonObject{{QStringLiteral("date"), entry.date.toString(Qt::ISODate)},
                                    {QStringLiteral("kind"), dayKindKey(entry.kind)},
                                    {QStringLiteral("name"), entry.name},
                                    {QStringLiteral("source"), entry.source},
                                    {QStringLiteral("confirmed"), entry.confirmed}});
        }
        context.printJson(list);
        return Success;
    }
    for (const CalendarEntry& entry : entries) {
        context.print(QStringLiteral("%1  %2  %3%4")
                          .arg(entry.date.toString(Qt::ISODate), dayKindKey(entry.kind).leftJustified(10), entry.name,
                               entry.confirmed
                                   ? QString()
                                   : QCoreApplication::translate("motcua::cli", "  (generated, unconfirmed)")));
    }
    return Success;
}

int runDeadline(CliContext& context)
{
    const Arguments& arguments = context.arguments();
    if (!arguments.positional().isEmpty() || !arguments.has(QStringLiteral("from")) ||
        arguments.has(QStringLiteral("days")) == arguments.has(QStringLiteral("hours"))) {
        return context.fail(Error::invalid(
            QStringLiteral("arguments"),
            QCoreApplication::translate("motcua::cli",
                                        "Usage: motcua-cli deadline --from \"YYYY-MM-DD HH:MM\" (--days N | --hours "
                                        "N) [--rule default|session] [--pause \"FROM/TO\"]... [--explain] [--json]")));
    }
    auto received = parseMoment(arguments.value(QStringLiteral("from")), QStringLiteral("--from"));
    if (!received) {
        return context.fail(received.error());
    }
    const bool days = arguments.has(QStringLiteral("days"));
    const QString limitOption = days ? QStringLiteral("--days") : QStringLiteral("--hours");
    auto amount = parseAmount(arguments.value(limitOption.mid(2)), limitOption);
    if (!amount) {
        return context.fail(amount.error());
    }
    const auto rule = countingRuleFromKey(arguments.value(QStringLiteral("rule"), QStringLiteral("default")));
    if (!rule) {
        return context.fail(
            Error::invalid(QStringLiteral("--rule"),
                           QCoreApplication::translate("motcua::cli", "--rule must be \"default\" or \"session\".")));
    }
    DeadlineRequest request{*received, days ? TimeLimit::days(*amount) : TimeLimit::hours(*amount), *rule, {}, {}};
    for (const QString& pause : arguments.values(QStringLiteral("pause"))) {
        const QStringList ends = pause.split(QLatin1Char('/'));
        if (ends.size() != 2) {
            return context.fail(
                Error::invalid(QStringLiteral("--pause"),
                               QCoreApplication::translate(
                                   "motcua::cli", "--pause must be \"YYYY-MM-DD HH:MM/YYYY-MM-DD HH:MM\", not \"%1\".")
                                   .arg(pause)));
        }
        auto from = parseMoment(ends.at(0).trimmed(), QStringLiteral("--pause"));
        auto to = parseMoment(ends.at(1).trimmed(), QStringLiteral("--pause"));
        if (!from || !to) {
            return context.fail(from ? to.error() : from.error());
        }
        request.pauses.append(
            {*from, *to, QCoreApplication::translate("motcua::cli", "pause given on the command line")});
    }

    auto calendar = context.workCalendar();
    if (!calendar) {
        return context.fail(calendar.error());
    }
    const bool explain = arguments.has(QStringLiteral("explain")) || context.json();
    auto deadline = DeadlineCalculator(**calendar).compute(request, explain);
    if (!deadline) {
        Error error = deadline.error();
        // The calculator names its own fields; the command line names the options they came from.
        if (error.field == QLatin1String("limit")) {
            error.field = limitOption;
        } else if (error.field == QLatin1String("received")) {
            error.field = QStringLiteral("--from");
        } else if (error.field == QLatin1String("pause")) {
            error.field = QStringLiteral("--pause");
        }
        return context.fail(error);
    }
    if (context.json()) {
        QJsonArray facts;
        for (const ExplanationFact& fact : deadline->explanation) {
            facts.append(fact.toJson());
        }
        context.printJson(
            QJsonObject{{QStringLiteral("due"), formatMomentKey(deadline->due, QStringLiteral("T"))},
                        {QStringLiteral("legal_due"), formatMomentKey(deadline->legalDue, QStringLiteral("T"))},
                        {QStringLiteral("paused_minutes"), deadline->pausedMinutes},
                        {QStringLiteral("explanation"), facts}});
        return Success;
    }
    context.print(formatMomentKey(deadline->due, QStringLiteral(" ")));
    for (const ExplanationFact& fact : deadline->explanation) {
        context.print(QStringLiteral("  - ") + fact.text());
    }
    return Success;
}

} // namespace motcua::cli
