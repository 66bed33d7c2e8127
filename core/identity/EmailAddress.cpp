#include "core/identity/EmailAddress.h"

#include <QCoreApplication>

#include <algorithm>

namespace motcua::identity {

namespace {

constexpr qsizetype kMaxLength = 254;

} // namespace

Status EmailAddress::validate(const QString& value, const QString& field)
{
    const QString address = value.trimmed();
    if (address.isEmpty()) {
        return Error::invalid(field, QCoreApplication::translate("motcua::identity", "The e-mail address is missing."));
    }
    if (std::any_of(address.cbegin(), address.cend(), [](QChar c) { return c.isSpace(); })) {
        return Error::invalid(
            field, QCoreApplication::translate("motcua::identity", "The e-mail address must not contain spaces."));
    }
    if (address.size() > kMaxLength) {
        return Error::invalid(field, QCoreApplication::translate(
                                         "motcua::identity", "The e-mail address is too long (at most %1 characters).")
                                         .arg(QString::number(kMaxLength)));
    }
    if (address.count(QLatin1Char('@')) != 1) {
        return Error::invalid(
            field, QCoreApplication::translate("motcua::identity", "The e-mail address must contain exactly one @."));
    }
    const qsizetype at = address.indexOf(QLatin1Char('@'));
    if (at == 0) {
        return Error::invalid(
            field, QCoreApplication::translate("motcua::identity", "The e-mail address needs a name before the @."));
    }
    const QStringList labels = address.mid(at + 1).split(QLatin1Char('.'));
    if (labels.size() < 2 || labels.contains(QString())) {
        return Error::invalid(
            field, QCoreApplication::translate("motcua::identity",
                                               "The part after the @ must be a domain such as example.gov.vn."));
    }
    return {};
}

} // namespace motcua::identity
