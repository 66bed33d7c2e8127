#include "app/cli/DatabaseCommands.h"

#include "app/cli/CliContext.h"
#include "core/calendar/CalendarService.h"
#include "core/catalogue/CatalogueJson.h"
#include "core/demo/DemoSeeder.h"
#include "core/identity/Accounts.h"
#include "core/storage/CatalogueRepository.h"
#include "core/storage/DatabaseCopy.h"
#include "core/storage/ServerRoles.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace motcua::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("motcua::cli", text);
}

// The database at --from or --to: a file must exist to be read from; a server URL must be well formed (exit 2).
Result<std::unique_ptr<storage::Database>> openEnd(CliContext& context, const QString& option, bool mustExist)
{
    const QString given = context.arguments().value(option);
    if (given.isEmpty()) {
        return Error::invalid(QLatin1String("--") + option, tr("Usage: motcua-cli copy --from FILE|URL --to URL|FILE"));
    }
    auto location = storage::DatabaseLocation::parse(given);
    if (!location) {
        return Error::invalid(QLatin1String("--") + option, location.error().message);
    }
    if (mustExist && location->engine == storage::SqlEngine::Sqlite && !QFileInfo::exists(given)) {
        return Error::invalid(QLatin1String("--") + option, tr("There is no database at %1.").arg(given));
    }
    return storage::Database::open(given, context.clock());
}

} // namespace

int runCopy(CliContext& context)
{
    if (!context.arguments().positional().isEmpty()) {
        return context.fail(
            Error::invalid(QStringLiteral("arguments"), tr("Usage: motcua-cli copy --from FILE|URL --to URL|FILE")));
    }
    auto source = openEnd(context, QStringLiteral("from"), true);
    if (!source) {
        return context.fail(source.error());
    }
    auto target = openEnd(context, QStringLiteral("to"), false);
    if (!target) {
        return context.fail(target.error());
    }
    QElapsedTimer timer;
    timer.start();
    auto copied = storage::DatabaseCopy(**source, **target).run([](const QString& table, qint64 done, qint64 total) {
        std::fprintf(stderr, "\r%s: %lld / %lld%s", qPrintable(table), static_cast<long long>(done),
                     static_cast<long long>(total), done == total ? "\n" : "");
    });
    if (!copied) {
        return context.fail(copied.error());
    }
    if (context.json()) {
        QJsonArray tables;
        for (const storage::CopiedTable& table : *copied) {
            tables.append(QJsonObject{{QStringLiteral("table"), table.source.table},
                                      {QStringLiteral("source_rows"), table.source.rows},
                                      {QStringLiteral("target_rows"), table.target.rows},
                                      {QStringLiteral("source_sha256"), QString::fromLatin1(table.source.sha256)},
                                      {QStringLiteral("target_sha256"), QString::fromLatin1(table.target.sha256)},
                                      {QStringLiteral("same"), table.same()}});
        }
        context.printJson(QJsonObject{{QStringLiteral("from"), (*source)->displayName()},
                                      {QStringLiteral("to"), (*target)->displayName()},
                                      {QStringLiteral("seconds"), double(timer.elapsed()) / 1000.0},
                                      {QStringLiteral("tables"), tables}});
        return Success;
    }
    context.print(tr("%1 → %2").arg((*source)->displayName(), (*target)->displayName()));
    context.print(QStringLiteral("%1 %2 %3  %4")
                      .arg(tr("table"), -26)
                      .arg(tr("source"), 9)
                      .arg(tr("copy"), 9)
                      .arg(tr("SHA-256 (source = copy)")));
    qint64 rows = 0;
    for (const storage::CopiedTable& table : *copied) {
        context.print(QStringLiteral("%1 %2 %3  %4 %5 %6")
                          .arg(table.source.table, -26)
                          .arg(table.source.rows, 9)
                          .arg(table.target.rows, 9)
                          .arg(QString::fromLatin1(table.source.sha256.left(16)),
                               table.same() ? QStringLiteral("=") : QStringLiteral("≠"),
                               QString::fromLatin1(table.target.sha256.left(16))));
        rows += table.source.rows;
    }
    context.print(tr("%1 rows of %2 tables copied in %3 s; every table's rows and digest are the same on both sides.")
                      .arg(rows)
                      .arg(copied->size())
                      .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return Success;
}

int runMigrate(CliContext& context)
{
    if (!context.arguments().positional().isEmpty()) {
        return context.fail(Error::invalid(QStringLiteral("arguments"), tr("Usage: motcua-cli migrate --db URL|FILE")));
    }
    auto database = context.database();
    if (!database) {
        return context.fail(database.error());
    }
    context.print(tr("%1 is at schema %2.").arg((*database)->displayName()).arg((*database)->schemaVersion()));
    // The application's roles get the rights on what the migrations added (a history table only added to), as
    // `grant` gives them: it need not be run again by hand.
    auto regranted = storage::ServerRoles::regrantApplications(**database);
    if (!regranted) {
        return context.fail(regranted.error());
    }
    for (const QString& role : std::as_const(*regranted)) {
        context.print(tr("The rights of %1 were set again on every table.").arg(role));
    }
    return Success;
}

int runGrant(CliContext& context)
{
    const QStringList& given = context.arguments().positional();
    if (given.size() != 1) {
        return context.fail(
            Error::invalid(QStringLiteral("arguments"), tr("Usage: motcua-cli grant ROLE --db postgresql://OWNER@…")));
    }
    auto database = context.database();
    if (!database) {
        return context.fail(database.error());
    }
    if (Status granted = storage::ServerRoles::grantApplication(**database, given.at(0)); !granted) {
        return context.fail(granted.error());
    }
    context.print(tr("%1 may now read and write the rows of %2, only add to its histories (%3), and not change its "
                     "schema.")
                      .arg(given.at(0), (*database)->displayName(),
                           storage::ServerRoles::appendOnlyTables().join(QStringLiteral(", "))));
    return Success;
}

Status installShippedData(storage::Database& database, const Clock& clock)
{
    if (Status installed = calendar::CalendarService(database, clock).installShippedData(); !installed) {
        return installed;
    }
    storage::CatalogueRepository catalogue(database);
    if (!catalogue.agency()) {
        return catalogue.import(catalogue::CatalogueJson::shipped());
    }
    return {};
}

int runInit(CliContext& context)
{
    if (!context.arguments().positional().isEmpty()) {
        return context.fail(
            Error::invalid(QStringLiteral("arguments"),
                           tr("Usage: motcua-cli init [--db FILE] [--admin LOGIN] [--name \"FULL NAME\"]")));
    }
    auto database = context.database(true);
    if (!database) {
        return context.fail(database.error());
    }
    storage::Database& db = **database;
    if (Status installed = installShippedData(db, context.clock()); !installed) {
        return context.fail(installed.error());
    }
    identity::Accounts accounts(db, context.clock());
    auto hasAdmin = accounts.hasAdmin();
    if (!hasAdmin) {
        return context.fail(hasAdmin.error());
    }
    QString admin;
    if (!*hasAdmin) {
        admin = context.arguments().value(QStringLiteral("admin"), QStringLiteral("admin"));
        const QString password =
            CliContext::password("MOTCUA_PASSWORD", tr("Password for the administrator %1: ").arg(admin));
        auto created = accounts.createFirstAdmin(
            admin, context.arguments().value(QStringLiteral("name"), tr("Administrator")), password);
        if (!created && created.error().code == ErrorCode::IllegalState) {
            admin.clear(); // another process made the administrator meanwhile
        } else if (!created) {
            Error error = created.error();
            if (error.field == QLatin1String("password")) {
                error.field = QStringLiteral("MOTCUA_PASSWORD");
                error.message = tr("The administrator's password needs at least 8 characters (set "
                                   "MOTCUA_PASSWORD or type it at the prompt).");
            }
            return context.fail(error);
        }
    }
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("database"), db.displayName()},
                                      {QStringLiteral("schema_version"), db.schemaVersion()},
                                      {QStringLiteral("admin_created"), admin}});
    } else {
        context.print(tr("Database ready: %1 (schema %2)").arg(db.displayName()).arg(db.schemaVersion()));
        if (!admin.isEmpty()) {
            context.print(tr("Administrator created: %1").arg(admin));
        }
    }
    return Success;
}

