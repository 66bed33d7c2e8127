#include "app/cli/AdminCommands.h"

#include "app/cli/CliContext.h"
#include "core/calendar/OfficeHours.h"
#include "core/catalogue/CatalogueAdmin.h"
#include "core/catalogue/CatalogueJson.h"
#include "core/common/AgencyTime.h"
#include "core/identity/Accounts.h"
#include "core/storage/CatalogueRepository.h"
#include "core/storage/SignInLog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace motcua::cli {

using identity::Role;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("motcua::cli", text);
}

Status requireAdmin(const identity::User& user)
{
    if (!user.has(Role::Admin)) {
        return Error{ErrorCode::Forbidden, tr("Only an administrator may do this."), QStringLiteral("--as")};
    }
    return {};
}

// The catalogue file at `path`, its unknown keys printed as warnings; an error names the file and the place in it
// (procedures[2].code …).
Result<catalogue::Catalogue> readCatalogueFile(CliContext& context, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::invalid(QStringLiteral("FILE"), tr("Cannot read %1.").arg(path));
    }
    QList<Error> errors;
    QList<Error> unknownKeys;
    auto catalogue = catalogue::CatalogueJson::parse(file.readAll(), errors, &unknownKeys);
    for (const Error& warning : unknownKeys) {
        context.print(tr("Warning: %1").arg(warning.message));
    }
    if (!catalogue && errors.size() <= 1) {
        Error error = catalogue.error(); // one line, as every error
        error.message = path + QStringLiteral(": ") + error.message;
        error.field.clear();
        return error;
    }
    if (!catalogue) {
        // Every error of the file, each on its line with its field path, then what it means.
        for (const Error& error : std::as_const(errors)) {
            (void)context.fail(error);
        }
        return Error::invalid(QString(), QCoreApplication::translate("motcua::cli",
                                                                     "%1: %2 errors (each above), nothing was imported.")
                                             .arg(path)
                                             .arg(errors.size()));
    }
    return catalogue;
}

// `catalogue import FILE --dry-run`: the preview the import screen shows, each line an action, its subject and the
// fields that change (or why it is refused). It only reads: no sign-in (which the sign-in log would record), nothing
// written to the database.
int previewCatalogueImport(CliContext& context, const catalogue::Catalogue& fromFile)
{
    auto database = context.database();
    if (!database) {
        return context.fail(database.error());
    }
    auto preview = catalogue::CatalogueAdmin(**database, context.clock()).previewImport(fromFile);
    if (!preview) {
        return context.fail(preview.error());
    }
    if (context.json()) {
        static const QStringList actions{QStringLiteral("add"), QStringLiteral("change"), QStringLiteral("keep"),
                                         QStringLiteral("refuse")};
        static const QStringList kinds{QStringLiteral("agency"), QStringLiteral("department"),
                                       QStringLiteral("procedure"), QStringLiteral("process")};
        QJsonArray rows;
        for (const catalogue::ImportChange& change : preview->changes) {
            rows.append(QJsonObject{{QStringLiteral("action"), actions.at(static_cast<int>(change.action))},
                                    {QStringLiteral("kind"), kinds.at(static_cast<int>(change.subject))},
                                    {QStringLiteral("code"), change.code},
                                    {QStringLiteral("subject"), change.subjectText()},
                                    {QStringLiteral("detail"), change.detail}});
        }
        context.printJson(QJsonObject{{QStringLiteral("applicable"), preview->applicable()},
                                      {QStringLiteral("changes"), rows}});
        return preview->applicable() ? Success : Refused;
    }
    for (const catalogue::ImportChange& change : preview->changes) {
        const QString indent = change.subject == catalogue::ImportChange::Subject::Process ? QStringLiteral("    ")
                                                                                            : QString();
        QString line = indent + catalogue::ImportChange::actionName(change.action) + QStringLiteral(": ") +
                       change.subjectText();
        if (!change.detail.isEmpty()) {
            line += QStringLiteral(" — ") + change.detail;
        }
        context.print(line);
    }
    context.print(preview->summary());
    context.print(preview->applicable() ? tr("Preview only, nothing was written: import without --dry-run to apply.")
                                        : tr("Preview only, nothing was written: the import would be refused."));
    return preview->applicable() ? Success : Refused;
}

} // namespace

