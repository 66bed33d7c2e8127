#include "core/calendar/Explanation.h"

#include "core/common/AgencyTime.h"

#include <QCoreApplication>
#include <QStringList>

namespace motcua::calendar {

namespace {

QString weekdayName(int dayOfWeek)
{
    switch (dayOfWeek) {
    case 1:
        return QCoreApplication::translate("motcua::Explanation", "Monday");
    case 2:
        return QCoreApplication::translate("motcua::Explanation", "Tuesday");
    case 3:
        return QCoreApplication::translate("motcua::Explanation", "Wednesday");
    case 4:
        return QCoreApplication::translate("motcua::Explanation", "Thursday");
    case 5:
        return QCoreApplication::translate("motcua::Explanation", "Friday");
    case 6:
        return QCoreApplication::translate("motcua::Explanation", "Saturday");
    default:
        return QCoreApplication::translate("motcua::Explanation", "Sunday");
    }
}

QString formatAmount(double amount)
{
    return QString::number(amount, 'g', 6);
}

QString dateKey(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QString momentKey(const QDateTime& moment)
{
    return moment.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
}

} // namespace

QString formatDay(const QDate& date)
{
    return weekdayName(date.dayOfWeek()) + QLatin1Char(' ') + date.toString(QStringLiteral("dd/MM/yyyy"));
}

QString formatMoment(const QDateTime& moment)
{
    return moment.time().toString(QStringLiteral("HH:mm")) + QLatin1Char(' ') + formatDay(moment.date());
}

QString formatShortMoment(const QDateTime& moment)
{
    return moment.isValid() ? toAgencyTime(moment).toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}

qint64 wholeWorkingDays(qint64 minutes, int dayMinutes)
{
    return dayMinutes > 0 && minutes > 0 ? minutes / dayMinutes : 0;
}

QString formatWorkingDuration(qint64 minutes, int dayMinutes)
{
    QStringList parts;
    const qint64 days = wholeWorkingDays(minutes, dayMinutes);
    const qint64 rest = minutes - days * dayMinutes;
    if (days > 0) {
        parts << QCoreApplication::translate("motcua::Explanation", "%1 d").arg(days);
    }
    if (rest / 60 > 0) {
        parts << QCoreApplication::translate("motcua::Explanation", "%1 h").arg(rest / 60);
    }
    if (rest % 60 > 0 || parts.isEmpty()) {
        parts << QCoreApplication::translate("motcua::Explanation", "%1 min").arg(rest % 60);
    }
    return QCoreApplication::translate("motcua::Explanation", "%1 of working time").arg(parts.join(QLatin1Char(' ')));
}

QString formatWorkingDurationShort(qint64 minutes, int dayMinutes)
{
    const qint64 days = wholeWorkingDays(minutes, dayMinutes);
    const qint64 rest = minutes - days * dayMinutes;
    QStringList parts;
    if (days > 0) {
        parts << QCoreApplication::translate("motcua::Explanation", "%1 d").arg(days);
    }
    if (rest / 60 > 0) {
        parts << QCoreApplication::translate("motcua::Explanation", "%1 h").arg(rest / 60);
    }
    if (days == 0 && (rest % 60 > 0 || parts.isEmpty())) {
        parts << QCoreApplication::translate("motcua::Explanation", "%1 min").arg(rest % 60);
    }
    return parts.join(QLatin1Char(' '));
}

QString ExplanationFact::kindKey() const
{
    switch (kind) {
    case Kind::Rule:
        return QStringLiteral("rule");
    case Kind::Received:
        return QStringLiteral("received");
    case Kind::StartMoved:
        return QStringLiteral("start-moved");
    case Kind::AfterCutoff:
        return QStringLiteral("after-cutoff");
    case Kind::Weekend:
        return QStringLiteral("weekend");
    case Kind::Holiday:
        return QStringLiteral("holiday");
    case Kind::MakeUpDay:
        return QStringLiteral("make-up-day");
    case Kind::Pause:
        return QStringLiteral("pause");
    case Kind::Extension:
        return QStringLiteral("extension");
    case Kind::Restart:
        return QStringLiteral("restart");
    case Kind::Due:
        return QStringLiteral("due");
    }
    return {};
}

QString ExplanationFact::text() const
{
    switch (kind) {
    case Kind::Rule:
        if (name == QLatin1String("same-day")) {
            return QCoreApplication::translate(
                       "motcua::Explanation",
                       "Rule: same-day procedure. Received before %1 on a working day: due at the end of that day; "
                       "otherwise at the end of the next working day.")
                .arg(to.time().toString(QStringLiteral("HH:mm")));
        }
        if (name == QLatin1String("session")) {
            return QCoreApplication::translate(
                       "motcua::Explanation",
                       "Rule: %1 working days, returned in the same session as received (morning → morning, "
                       "afternoon → afternoon).")
                .arg(formatAmount(amount));
        }
        if (name == QLatin1String("hours")) {
            return QCoreApplication::translate(
                       "motcua::Explanation",
                       "Rule: %1 working hours (%2 working minutes), counted from the moment of receipt.")
                .arg(formatAmount(amount))
                .arg(minutes);
        }
        return QCoreApplication::translate(
                   "motcua::Explanation",
                   "Rule: %1 working days × %2 working minutes = %3 working minutes, counted from the moment of "
                   "receipt.")
            .arg(formatAmount(amount))
            .arg(dayMinutes)
            .arg(minutes);
    case Kind::Received:
        return QCoreApplication::translate("motcua::Explanation", "Received at %1.").arg(formatMoment(from));
    case Kind::StartMoved:
        return QCoreApplication::translate("motcua::Explanation",
                                           "Received outside office hours: counting starts at %1.")
            .arg(formatMoment(to));
    case Kind::AfterCutoff:
        return QCoreApplication::translate("motcua::Explanation",
                                           "Received after the cut-off time %1: due on the next working day.")
            .arg(to.time().toString(QStringLiteral("HH:mm")));
    case Kind::Weekend:
        if (lastDate.isValid() && lastDate != date) {
            return QCoreApplication::translate("motcua::Explanation", "Skipped the days off %1 – %2 (weekly rest).")
                .arg(formatDay(date), formatDay(lastDate));
        }
        return QCoreApplication::translate("motcua::Explanation", "Skipped %1 (weekly rest).").arg(formatDay(date));
    case Kind::Holiday:
        return substitute ? QCoreApplication::translate("motcua::Explanation", "Skipped %1: %2 (substitute day off).")
                                .arg(formatDay(date), name)
                          : QCoreApplication::translate("motcua::Explanation", "Skipped %1: %2 (day off).")
                                .arg(formatDay(date), name);
    case Kind::MakeUpDay:
        return QCoreApplication::translate("motcua::Explanation",
                                           "%1 is a make-up working day (%2): counted as a working day.")
            .arg(formatDay(date), name);
    case Kind::Pause:
        return QCoreApplication::translate("motcua::Explanation",
                                           "Paused from %1 to %2 (%3): the due moment moves by %4.")
            .arg(formatMoment(from), formatMoment(to), name, formatWorkingDuration(minutes, dayMinutes));
    case Kind::Restart:
        return QCoreApplication::translate("motcua::Explanation",
                                           "Paused from %1 to %2 (%3): the time limit counts again from %2.")
            .arg(formatMoment(from), formatMoment(to), name);
    case Kind::Extension:
        return QCoreApplication::translate("motcua::Explanation", "Extended on %1 to %2: %3.")
            .arg(formatMoment(from), formatMoment(to), name);
    case Kind::Due:
        return QCoreApplication::translate("motcua::Explanation", "Due at %1.").arg(formatMoment(from));
    }
    return {};
}

QJsonObject ExplanationFact::toJson() const
{
    QJsonObject json{{QStringLiteral("kind"), kindKey()}, {QStringLiteral("text"), text()}};
    if (from.isValid()) {
        json.insert(QStringLiteral("from"), momentKey(from));
    }
    if (to.isValid()) {
        json.insert(QStringLiteral("to"), momentKey(to));
    }
    if (date.isValid()) {
        json.insert(QStringLiteral("date"), dateKey(date));
    }
    if (lastDate.isValid()) {
        json.insert(QStringLiteral("last_date"), dateKey(lastDate));
    }
    if (kind == Kind::Pause || kind == Kind::Rule) {
        json.insert(QStringLiteral("minutes"), minutes);
    }
    if (!name.isEmpty() && kind != Kind::Rule) {
        json.insert(QStringLiteral("name"), name);
    }
    return json;
}

} // namespace motcua::calendar
