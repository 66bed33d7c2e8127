#include "app/cli/AdminCommands.h"

#include "app/cli/CliContext.h"
#include "core/calendar/OfficeHours.h"
#include "core/catalogue/CatalogueJson.h"
#include "core/identity/Accounts.h"
#include "core/storage/CatalogueRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
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

} // namespace

int runCatalogue(CliContext& context)
{
    const QStringList& given = context.arguments().positional();
    if (given.size() != 2 || (given.at(0) != QLatin1String("import") && given.at(0) != QLatin1String("export"))) {
        return context.fail(
            Error::invalid(QStringLiteral("arguments"), tr("Usage: motcua-cli catalogue import|export FILE")));
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
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return context.fail(Error::invalid(QStringLiteral("FILE"), tr("Cannot read %1.").arg(path)));
    }
    auto catalogue = catalogue::CatalogueJson::parse(file.readAll());
    if (!catalogue) {
        Error error = catalogue.error();
        // The message names the place in the file (procedures[2].code …); the file comes first.
        error.message = path + QStringLiteral(": ") + error.message;
        error.field.clear();
        return context.fail(error);
    }
    if (Status imported = repository.import(*catalogue); !imported) {
        return context.fail(imported.error());
    }
    for (const catalogue::StepBudgetWarning& warning :
         catalogue::checkStepBudgets(*catalogue, calendar::OfficeHours::standard().standardDayMinutes())) {
        context.print(tr("Warning: %1").arg(warning.message));
    }
    context.print(tr("Catalogue imported: %1 departments, %2 procedures.")
                      .arg(catalogue->departments.size())
                      .arg(catalogue->procedures.size()));
    return Success;
}

int runUsers(CliContext& context)
{
    const Arguments& args = context.arguments();
    const QStringList& given = args.positional();
    const bool add = given.size() == 2 && given.at(0) == QLatin1String("add");
    const bool list = given.size() == 1 && given.at(0) == QLatin1String("list");
    if (!add && !list) {
        return context.fail(
            Error::invalid(QStringLiteral("arguments"), tr("Usage: motcua-cli users add LOGIN --name \"FULL NAME\" "
                                                           "--roles clerk,head --department CODE | users list")));
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
        if (!users) {
            return context.fail(users.error());
        }
        QJsonArray json;
        for (const identity::User& user : *users) {
            QStringList roles;
            for (Role role : user.roles) {
                roles << identity::roleKey(role);
            }
            QString department;
            for (const catalogue::Department& candidate : *departments) {
                if (candidate.id == user.departmentId) {
                    department = candidate.code;
                }
            }
            json.append(QJsonObject{{QStringLiteral("login"), user.login},
                                    {QStringLiteral("name"), user.fullName},
                                    {QStringLiteral("department"), department},
                                    {QStringLiteral("roles"), QJsonArray::fromStringList(roles)}});
            if (!context.json()) {
                context.print(QStringLiteral("%1  %2  %3  %4")
                                  .arg(user.login, department, roles.join(QLatin1Char(',')), user.fullName));
            }
        }
        if (context.json()) {
            context.printJson(json);
        }
        return Success;
    }
    identity::User user;
    user.login = given.at(1);
    user.fullName = args.value(QStringLiteral("name"));
    for (const QString& key : args.value(QStringLiteral("roles")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto role = identity::roleFromKey(key.trimmed());
        if (!role) {
            return context.fail(
                Error::invalid(QStringLiteral("--roles"),
                               tr("\"%1\" is not one of clerk, specialist, head, leader, admin.").arg(key)));
        }
        user.roles << *role;
    }
    const QString departmentCode = args.value(QStringLiteral("department"));
    for (const catalogue::Department& department : *departments) {
        if (department.code == departmentCode) {
            user.departmentId = department.id;
        }
    }
    if (!departmentCode.isEmpty() && user.departmentId == 0) {
        return context.fail(
            Error::invalid(QStringLiteral("--department"), tr("There is no department %1.").arg(departmentCode)));
    }
    const QString password = CliContext::password("MOTCUA_NEW_PASSWORD", tr("Password for %1: ").arg(user.login));
    auto added = accounts.addUser(*actor, user, password);
    if (!added) {
        return context.fail(added.error());
    }
    context.print(tr("User %1 added.").arg(added->login));
    return Success;
}

} // namespace motcua::cli
