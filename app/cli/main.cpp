// motcua-cli: the command line, for scripts and acceptance checks.
#include "app/cli/Arguments.h"
#include "app/cli/CalendarCommands.h"
#include "app/cli/CliContext.h"
#include "app/cli/DatabaseCommands.h"
#include "core/common/Clock.h"
#include "core/common/Language.h"

#include <QCoreApplication>
#include <QMap>

#include <cstdio>
#include <functional>

using namespace motcua;
using namespace motcua::cli;

namespace {

struct Command {
    std::function<int(CliContext&)> run;
    QSet<QString> options; // besides the global ones
    const char* summary;
};

const QSet<QString> kGlobalOptions{QStringLiteral("db"), QStringLiteral("lang"), QStringLiteral("json")};

QMap<QString, Command> commands()
{
    return {
        {QStringLiteral("init"), {runInit, {}, QT_TRANSLATE_NOOP("motcua::cli", "create the database (--db FILE)")}},
        {QStringLiteral("lunar"), {runLunar, {}, QT_TRANSLATE_NOOP("motcua::cli", "YYYY-MM-DD: the lunar date")}},
        {QStringLiteral("solar"),
         {runSolar, {QStringLiteral("leap")}, QT_TRANSLATE_NOOP("motcua::cli", "D M YYYY [--leap]: the solar date")}},
        {QStringLiteral("holidays"),
         {runHolidays, {}, QT_TRANSLATE_NOOP("motcua::cli", "YEAR: days off and make-up working days")}},
        {QStringLiteral("deadline"),
         {runDeadline,
          {QStringLiteral("from"), QStringLiteral("days"), QStringLiteral("hours"), QStringLiteral("rule"),
           QStringLiteral("pause"), QStringLiteral("explain")},
          QT_TRANSLATE_NOOP("motcua::cli",
                            "--from \"YYYY-MM-DD HH:MM\" (--days N | --hours N) [--rule default|session] "
                            "[--pause \"FROM/TO\"]... [--explain]: the due moment")}},
    };
}

int usage(FILE* stream)
{
    QString text = QCoreApplication::translate("motcua::cli", "Usage: motcua-cli COMMAND [options] [--db FILE] "
                                                              "[--json] [--lang vi|en]\n");
    const QMap<QString, Command> all = commands();
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        text += QStringLiteral("  %1 %2\n").arg(it.key(), QCoreApplication::translate("motcua::cli", it->summary));
    }
    std::fputs(text.toUtf8().constData(), stream);
    return stream == stdout ? Success : BadInput;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MotCua"));
    QCoreApplication::setApplicationName(QStringLiteral("MotCua"));

    QSet<QString> valueOptions{QStringLiteral("db"),   QStringLiteral("lang"),  QStringLiteral("from"),
                               QStringLiteral("days"), QStringLiteral("hours"), QStringLiteral("rule"),
                               QStringLiteral("pause")};
    QSet<QString> flags{QStringLiteral("json"), QStringLiteral("leap"), QStringLiteral("explain"),
                        QStringLiteral("help")};
    auto parsed = Arguments::parse(QCoreApplication::arguments().mid(1), valueOptions, flags);

    const QString code = parsed ? parsed->value(QStringLiteral("lang"), QStringLiteral("vi")) : QStringLiteral("vi");
    installTranslations(languageFromCode(code).value_or(Language::Vietnamese));

    const SystemClock clock;
    if (!parsed) {
        return CliContext(Arguments(), clock).fail(parsed.error());
    }
    if (!languageFromCode(code)) {
        return CliContext(*parsed, clock)
            .fail(Error::invalid(QStringLiteral("--lang"), QStringLiteral("--lang: vi | en")));
    }
    if (parsed->has(QStringLiteral("help")) || parsed->command() == QLatin1String("help")) {
        return usage(stdout);
    }
    const QMap<QString, Command> all = commands();
    const auto command = all.constFind(parsed->command());
    if (command == all.cend()) {
        if (!parsed->command().isEmpty()) {
            return CliContext(*parsed, clock)
                .fail(Error::invalid(
                    QStringLiteral("command"),
                    QCoreApplication::translate("motcua::cli", "unknown command \"%1\" (see motcua-cli help).")
                        .arg(parsed->command())));
        }
        return usage(stderr);
    }
    CliContext context(*parsed, clock);
    if (Status allowed = parsed->allowOnly(kGlobalOptions | command->options); !allowed) {
        return context.fail(allowed.error());
    }
    return command->run(context);
}
