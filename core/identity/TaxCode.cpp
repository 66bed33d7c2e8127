#include "core/identity/TaxCode.h"

#include "core/identity/IdentityNumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>

namespace motcua::identity {

namespace {

constexpr std::array<int, 9> kWeights{31, 29, 23, 19, 17, 13, 7, 5, 3};

int digitAt(QStringView digits, qsizetype index)
{
    return digits.at(index).unicode() - u'0';
}

// True when the tenth digit of the ten `digits` is the check digit of the first nine.
bool checkDigitMatches(QStringView digits)
{
    int sum = 0;
    for (std::size_t i = 0; i < kWeights.size(); ++i) {
        sum += digitAt(digits, static_cast<qsizetype>(i)) * kWeights.at(i);
    }
    const int check = 10 - sum % 11; // 10 when sum % 11 == 0: never issued
    return check < 10 && check == digitAt(digits, 9);
}

} // namespace

Status TaxCode::validate(const QString& value, const QString& field)
{
    static const QRegularExpression organisation(QStringLiteral("^[0-9]{10}$"));
    static const QRegularExpression branch(QStringLiteral("^([0-9]{10})-([0-9]{3})$"));
    static const QRegularExpression individual(QStringLiteral("^[0-9]{12}$"));
    static const QRegularExpression branchWithoutDash(QStringLiteral("^[0-9]{13}$"));

    const QString code = value.trimmed();
    if (code.isEmpty()) {
        return Error::invalid(field, QCoreApplication::translate("motcua::identity", "The tax code is missing."));
    }
    if (individual.match(code).hasMatch()) {
        return IdentityNumber::validate(code, field);
    }
    if (branchWithoutDash.match(code).hasMatch()) {
        return Error::invalid(
            field, QCoreApplication::translate("motcua::identity",
                                               "Write a branch's tax code with a dash before the last three digits, "
                                               "e.g. 0100109106-001."));
    }
    QStringView parent;
    const QRegularExpressionMatch branchMatch = branch.match(code);
    if (branchMatch.hasMatch()) {
        if (branchMatch.capturedView(2) == QLatin1String("000")) {
            return Error::invalid(
                field, QCoreApplication::translate("motcua::identity",
                                                   "The branch number after the dash must be from 001 to 999."));
        }
        parent = branchMatch.capturedView(1);
    } else if (organisation.match(code).hasMatch()) {
        parent = code;
    } else {
        return Error::invalid(
            field, QCoreApplication::translate("motcua::identity",
                                               "A tax code has 10 digits, 13 written as 0100109106-001 for a branch "
                                               "or 12 (the identity number) for a person."));
    }
    if (!checkDigitMatches(parent)) {
        return Error::invalid(field, QCoreApplication::translate(
                                         "motcua::identity",
                                         "The tax code is not valid (its check digit does not match); please check "
                                         "the number."));
    }
    return {};
}

} // namespace motcua::identity
