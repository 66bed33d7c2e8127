#include "app/cli/DatabaseCommands.h"

#include "app/cli/CliContext.h"
#include "core/calendar/CalendarService.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace motcua::cli {

int runInit(CliContext& context)
{
    if (!context.arguments().positional().isEmpty()) {
        return context.fail(
            Error::invalid(QStringLiteral("arguments"),
                           QCoreApplication::translate("motcua::cli", "Usage: motcua-cli init [--db FILE]")));
    }
    auto database = context.database(true);
    if (!database) {
        return context.fail(database.error());
    }
    if (Status installed = calendar::CalendarService(**database, context.clock()).installShippedData(); !installed) {
        return context.fail(installed.error());
    }
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("database"), (*database)->path()},
                                      {QStringLiteral("schema_version"), (*database)->schemaVersion()}});
    } else {
        context.print(QCoreApplication::translate("motcua::cli", "Database ready: %1 (schema %2)")
                          .arg((*database)->path())
                          .arg((*database)->schemaVersion()));
    }
    return Success;
}

} // namespace motcua::cli
