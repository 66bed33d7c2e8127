#include "app/cli/CalendarCommands.h"

#include "app/cli/CliContext.h"
#include "core/calendar/CalendarJson.h"
#include "core/calendar/CalendarService.h"
#include "core/calendar/DeadlineCalculator.h"
#include "core/calendar/LunarCalendar.h"
#include "core/common/AgencyTime.h"
#include "core/workflow/CalendarChangeService.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
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

namespace {

QString calendarUsage()
{
    return QStringLiteral("calendar add FROM [TO] --kind day-off|substitute|workday --name NAME [--source TEXT] "
                          "[--replace DATE] | remove DATE | confirm YEAR | import FILE | hours SESSIONS "
                          "[--saturday SESSIONS] | export YEAR FILE [--yes]");
}

// The change the arguments describe (every subcommand but export).
Result<workflow::CalendarChange> calendarChange(CliContext& context)
{
    const Arguments& args = context.arguments();
    const QStringList& given = args.positional();
    const QString command = given.value(0);
    const auto usage = [] {
        return Error::invalid(QStringLiteral("arguments"),
                              QCoreApplication::translate("motcua::cli", "Usage: motcua-cli %1").arg(calendarUsage()));
    };
    if (command == QLatin1String("add") && (given.size() == 2 || given.size() == 3)) {
        auto from = parseDate(given.at(1), QStringLiteral("FROM"));
        auto to = parseDate(given.value(2, given.at(1)), QStringLiteral("TO"));
        if (!from || !to) {
            return from ? to.error() : from.error();
        }
        const auto kind = dayKindFromKey(args.value(QStringLiteral("kind"), QStringLiteral("day-off")));
        if (!kind) {
            return Error::invalid(QStringLiteral("--kind"),
                                  QCoreApplication::translate("motcua::cli",
                                                              "--kind must be day-off, substitute or workday."));
        }
        QDate replacing;
        if (args.has(QStringLiteral("replace"))) {
            auto replaced = parseDate(args.value(QStringLiteral("replace")), QStringLiteral("--replace"));
            if (!replaced) {
                return replaced.error();
            }
            replacing = *replaced;
        }
        auto change = workflow::CalendarChange::setRange(*from, *to, *kind, args.value(QStringLiteral("name")),
                                                         args.value(QStringLiteral("source")), replacing);
        if (!change && change.error().field == QLatin1String("name")) {
            Error error = change.error();
            error.field = QStringLiteral("--name");
            return error;
        }
        return change;
    }
    if (command == QLatin1String("remove") && given.size() == 2) {
        auto date = parseDate(given.at(1), QStringLiteral("DATE"));
        if (!date) {
            return date.error();
        }
        return workflow::CalendarChange::removeEntry(*date);
    }
    if (command == QLatin1String("confirm") && given.size() == 2) {
        auto year = parseInteger(given.at(1), QStringLiteral("YEAR"), WorkCalendar::kDefaultFirstYear,
                                 WorkCalendar::kDefaultLastYear);
        if (!year) {
            return year.error();
        }
        return workflow::CalendarChange::confirmYear(*year);
    }
    if (command == QLatin1String("import") && given.size() == 2) {
        QFile file(given.at(1));
        if (!file.open(QIODevice::ReadOnly)) {
            return Error::invalid(QStringLiteral("FILE"), QCoreApplication::translate("motcua::cli", "%1 cannot be read: %2")
                                                              .arg(given.at(1), file.errorString()));
        }
        QList<Error> errors;
        QList<Error> unknownKeys;
        auto book = CalendarJson::parse(file.readAll(), errors, &unknownKeys);
        for (const Error& warning : unknownKeys) {
            context.print(QCoreApplication::translate("motcua::cli", "Warning: %1").arg(warning.message));
        }
        if (!book && errors.size() <= 1) {
            return book.error(); // one line, as every error
        }
        if (!book) {
            // Every error of the file, each on its line with its field path, then what it means.
            for (const Error& error : std::as_const(errors)) {
                (void)context.fail(error);
            }
            return Error::invalid(QStringLiteral("FILE"),
                                  QCoreApplication::translate("motcua::cli", "%1: %2 errors (each above), nothing was imported.")
                                      .arg(given.at(1))
                                      .arg(errors.size()));
        }
        return workflow::CalendarChange::importBook(*book);
    }
    if (command == QLatin1String("hours") && given.size() == 2) {
        auto database = context.database();
        if (!database) {
            return database.error();
        }
        auto stored = CalendarService(**database, context.clock()).officeHours();
        if (!stored) {
            return stored.error();
        }
        OfficeHours hours = *stored;
        auto weekdays = OfficeHours::sessionsFromText(given.at(1), QStringLiteral("SESSIONS"));
        auto saturday = OfficeHours::sessionsFromText(args.value(QStringLiteral("saturday")), QStringLiteral("--saturday"));
        if (!weekdays || !saturday) {
            return weekdays ? saturday.error() : weekdays.error();
        }
        for (int weekday = 1; weekday <= 5; ++weekday) {
            hours.setSessions(weekday, *weekdays);
        }
        hours.setSessions(6, *saturday);
        return workflow::CalendarChange::officeHours(hours);
    }
    return usage();
}

int exportYear(CliContext& context)
{
    const QStringList& given = context.arguments().positional();
    if (given.size() != 3) {
        return context.fail(Error::invalid(QStringLiteral("arguments"),
                                           QCoreApplication::translate("motcua::cli", "Usage: motcua-cli %1")
                                               .arg(calendarUsage())));
    }
    auto year = parseInteger(given.at(1), QStringLiteral("YEAR"), WorkCalendar::kDefaultFirstYear,
                             WorkCalendar::kDefaultLastYear);
    if (!year) {
        return context.fail(year.error());
    }
    auto book = context.calendarBook();
    if (!book) {
        return context.fail(book.error());
    }
    QSaveFile file(given.at(2));
    if (!file.open(QIODevice::WriteOnly) || file.write(CalendarJson::write(book->entriesForYear(*year))) < 0 ||
        !file.commit()) {
        return context.fail(Error::invalid(
            QStringLiteral("FILE"),
            QCoreApplication::translate("motcua::cli", "%1 cannot be written: %2").arg(given.at(2), file.errorString())));
    }
    return Success;
}

} // namespace

