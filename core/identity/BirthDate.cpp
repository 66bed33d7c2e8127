#include "core/identity/BirthDate.h"

#include <QRegularExpression>

namespace motcua::identity {

namespace {

// Day, month and year as typed, whether or not they make a date.
struct Parts {
    int day = 0;
    int month = 0;
    int year = 0;
};

std::optional<Parts> split(const QString& text)
{
    static const QRegularExpression separated(QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})$"));
    static const QRegularExpression packed(QStringLiteral("^(\\d{2})(\\d{2})(\\d{4})$"));
    const QString trimmed = text.trimmed();
    for (const QRegularExpression* pattern : {&separated, &packed}) {
        const QRegularExpressionMatch match = pattern->match(trimmed);
        if (match.hasMatch()) {
            return Parts{match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt()};
        }
    }
    return std::nullopt;
}

} // namespace

QDate BirthDate::parse(const QString& text)
{
    const auto parts = split(text);
    return parts ? QDate(parts->year, parts->month, parts->day) : QDate();
}

Status BirthDate::validate(const QString& text, const QDate& today, const QString& field)
{
    if (text.trimmed().isEmpty()) {
        return {};
    }
    const auto parts = split(text);
    if (!parts) {
        return Error::invalid(field, tr("Write the date of birth as day/month/year, e.g. 12/05/1990."));
    }
    if (parts->month < 1 || parts->month > 12) {
        return Error::invalid(field, tr("There is no month %1: the month goes from 1 to 12.").arg(parts->month));
    }
    const QDate date(parts->year, parts->month, parts->day);
    if (!date.isValid()) {
        return Error::invalid(field, tr("%1/%2 has no day %3: %4 does not exist.")
                                         .arg(parts->month, 2, 10, QLatin1Char('0'))
                                         .arg(parts->year)
                                         .arg(parts->day)
                                         .arg(text.trimmed()));
    }
    return validate(date, today, field);
}

Status BirthDate::validate(const QDate& date, const QDate& today, const QString& field)
{
    if (!date.isValid()) {
        return {};
    }
    const QString shown = date.toString(QStringLiteral("dd/MM/yyyy"));
    if (date > today) {
        return Error::invalid(
            field,
            tr("The date of birth %1 is after today (%2).").arg(shown, today.toString(QStringLiteral("dd/MM/yyyy"))));
    }
    if (date.year() < 1900) {
        return Error::invalid(field, tr("The date of birth %1 is before 1900.").arg(shown));
    }
    return {};
}

} // namespace motcua::identity
