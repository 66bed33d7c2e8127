#include "core/identity/PhoneNumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <optional>

namespace motcua::identity {

namespace {

// Digit groups, an optional + in front, one space, dot or dash between groups.
const QRegularExpression& writtenForm()
{
    static const QRegularExpression pattern(QStringLiteral("^\\+?[0-9]+(?:[ .\\-][0-9]+)*$"));
    return pattern;
}

const QRegularExpression& mobile()
{
    static const QRegularExpression pattern(QStringLiteral("^(?:\\+84|84|0)([35789][0-9]{8})$"));
    return pattern;
}

const QRegularExpression& landline()
{
    static const QRegularExpression pattern(QStringLiteral("^(?:\\+84|84|0)(2[0-9]{9})$"));
    return pattern;
}

QString withoutSeparators(const QString& value)
{
    QString compact = value.trimmed();
    compact.remove(QLatin1Char(' '));
    compact.remove(QLatin1Char('.'));
    compact.remove(QLatin1Char('-'));
    return compact;
}

// The number after the leading 0 (or +84 / 84) when it is a valid mobile or landline.
std::optional<QString> nationalPart(const QString& value)
{
    const QString trimmed = value.trimmed();
    if (!writtenForm().match(trimmed).hasMatch()) {
        return std::nullopt;
    }
    const QString compact = withoutSeparators(trimmed);
    for (const QRegularExpression* pattern : {&mobile(), &landline()}) {
        const QRegularExpressionMatch match = pattern->match(compact);
        if (match.hasMatch()) {
            return match.captured(1);
        }
    }
    return std::nullopt;
}

} // namespace

Status PhoneNumber::validate(const QString& value, const QString& field)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty()) {
        return Error::invalid(field, QCoreApplication::translate("motcua::identity", "The phone number is missing."));
    }
    if (!writtenForm().match(trimmed).hasMatch()) {
        return Error::invalid(
            field, QCoreApplication::translate("motcua::identity",
                                               "The phone number may contain only digits, a leading + and single "
                                               "spaces, dots or dashes between groups of digits."));
    }
    if (!nationalPart(trimmed)) {
        return Error::invalid(
            field, QCoreApplication::translate("motcua::identity",
                                               "Not a Vietnamese phone number: a mobile has 10 digits starting with "
                                               "03, 05, 07, 08 or 09, a landline 11 digits starting with 02."));
    }
    return {};
}

QString PhoneNumber::normalized(const QString& value)
{
    const std::optional<QString> national = nationalPart(value);
    return national ? QLatin1Char('0') + *national : withoutSeparators(value);
}

} // namespace motcua::identity
