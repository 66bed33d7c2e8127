#include "app/cli/BackupCommands.h"

#include "app/cli/CliContext.h"
#include "core/backup/AutomaticBackup.h"
#include "core/common/AgencyTime.h"
#include "core/identity/Role.h"
#include "core/storage/Backup.h"
#include "core/storage/Settings.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace motcua::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("motcua::cli", text);
}

Result<identity::User> admin(CliContext& context)
{
    auto actor = context.actor();
    if (actor && !actor->has(identity::Role::Admin)) {
        return Error{ErrorCode::Forbidden, tr("Only an administrator may do this."), QStringLiteral("--as")};
    }
    return actor;
}

int printSummary(CliContext& context, const storage::BackupSummary& summary)
{
    if (context.json()) {
        QJsonObject counts;
        for (auto it = summary.rowCounts.cbegin(); it != summary.rowCounts.cend(); ++it) {
            counts.insert(it.key(), it.value());
        }
        context.printJson(QJsonObject{{QStringLiteral("file"), summary.file},
                                      {QStringLiteral("agency"), summary.agencyCode},
                                      {QStringLiteral("agency_name"), summary.agencyName},
                                      {QStringLiteral("taken_at"), isoMoment(summary.takenAt)},
                                      {QStringLiteral("schema_version"), summary.schemaVersion},
                                      {QStringLiteral("dossiers"), summary.dossiers},
                                      {QStringLiteral("rows"), counts}});
        return Success;
    }
    context.print(tr("%1: %2 %3, taken %4, schema %5, %6 dossiers.")
                      .arg(summary.file, summary.agencyCode, summary.agencyName,
                           summary.takenAt.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")))
                      .arg(summary.schemaVersion)
                      .arg(summary.dossiers));
    return Success;
}

} // namespace

int runBackup(CliContext& context)
{
    const QStringList& given = context.arguments().positional();
    const bool automatic = context.arguments().has(QStringLiteral("auto"));
    if (automatic == (given.size() == 1) || given.size() > 1) {
        return context.fail(
            Error::invalid(QStringLiteral("arguments"), tr("Usage: motcua-cli backup FILE | backup --auto")));
    }
    auto db = context.database();
    if (!db) {
        return context.fail(db.error());
    }
    if (automatic) {
        // For cron: no sign-in, only the configured folder; the outcome is recorded for the administrator.
        auto summary = backup::AutomaticBackup(**db, context.clock()).run();
        return summary ? printSummary(context, *summary) : context.fail(summary.error());
    }
    auto actor = admin(context);
    if (!actor) {
        return context.fail(actor.error());
    }
    auto summary = storage::Backup::create(**db, given.at(0), context.clock());
    return summary ? printSummary(context, *summary) : context.fail(summary.error());
}

int runVerifyBackup(CliContext& context)
{
    const QStringList& given = context.arguments().positional();
    if (given.size() != 1) {
        return context.fail(Error::invalid(QStringLiteral("arguments"), tr("Usage: motcua-cli verify-backup FILE")));
    }
    auto summary = storage::Backup::verify(given.at(0));
    return summary ? printSummary(context, *summary) : context.fail(summary.error());
}

int runRestore(CliContext& context)
{
    const QStringList& given = context.arguments().positional();
    if (given.size() != 1) {
        return context.fail(Error::invalid(QStringLiteral("arguments"), tr("Usage: motcua-cli restore FILE")));
    }
    auto actor = admin(context);
    if (!actor) {
        return context.fail(actor.error());
    }
    context.closeDatabase(); // the file is about to be replaced
    auto outcome = storage::Backup::restore(given.at(0), context.databasePath(), context.clock());
    if (!outcome) {
        return context.fail(outcome.error());
    }
    // Opened once more: a backup of an older schema is migrated now, not at the next start.
    auto reopened = context.database();
    if (!reopened) {
        return context.fail(reopened.error());
    }
    context.print(tr("Restored %1 dossiers from %2; the replaced database is kept as %3.")
                      .arg(outcome->restored.dossiers)
                      .arg(given.at(0), outcome->setAside.isEmpty() ? tr("(none)") : outcome->setAside));
    return Success;
}

int runSetting(CliContext& context)
{
    using Key = storage::Settings::Key;
    const QStringList& given = context.arguments().positional();
    static const QList<Key> editable{Key::LockoutAttempts, Key::LockoutMinutes, Key::BackupFolder,
                                     Key::BackupKeepDaily, Key::BackupKeepMonthly};
    if (given.size() > 2) {
        return context.fail(Error::invalid(QStringLiteral("arguments"), tr("Usage: motcua-cli setting [KEY [VALUE]]")));
    }
    auto actor = admin(context);
    if (!actor) {
        return context.fail(actor.error());
    }
    storage::Settings settings(**context.database(), context.clock());
    for (Key key : editable) {
        const QString name = storage::Settings::keyName(key);
        if (!given.isEmpty() && given.at(0) != name) {
            continue;
        }
        if (given.size() == 2) {
            if (Status set = settings.set(actor->id, key, given.at(1)); !set) {
                return context.fail(set.error());
            }
        }
        context.print(QStringLiteral("%1 = %2").arg(name, settings.value(key).toString()));
        if (!given.isEmpty()) {
            return Success;
        }
    }
    if (!given.isEmpty()) {
        return context.fail(Error::invalid(QStringLiteral("KEY"), tr("There is no setting %1.").arg(given.at(0))));
    }
    return Success;
}

} // namespace motcua::cli
