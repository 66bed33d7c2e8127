#include "core/identity/IdentityNumber.h"

#include <QCoreApplication>

namespace motcua::identity {

namespace {

constexpr qsizetype kLength = 12;
constexpr qsizetype kOldCardLength = 9;
constexpr int kLastProvince = 96;
constexpr int kLastCenturyDigit = 5;

bool isAsciiDigits(QStringView text)
{
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return false;
        }
    }
    return !text.isEmpty();
}

int digitsValue(QStringView digits)
{
    int value = 0;
    for (const QChar c : digits) {
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

// The birth year of a 12-digit number whose century digit is 0–5.
int yearOf(QStringView number)
{
    const int century = 1900 + digitsValue(number.mid(3, 1)) / 2 * 100;
    return century + digitsValue(number.mid(4, 2));
}

} // namespace

Status IdentityNumber::validate(const QString& value, const QString& field, const QDate& birthDate, bool allowOldCard)
{
    const QString number = value.trimmed();
    if (number.isEmpty()) {
        return Error::invalid(field,
                              QCoreApplication::translate("motcua::identity", "The identity number is missing."));
    }
    if (!isAsciiDigits(number)) {
        return Error::invalid(field, QCoreApplication::translate("motcua::identity",
                                                                 "The identity number may contain only digits, "
                                                                 "without spaces or other signs."));
    }
    if (allowOldCard && number.size() == kOldCardLength) {
        return {};
    }
    if (number.size() != kLength) {
        if (allowOldCard) {
            return Error::invalid(
                field, QCoreApplication::translate("motcua::identity",
                                                   "The identity number must have 12 digits (9 for an old ID card)."));
        }
        return Error::invalid(
            field, QCoreApplication::translate("motcua::identity", "The identity number must have 12 digits."));
    }
    const int province = digitsValue(QStringView(number).left(3));
    if (province < 1 || province > kLastProvince) {
        return Error::invalid(
            field, QCoreApplication::translate("motcua::identity",
                                               "The first three digits must be a province code from 001 to 096."));
    }
    if (digitsValue(QStringView(number).mid(3, 1)) > kLastCenturyDigit) {
        return Error::invalid(
            field,
            QCoreApplication::translate("motcua::identity", "The fourth digit (century and sex) must be from 0 to 5."));
    }
    if (birthDate.isValid() && yearOf(number) != birthDate.year()) {
        return Error::invalid(
            field,
            QCoreApplication::translate("motcua::identity",
                                        "The identity number is of someone born in %1, but the date of birth is in %2.")
                .arg(QString::number(yearOf(number)), QString::number(birthDate.year())));
    }
    return {};
}

std::optional<int> IdentityNumber::birthYear(const QString& value)
{
    const QString number = value.trimmed();
    if (number.size() != kLength || !validate(number, {}).ok()) {
        return std::nullopt;
    }
    return yearOf(number);
}

} // namespace motcua::identity