int runCatalogue(CliContext& context)
{
    const QStringList& given = context.arguments().positional();
    if (given.size() != 2 || (given.at(0) != QLatin1String("import") && given.at(0) != QLatin1String("export"))) {
        return context.fail(
            Error::invalid(QStringLiteral("arguments"), tr("Usage: motcua-cli catalogue import|export FILE")));
    }
    // A file to import is read first: a refused one leaves the database as it was, not even a sign-in recorded.
    std::optional<catalogue::Catalogue> fromFile;
    if (given.at(0) == QLatin1String("import")) {
        auto read = readCatalogueFile(context, given.at(1));
        if (!read) {
            return context.fail(read.error());
        }
        fromFile = std::move(read).value();
        if (context.arguments().has(QStringLiteral("dry-run"))) {
            return previewCatalogueImport(context, *fromFile);
        }
    }
    auto actor = context.actor();
    if (!actor) {
        return context.fail(actor.error());
    }
    if (Status admin = requireAdmin(*actor); !admin) {
        return context.fail(admin.error());
    }
    storage::CatalogueRepository repository(**context.database());
    const QString path = given.at(1);
    if (given.at(0) == QLatin1String("export")) {
        auto catalogue = repository.load();
        if (!catalogue) {
            return context.fail(catalogue.error());
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(catalogue::CatalogueJson::write(*catalogue)) < 0 ||
            !file.commit()) {
            return context.fail(Error::invalid(QStringLiteral("FILE"), tr("Cannot write %1.").arg(path)));
        }
        context.print(tr("Catalogue written to %1 (%2 procedures).").arg(path).arg(catalogue->procedures.size()));
        return Success;
    }
    // Through the administrators' service: refused whole when a version in use would change, and logged.
    auto imported = catalogue::CatalogueAdmin(**context.database(), context.clock()).applyImport(*actor, *fromFile);
    if (!imported) {
        return context.fail(imported.error());
    }
    for (const catalogue::StepBudgetWarning& warning :
         catalogue::checkStepBudgets(*fromFile, calendar::OfficeHours::standard().standardDayMinutes())) {
        context.print(tr("Warning: %1").arg(warning.message));
    }
    context.print(tr("Catalogue imported: %1 departments, %2 procedures (%3 added, %4 changed).")
                      .arg(fromFile->departments.size())
                      .arg(fromFile->procedures.size())
                      .arg(imported->count(catalogue::ImportChange::Action::Add))
                      .arg(imported->count(catalogue::ImportChange::Action::Change)));
    return Success;
}

namespace {

// --roles clerk,head as roles; an unknown key is an error naming the option.
Result<QList<Role>> parseRoles(const QString& text)
{
    QList<Role> roles;
    for (const QString& key : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto role = identity::roleFromKey(key.trimmed());
        if (!role) {
            return Error::invalid(QStringLiteral("--roles"),
                                  tr("\"%1\" is not one of clerk, specialist, head, leader, admin.").arg(key));
        }
        roles << *role;
    }
    return roles;
}

Result<qint64> departmentId(const QList<catalogue::Department>& departments, const QString& code)
{
    for (const catalogue::Department& department : departments) {
        if (department.code == code) {
            return department.id;
        }
    }
    if (code.isEmpty()) {
        return qint64(0);
    }
    return Error::invalid(QStringLiteral("--department"), tr("There is no department %1.").arg(code));
}

int listUsers(CliContext& context, const QList<identity::User>& users, const QList<catalogue::Department>& departments)
{
    QJsonArray json;
    for (const identity::User& user : users) {
        QStringList roles;
        for (Role role : user.roles) {
            roles << identity::roleKey(role);
        }
        QString department;
        for (const catalogue::Department& candidate : departments) {
            if (candidate.id == user.departmentId) {
                department = candidate.code;
            }
        }
        const bool locked = user.lockedAt(context.clock().now());
        const QString lockedUntil = locked ? isoMoment(user.lockedUntil) : QString();
        json.append(QJsonObject{{QStringLiteral("login"), user.login},
                                {QStringLiteral("name"), user.fullName},
                                {QStringLiteral("department"), department},
                                {QStringLiteral("roles"), QJsonArray::fromStringList(roles)},
                                {QStringLiteral("active"), user.active},
                                {QStringLiteral("must_change_password"), user.mustChangePassword},
                                {QStringLiteral("locked_until"), locked ? QJsonValue(lockedUntil) : QJsonValue()}});
        if (!context.json()) {
            QString state = user.active ? QString() : tr("disabled");
            if (locked) {
                state = tr("locked until %1").arg(user.lockedUntil.toString(QStringLiteral("HH:mm dd/MM/yyyy")));
            }
            context.print(QStringLiteral("%1  %2  %3  %4  %5")
                              .arg(user.login, department, roles.join(QLatin1Char(',')), user.fullName, state)
                              .trimmed());
        }
    }
    if (context.json()) {
        context.printJson(json);
    }
    return Success;
}

} // namespace

