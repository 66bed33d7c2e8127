#include "app/cli/Arguments.h"

#include <QCoreApplication>

namespace motcua::cli {

Result<Arguments> Arguments::parse(const QStringList& arguments, const QSet<QString>& valueOptions,
                                   const QSet<QString>& flags)
{
    Arguments parsed;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (!argument.startsWith(QLatin1String("--")) || argument == QLatin1String("--")) {
            if (parsed.m_command.isEmpty()) {
                parsed.m_command = argument;
            } else {
                parsed.m_positional << argument;
            }
            continue;
        }
        QString name = argument.mid(2);
        std::optional<QString> inlineValue;
        if (const qsizetype equals = name.indexOf(QLatin1Char('=')); equals >= 0) {
            inlineValue = name.mid(equals + 1);
            name.truncate(equals);
        }
        if (flags.contains(name) && !inlineValue) {
            parsed.m_flags.insert(name);
        } else if (valueOptions.contains(name)) {
            if (!inlineValue && i + 1 >= arguments.size()) {
                return Error::invalid(QStringLiteral("--") + name,
                                      QCoreApplication::translate("motcua::cli", "--%1 needs a value.").arg(name));
            }
            parsed.m_values[name] << (inlineValue ? *inlineValue : arguments.at(++i));
        } else {
            return Error::invalid(argument, QCoreApplication::translate("motcua::cli", "Unknown option."));
        }
    }
    return parsed;
}

QString Arguments::value(const QString& option, const QString& fallback) const
{
    const QStringList given = m_values.value(option);
    return given.isEmpty() ? fallback : given.constLast();
}

Status Arguments::allowOnly(const QSet<QString>& allowed) const
{
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        if (!allowed.contains(it.key())) {
            return Error::invalid(
                QStringLiteral("--") + it.key(),
                QCoreApplication::translate("motcua::cli", "This option does not apply to \"%1\".").arg(m_command));
        }
    }
    for (const QString& flag : m_flags) {
        if (!allowed.contains(flag)) {
            return Error::invalid(
                QStringLiteral("--") + flag,
                QCoreApplication::translate("motcua::cli", "This option does not apply to \"%1\".").arg(m_command));
        }
    }
    return {};
}

} // namespace motcua::cli