int runSeedDemo(CliContext& context)
{
    const Arguments& args = context.arguments();
    bool okDossiers = false;
    bool okYears = false;
    demo::SeedOptions options;
    options.dossiers = args.value(QStringLiteral("dossiers"), QStringLiteral("1000")).toInt(&okDossiers);
    options.years = args.value(QStringLiteral("years"), QStringLiteral("1")).toInt(&okYears);
    if (!okDossiers || options.dossiers < 1 || options.dossiers > 5'000'000) {
        return context.fail(Error::invalid(QStringLiteral("--dossiers"), tr("From 1 to 5000000.")));
    }
    if (!okYears || options.years < 1 || options.years > 30) {
        return context.fail(Error::invalid(QStringLiteral("--years"), tr("From 1 to 30.")));
    }
    auto actor = context.actor();
    if (!actor) {
        return context.fail(actor.error());
    }
    if (!actor->has(identity::Role::Admin)) {
        return context.fail(
            Error{ErrorCode::Forbidden, tr("Only an administrator may do this."), QStringLiteral("--as")});
    }
    auto calendar = context.workCalendar();
    if (!calendar) {
        return context.fail(calendar.error());
    }
    QElapsedTimer timer;
    timer.start();
    auto report =
        demo::DemoSeeder(**context.database(), **calendar, context.clock()).seed(options, [&](int done, int total) {
            std::fprintf(stderr, "\r%d / %d", done, total);
            return true;
        });
    std::fputs("\n", stderr);
    if (!report) {
        return context.fail(report.error());
    }
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    context.print(tr("%1 dossiers in %2 s (%3 a second): %4 returned, %5 still in progress, %6 handled slowly, %7 "
                     "paused (supplement or fee), %8 extended, %9 refused, %10 withdrawn, %11 stopped.")
                      .arg(report->dossiers)
                      .arg(seconds, 0, 'f', 1)
                      .arg(static_cast<double>(report->dossiers) / std::max(seconds, 0.001), 0, 'f', 0)
                      .arg(report->returned)
                      .arg(report->inProgress)
                      .arg(report->slow)
                      .arg(report->paused)
                      .arg(report->extended)
                      .arg(report->refused)
                      .arg(report->withdrawn)
                      .arg(report->stopped));
    context.print(tr("%1 online submissions wait in the queue.").arg(report->online));
    return Success;
}

} // namespace motcua::cli