int runUsers(CliContext& context)
{
    const Arguments& args = context.arguments();
    const QStringList& given = args.positional();
    static const QStringList withLogin{QStringLiteral("add"),    QStringLiteral("edit"),   QStringLiteral("disable"),
                                       QStringLiteral("enable"), QStringLiteral("unlock"), QStringLiteral("reset-password")};
    const QString verb = given.value(0);
    const bool list = given.size() == 1 && verb == QLatin1String("list");
    const bool log = given.size() == 1 && verb == QLatin1String("log");
    if (!list && !log && !(given.size() == 2 && withLogin.contains(verb))) {
        return context.fail(Error::invalid(
            QStringLiteral("arguments"),
            tr("Usage: motcua-cli users add LOGIN --name \"FULL NAME\" --roles clerk,head --department CODE | "
               "edit LOGIN [--name …] [--roles …] [--department CODE] | disable|enable|unlock|reset-password LOGIN | "
               "list | log")));
    }
    auto actor = context.actor();
    if (!actor) {
        return context.fail(actor.error());
    }
    identity::Accounts accounts(**context.database(), context.clock());
    auto departments = storage::CatalogueRepository(**context.database()).departments();
    if (!departments) {
        return context.fail(departments.error());
    }
    if (list) {
        auto users = accounts.list();
        return users ? listUsers(context, *users, *departments) : context.fail(users.error());
    }
    if (log) {
        if (Status admin = requireAdmin(*actor); !admin) {
            return context.fail(admin.error());
        }
        auto entries = accounts.signInLog();
        if (!entries) {
            return context.fail(entries.error());
        }
        for (const storage::SignInLogEntry& entry : *entries) {
            context.print(QStringLiteral("%1  %2  %3  %4")
                              .arg(isoMoment(entry.at), entry.login, storage::SignInLog::outcomeKey(entry.outcome),
                                   entry.workstation));
        }
        return Success;
    }
    const QString login = given.at(1);
    if (verb == QLatin1String("disable") || verb == QLatin1String("enable")) {
        const bool enable = verb == QLatin1String("enable");
        if (Status set = accounts.setActive(*actor, login, enable); !set) {
            return context.fail(set.error());
        }
        context.print(enable ? tr("User %1 enabled.").arg(login) : tr("User %1 disabled.").arg(login));
        return Success;
    }
    if (verb == QLatin1String("unlock")) {
        if (Status unlocked = accounts.unlock(*actor, login); !unlocked) {
            return context.fail(unlocked.error());
        }
        context.print(tr("User %1 unlocked.").arg(login));
        return Success;
    }
    if (verb == QLatin1String("reset-password")) {
        // MOTCUA_NEW_PASSWORD, or a generated one printed once.
        const QString chosen = QString::fromUtf8(qgetenv("MOTCUA_NEW_PASSWORD"));
        auto temporary = accounts.resetPassword(*actor, login, chosen);
        if (!temporary) {
            return context.fail(temporary.error());
        }
        context.print(chosen.isEmpty()
                          ? tr("Temporary password of %1: %2 (to be changed at the next sign-in).").arg(login, *temporary)
                          : tr("Password of %1 reset (to be changed at the next sign-in).").arg(login));
        return Success;
    }
    auto roles = parseRoles(args.value(QStringLiteral("roles")));
    if (!roles) {
        return context.fail(roles.error());
    }
    auto department = departmentId(*departments, args.value(QStringLiteral("department")));
    if (!department) {
        return context.fail(department.error());
    }
    if (verb == QLatin1String("edit")) {
        auto existing = accounts.byLogin(login);
        if (!existing) {
            return context.fail(existing.error());
        }
        identity::User user = *existing;
        if (args.has(QStringLiteral("name"))) {
            user.fullName = args.value(QStringLiteral("name"));
        }
        if (args.has(QStringLiteral("roles"))) {
            user.roles = *roles;
        }
        if (args.has(QStringLiteral("department"))) {
            user.departmentId = *department;
        }
        auto edited = accounts.editUser(*actor, user);
        if (!edited) {
            return context.fail(edited.error());
        }
        context.print(tr("User %1 changed.").arg(login));
        return Success;
    }
    identity::User user;
    user.login = login;
    user.fullName = args.value(QStringLiteral("name"));
    user.roles = *roles;
    user.departmentId = *department;
    const QString password = CliContext::password("MOTCUA_NEW_PASSWORD", tr("Password for %1: ").arg(user.login));
    auto added = accounts.addUser(*actor, user, password);
    if (!added) {
        return context.fail(added.error());
    }
    context.print(tr("User %1 added.").arg(added->login));
    return Success;
}

int runPassword(CliContext& context)
{
    if (!context.arguments().positional().isEmpty()) {
        return context.fail(Error::invalid(QStringLiteral("arguments"), tr("Usage: motcua-cli password [--as LOGIN]")));
    }
    auto actor = context.actor(true);
    if (!actor) {
        return context.fail(actor.error());
    }
    const QString current = CliContext::password("MOTCUA_PASSWORD", tr("Current password: "));
    const QString next = CliContext::password("MOTCUA_NEW_PASSWORD", tr("New password: "));
    if (Status changed = identity::Accounts(**context.database(), context.clock()).changePassword(*actor, current, next);
        !changed) {
        return context.fail(changed.error());
    }
    context.print(tr("Password of %1 changed.").arg(actor->login));
    return Success;
}

} // namespace motcua::cli
