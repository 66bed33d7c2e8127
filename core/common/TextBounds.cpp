#include "core/common/TextBounds.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace motcua {

int TextBounds::maxLength(TextKind kind)
{
    switch (kind) {
    case TextKind::Code:
        return 40;
    case TextKind::Contact:
        return 254;
    case TextKind::Name:
        return 300;
    case TextKind::Address:
        return 500;
    case TextKind::Note:
        return 4000;
    case TextKind::Template:
        return 512 * 1024;
    }
    return 0;
}

qsizetype TextBounds::controlCharacter(const QString& text, bool multiLine)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (multiLine && (c == u'\n' || c == u'\r' || c == u'\t')) {
            continue;
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return i;
        }
    }
    return -1;
}

Status TextBounds::check(const QString& text, TextKind kind, const QString& field)
{
    if (const qsizetype at = controlCharacter(text, multiLine(kind)); at >= 0) {
        return Error::invalid(field, tr("A control character (U+%1) at character %2 is not allowed.")
                                         .arg(text.at(at).unicode(), 4, 16, QLatin1Char('0'))
                                         .arg(at + 1));
    }
    if (text.size() > maxLength(kind)) {
        return Error::invalid(field, tr("The text has %1 characters, at most %2 are allowed.")
                                         .arg(text.size())
                                         .arg(maxLength(kind)));
    }
    static const QRegularExpression code(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._/-]*$"));
    if (kind == TextKind::Code && !text.isEmpty() && !code.match(text).hasMatch()) {
        return Error::invalid(field, tr("A code holds letters without accents, digits and . _ - / only, "
                                        "no space: \"%1\".")
                                         .arg(text));
    }
    return {};
}

Status TextBounds::check(std::initializer_list<Field> fields)
{
    for (const Field& field : fields) {
        if (Status bounded = check(field.text, field.kind, QLatin1String(field.name)); !bounded) {
            return bounded;
        }
    }
    return {};
}

Status TextBounds::checkProcedureCode(const QString& code, const QString& field)
{
    static const QRegularExpression national(QStringLiteral("^[0-9]{1,2}\\.[0-9]{6}$"));
    if (!national.match(code).hasMatch()) {
        return Error::invalid(field, tr("A national procedure code is a digit, a dot and six digits (1.011442), "
                                        "not \"%1\".")
                                         .arg(code.left(maxLength(TextKind::Code))));
    }
    return {};
}

Status TextBounds::checkAmount(double amount, const QString& field)
{
    if (!std::isfinite(amount) || amount < 0 || amount > kMaxAmount || amount != std::floor(amount)) {
        return Error::invalid(field, tr("An amount is a whole number of đồng from 0 to %1.")
                                         .arg(QLocale().toString(static_cast<qint64>(kMaxAmount))));
    }
    return {};
}

Error TextBounds::prefixed(Error error)
{
    error.message = error.field + QStringLiteral(": ") + error.message;
    return error;
}

QList<Error> TextBounds::unknownKeys(const QJsonObject& object, const QStringList& known, const QString& path)
{
    QList<Error> warnings;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key())) {
            const QString name = it.key().left(maxLength(TextKind::Code));
            const QString field = path.isEmpty() ? name : path + QLatin1Char('.') + name;
            warnings.append(Error::invalid(field, tr("%1: unknown key, ignored.").arg(field)));
        }
    }
    return warnings;
}

} // namespace motcua