int runCalendar(CliContext& context)
{
    if (context.arguments().positional().value(0) == QLatin1String("export")) {
        return exportYear(context);
    }
    auto change = calendarChange(context);
    if (!change) {
        return context.fail(change.error());
    }
    const bool apply = context.arguments().has(QStringLiteral("yes"));
    return withWorkflow(context, [&](workflow::WorkflowContext& workflow) {
        workflow::CalendarChangeService service(workflow);
        auto moved = apply ? service.apply(*change) : service.preview(*change);
        if (!moved) {
            return context.fail(moved.error());
        }
        if (context.json()) {
            QJsonArray rows;
            for (const workflow::MovedDue& each : *moved) {
                rows.append(QJsonObject{{QStringLiteral("code"), each.code},
                                        {QStringLiteral("applicant"), each.applicant},
                                        {QStringLiteral("due_before"), formatMomentKey(each.dueBefore, QStringLiteral("T"))},
                                        {QStringLiteral("due_after"), formatMomentKey(each.dueAfter, QStringLiteral("T"))},
                                        {QStringLiteral("working_minutes"), each.workingMinutes}});
            }
            context.printJson(QJsonObject{{QStringLiteral("change"), change->summary()},
                                          {QStringLiteral("applied"), apply},
                                          {QStringLiteral("moved"), rows}});
            return int(Success);
        }
        context.print(change->summary());
        for (const workflow::MovedDue& each : *moved) {
            context.print(QStringLiteral("%1  %2 → %3  %4  %5")
                              .arg(each.code, formatMomentKey(each.dueBefore, QStringLiteral(" ")),
                                   formatMomentKey(each.dueAfter, QStringLiteral(" ")),
                                   workflow::formatMove(each).leftJustified(8), each.applicant));
        }
        context.print(apply ? QCoreApplication::translate("motcua::cli", "Stored; due moments moved: %1.")
                                  .arg(moved->size())
                            : QCoreApplication::translate("motcua::cli",
                                                          "Preview only, nothing stored (due moments that would move: "
                                                          "%1): add --yes to apply.")
                                  .arg(moved->size()));
        return int(Success);
    });
}

} // namespace motcua::cli
