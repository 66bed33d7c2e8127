// motcua-cli: the command line, for scripts and acceptance checks.
#include "app/cli/AdminCommands.h"
#include "app/cli/Arguments.h"
#include "app/cli/BackupCommands.h"
#include "app/cli/BenchCommands.h"
#include "app/cli/CalendarCommands.h"
#include "app/cli/CliContext.h"
#include "app/cli/DatabaseCommands.h"
#include "app/cli/DossierCommands.h"
#include "app/cli/OnlineCommands.h"
#include "app/cli/PrintCommands.h"
#include "app/cli/ReportCommands.h"
#include "app/cli/VerifyCommand.h"
#include "core/common/Clock.h"
#include "core/common/Language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QMap>

#include <cstdio>
#include <functional>
#include <memory>
#include <unistd.h>

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
    const auto set = [](std::initializer_list<const char*> names) {
        QSet<QString> options;
        for (const char* name : names) {
            options.insert(QString::fromLatin1(name));
        }
        return options;
    };
    const QSet<QString> action = set({"as", "version", "note"});
    return {
        {QStringLiteral("init"),
         {runInit, set({"admin", "name"}),
          QT_TRANSLATE_NOOP("motcua::cli", "create the database, catalogue and administrator")}},
        {QStringLiteral("lunar"), {runLunar, {}, QT_TRANSLATE_NOOP("motcua::cli", "YYYY-MM-DD: the lunar date")}},
        {QStringLiteral("solar"),
         {runSolar, set({"leap"}), QT_TRANSLATE_NOOP("motcua::cli", "D M YYYY [--leap]: the solar date")}},
        {QStringLiteral("holidays"),
         {runHolidays, {}, QT_TRANSLATE_NOOP("motcua::cli", "YEAR: days off and make-up working days")}},
        {QStringLiteral("calendar"),
         {runCalendar, set({"as", "kind", "name", "source", "replace", "saturday", "yes"}),
          QT_TRANSLATE_NOOP("motcua::cli", "add FROM [TO] --kind K --name N [--source S] | remove DATE | confirm YEAR | "
                                           "import FILE | hours SESSIONS | export YEAR FILE [--yes]: change the "
                                           "working calendar (without --yes: only the moved due moments)")}},
        {QStringLiteral("deadline"),
         {runDeadline, set({"from", "days", "hours", "rule", "pause", "explain"}),
          QT_TRANSLATE_NOOP("motcua::cli",
                            "--from \"YYYY-MM-DD HH:MM\" (--days N | --hours N) [--rule default|session] "
                            "[--pause \"FROM/TO\"]... [--explain]: the due moment")}},
        {QStringLiteral("catalogue"),
         {runCatalogue, set({"as", "dry-run"}),
          QT_TRANSLATE_NOOP("motcua::cli", "import FILE [--dry-run] | export FILE: the procedures catalogue (--dry-run: "
                                           "what the import would add, change, leave and refuse; nothing written)")}},
        {QStringLiteral("users"),
         {runUsers, set({"as", "name", "roles", "department"}),
          QT_TRANSLATE_NOOP("motcua::cli", "add LOGIN --name N --roles R,R --department CODE | edit LOGIN [--name N] "
                                           "[--roles R,R] [--department CODE] | disable|enable|unlock|reset-password "
                                           "LOGIN | list | log: the users and the sign-in log")}},
        {QStringLiteral("password"),
         {runPassword, set({"as"}),
          QT_TRANSLATE_NOOP("motcua::cli", "one's own password: the current in MOTCUA_PASSWORD, the new in "
                                           "MOTCUA_NEW_PASSWORD")}},
        {QStringLiteral("receive"),
         {runReceive,
          set({"as", "procedure", "name", "id", "birth", "address", "phone", "email", "organisation", "tax-code",
               "representative", "documents", "channel", "delivery", "sets", "fee", "at", "record-supplement",
               "guidance"}),
          QT_TRANSLATE_NOOP("motcua::cli", "--procedure CODE --name … --id … --address … --documents 1,2:2: receive")}},
        {QStringLiteral("assign"),
         {runDossierAction, action | set({"to"}), QT_TRANSLATE_NOOP("motcua::cli", "CODE --to LOGIN [--note …]")}},
        {QStringLiteral("handover"),
         {runDossierAction, action | set({"to"}), QT_TRANSLATE_NOOP("motcua::cli", "CODE [--to LOGIN] [--note …]")}},
        {QStringLiteral("pause"),
         {runDossierAction, action | set({"reason"}),
          QT_TRANSLATE_NOOP("motcua::cli", "CODE --reason supplement|financial|verification|other")}},
        {QStringLiteral("resume"), {runDossierAction, action, QT_TRANSLATE_NOOP("motcua::cli", "CODE")}},
        {QStringLiteral("extend"),
         {runDossierAction, action | set({"new-due", "reason"}),
          QT_TRANSLATE_NOOP("motcua::cli", "CODE --new-due \"YYYY-MM-DD HH:MM\" --reason …")}},
        {QStringLiteral("refuse"),
         {runDossierAction, action | set({"reason"}), QT_TRANSLATE_NOOP("motcua::cli", "CODE --reason …")}},
        {QStringLiteral("stop"),
         {runDossierAction, action | set({"reason"}), QT_TRANSLATE_NOOP("motcua::cli", "CODE --reason …")}},
        {QStringLiteral("withdraw"),
         {runDossierAction, action | set({"reason"}), QT_TRANSLATE_NOOP("motcua::cli", "CODE --reason …")}},
        {QStringLiteral("ready"),
         {runDossierAction, action, QT_TRANSLATE_NOOP("motcua::cli", "CODE: the result is ready")}},
        {QStringLiteral("return"),
         {runDossierAction, action, QT_TRANSLATE_NOOP("motcua::cli", "CODE: the result is returned")}},
        {QStringLiteral("show"),
         {runShow, set({"as"}), QT_TRANSLATE_NOOP("motcua::cli", "CODE: everything about a dossier")}},
        {QStringLiteral("list"),
         {runList,
          set({"as", "status", "department", "procedure", "from", "to", "overdue", "due-within", "limit", "search"}),
          QT_TRANSLATE_NOOP("motcua::cli", "[--status 2,4] [--department CODE] [--procedure CODE] [--from D] [--to D] "
                                           "[--overdue] [--due-within HOURS] [--search TEXT] [--limit N]")}},
        {QStringLiteral("submit"),
         {runSubmit, set({"as"}), QT_TRANSLATE_NOOP("motcua::cli", "FILE…: online submissions (JSON) into the queue")}},
        {QStringLiteral("online"),
         {runOnline, set({"as", "version", "fee", "reason", "missing", "guidance"}),
          QT_TRANSLATE_NOOP("motcua::cli",
                            "[list | log | import | inbox [DIR] | accept ID [--fee N] | refuse ID --reason … | "
                            "supplement ID --missing 1,3 [--guidance …]]: the online submission queue")}},
        {QStringLiteral("print"),
         {runPrint, set({"as", "pdf", "from", "to"}),
          QT_TRANSLATE_NOOP("motcua::cli", "FORM CODE --pdf FILE (FORM: receipt, supplement, refusal, apology, stop, "
                                           "control-slip) | register --from YYYY-MM-DD --to YYYY-MM-DD --pdf FILE")}},
        {QStringLiteral("report"),
         {runReport, set({"as", "from", "to", "by", "csv", "xlsx", "pdf", "format", "output", "department", "within"}),
          QT_TRANSLATE_NOOP("motcua::cli", "[ii06a] --from DD/MM/YYYY --to DD/MM/YYYY [--by field|procedure] [--json | "
                                           "--csv FILE | --xlsx FILE | --pdf FILE]: form II.06a of a period | overdue "
                                           "[--department CODE] [--within HOURS]: the overdue and due soon | people "
                                           "--from D --to D: steps finished and late, overdue now, by person | steps "
                                           "--from D --to D: each process step, where lateness starts first; "
                                           "overdue, people and steps: --json, --csv, --xlsx or --pdf FILE too")}},
        {QStringLiteral("template"),
         {runTemplate, set({"as"}),
          QT_TRANSLATE_NOOP("motcua::cli",
                            "export|import FORM FILE | reset FORM | list: the printed forms' templates")}},
        {QStringLiteral("backup"),
         {runBackup, set({"as", "auto"}),
          QT_TRANSLATE_NOOP("motcua::cli", "FILE | --auto: a verified copy of the database (--auto: into the "
                                           "configured folder, keeping the last days and months; for cron)")}},
        {QStringLiteral("verify"),
         {runVerify, set({"backup"}),
          QT_TRANSLATE_NOOP("motcua::cli", "[--backup FILE]: walk the histories' hash chains and check every dossier "
                                           "against its events (and the database against a backup's recorded "
                                           "heads); exit 4 when something was changed outside MotCua")}},
        {QStringLiteral("verify-backup"),
         {runVerifyBackup, {}, QT_TRANSLATE_NOOP("motcua::cli", "FILE: check a backup and say what it holds")}},
        {QStringLiteral("restore"),
         {runRestore, set({"as"}),
          QT_TRANSLATE_NOOP("motcua::cli", "FILE: replace the database by a backup (the replaced one is kept aside)")}},
        {QStringLiteral("setting"),
         {runSetting, set({"as"}),
          QT_TRANSLATE_NOOP("motcua::cli", "[KEY [VALUE]]: the agency's settings (lockout.attempts, lockout.minutes, "
                                           "backup.folder, backup.keep_daily, backup.keep_monthly)")}},
        {QStringLiteral("copy"),
         {runCopy, set({"from", "to"}),
          QT_TRANSLATE_NOOP("motcua::cli", "--from FILE|URL --to URL|FILE: copy every table into an empty database "
                                           "(a file to the office's server), then compare each table's rows and "
                                           "digest")}},
        {QStringLiteral("migrate"),
         {runMigrate, {},
          QT_TRANSLATE_NOOP("motcua::cli", "bring the schema up to this version (on the server: as the owner)")}},
        {QStringLiteral("grant"),
         {runGrant, {},
          QT_TRANSLATE_NOOP("motcua::cli", "ROLE: as the server database's owner, give the application's role its "
                                           "rights (rows, not the schema; the histories only added to)")}},
        {QStringLiteral("bench"),
         {runBench, set({"as", "gui-as", "runs", "dossiers"}),
          QT_TRANSLATE_NOOP("motcua::cli", "--db FILE|URL [--runs N] [--dossiers N] [--as LOGIN] [--gui-as LOGIN]: "
                                           "time each operation (median, 99th percentile) beside its plain SQL, "
                                           "seed-demo of N dossiers into a temporary file, and the window's start-up "
                                           "and memory; intake adds dossiers to this database")}},
        {QStringLiteral("seed-demo"),
         {runSeedDemo, set({"as", "dossiers", "years"}), QT_TRANSLATE_NOOP("motcua::cli", "--dossiers N --years Y")}},
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
    QSet<QString> valueOptions;
    for (const char* name : {"db",       "lang",  "from",       "days",           "hours",      "rule",    "pause",
                             "admin",    "name",  "as",         "version",        "note",       "to",      "reason",
                             "new-due",  "roles", "department", "procedure",      "id",         "birth",   "address",
                             "phone",    "email", "tax-code",   "representative", "documents",  "channel", "delivery",
                             "sets",     "fee",   "at",         "status",         "due-within", "limit",   "search",
                             "dossiers", "years", "pdf",      "by",             "csv",        "xlsx",    "format",
                             "output",   "within", "missing", "guidance", "kind", "source", "replace", "saturday",
                             "backup",   "runs",   "gui-as"}) {
        valueOptions.insert(QString::fromLatin1(name));
    }
    QSet<QString> flags;
    for (const char* name :
         {"json", "leap", "explain", "help", "organisation", "record-supplement", "overdue", "auto", "yes", "dry-run"}) {
        flags.insert(QString::fromLatin1(name));
    }
    QStringList arguments;
    for (int i = 1; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    auto parsed = Arguments::parse(arguments, valueOptions, flags);
    // Printing lays text out with fonts, which needs a GUI application: without a screen, the offscreen one.
    // (A report written as PDF too, and the benchmark, which writes the register.)
    const bool printing = parsed && (parsed->command() == QLatin1String("print") ||
                                     parsed->command() == QLatin1String("bench") ||
                                     (parsed->command() == QLatin1String("report") && parsed->has(QStringLiteral("pdf"))));
    if (printing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    if (printing && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // The folder Qt would choose, made without its notice on standard error (a script reads one error line).
        const QString runtime = QDir::tempPath() + QStringLiteral("/runtime-") + QString::number(getuid());
        if (QDir().mkpath(runtime) &&
            QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        }
    }
    const std::unique_ptr<QCoreApplication> app =
        printing ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    // Scripts read stdout and one-line errors: no informational logging unless asked for (QT_LOGGING_RULES).
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        QLoggingCategory::setFilterRules(QStringLiteral("motcua.*.info=false"));
    }
    QCoreApplication::setOrganizationName(QStringLiteral("MotCua"));
    QCoreApplication::setApplicationName(QStringLiteral("MotCua"));

    const QString code = parsed ? parsed->value(QStringLiteral("lang"), QStringLiteral("vi")) : QStringLiteral("vi");
    installTranslations(languageFromCode(code).value_or(Language::Vietnamese));

    const SystemClock clock;
    if (!parsed) {
        return CliContext(Arguments(), clock).fail(parsed.error());
    }
    if (!languageFromCode(code)) {
        return CliContext(*parsed, clock)
            .fail(Error::invalid(QStringLiteral("--lang"), QStringLiteral("vi | en")));
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
                    QCoreApplication::translate("motcua::cli", "Unknown command \"%1\" (see motcua-cli help).")
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
