#pragma once

#include "core/common/Result.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace motcua::cli {

// The command line: a command, its positional arguments and options (`--name value`, `--name=value`,
// or a flag `--name`), in any order; options may stand before or after the command.
class Arguments {
public:
    // valueOptions take a value; flags do not. An unknown option is an error naming it.
    static Result<Arguments> parse(const QStringList& arguments, const QSet<QString>& valueOptions,
                                   const QSet<QString>& flags);

    const QString& command() const { return m_command; }
    const QStringList& positional() const { return m_positional; }
    bool has(const QString& option) const { return m_values.contains(option) || m_flags.contains(option); }
    QString value(const QString& option, const QString& fallback = {}) const;
    QStringList values(const QString& option) const { return m_values.value(option); }

    // Every option given must be one of `allowed` (or a global one): errors name the first that is not.
    Status allowOnly(const QSet<QString>& allowed) const;

private:
    QString m_command;
    QStringList m_positional;
    QHash<QString, QStringList> m_values;
    QSet<QString> m_flags;
};

} // namespace motcua::cli
