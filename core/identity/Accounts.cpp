#include "core/identity/Accounts.h"

#include "core/identity/PasswordHasher.h"
#include "core/storage/CatalogueRepository.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace motcua::identity {

Accounts::Accounts(storage::Database& database, const Clock& clock)
    : m_database(database)
    , m_users(database, clock)
{}

Status Accounts::validate(const User& user, const QString& password)
{
    static const QRegularExpression login(QStringLiteral("^[a-z0-9._-]{3,32}$"));
    if (!login.match(user.login).hasMatch()) {
        return Error::invalid(QStringLiteral("login"),
                              QCoreApplication::translate("motcua::identity",
                                                          "The login needs 3 to 32 characters among a-z, "
                                                          "0-9, dot, dash and underscore."));
    }
    if (user.fullName.trimmed().isEmpty()) {
        return Error::invalid(QStringLiteral("full_name"),
                              QCoreApplication::translate("motcua::identity", "The full name is missing."));
    }
    if (Status valid = validatePassword(password, QStringLiteral("password")); !valid) {
        return valid;
    }
    if (user.roles.isEmpty()) {
        return Error::invalid(QStringLiteral("roles"),
                              QCoreApplication::translate("motcua::identity", "Give the user at least one role."));
    }
    return {};
}

Status Accounts::validatePassword(const QString& password, const QString& field)
{
    if (password.size() < 8) {
        return Error::invalid(
            field, QCoreApplication::translate("motcua::identity", "The password needs at least 8 characters."));
    }
    return {};
}

Status Accounts::changePassword(const User& actor, const QString& current, const QString& next)
{
    if (Status valid = validatePassword(next, QStringLiteral("new_password")); !valid) {
        return valid;
    }
    if (next == current) {
        return Error::invalid(QStringLiteral("new_password"),
                              QCoreApplication::translate("motcua::identity",
                                                          "The new password is the same as the current one."));
    }
    const QString hash = PasswordHasher::hash(next);
    return m_database.transaction([&]() -> Status {
        auto stored = m_users.passwordHash(actor.login);
        if (!stored && stored.error().code == ErrorCode::Storage) {
            return stored.error();
        }
        if (!stored || !PasswordHasher::verify(*stored, current)) {
            return Error::invalid(QStringLiteral("current_password"),
                                  QCoreApplication::translate("motcua::identity", "The current password is not right."));
        }
        return m_users.setPasswordHash(actor.id, hash);
    });
}

Result<User> Accounts::authenticate(const QString& login, const QString& password) const
{
    auto hash = m_users.passwordHash(login);
    if (!hash || !PasswordHasher::verify(*hash, password)) {
        if (!hash && hash.error().code == ErrorCode::Storage) {
            return hash.error();
        }
        return Error{ErrorCode::Forbidden, QCoreApplication::translate("motcua::identity", "Wrong login or password."),
                     QStringLiteral("password")};
    }
    return m_users.byLogin(login);
}

Result<User> Accounts::createFirstAdmin(const QString& login, const QString& fullName, const QString& password)
{
    User admin;
    admin.login = login;
    admin.fullName = fullName;
    admin.roles = {Role::Admin};
    if (Status valid = validate(admin, password); !valid) {
        return valid.error();
    }
    const QString hash = PasswordHasher::hash(password);
    // Checked and created in one write transaction: two first starts at once make one administrator.
    Result<User> created = Error{ErrorCode::IllegalState, {}, QStringLiteral("admin")};
    Status status = m_database.transaction([&]() -> Status {
        auto exists = m_users.hasAdmin();
        if (!exists) {
            return exists.error();
        }
        if (*exists) {
            return Error{ErrorCode::IllegalState,
                         QCoreApplication::translate("motcua::identity", "The database already has an administrator."),
                         QStringLiteral("admin")};
        }
        created = m_users.add(admin, hash);
        return created ? Status() : Status(created.error());
    });
    if (!status) {
        return status.error();
    }
    return created;
}

Result<User> Accounts::addUser(const User& actor, const User& given, const QString& password)
{
    User user = given;
    user.roles.clear();
    for (Role role : given.roles) {
        if (!user.roles.contains(role)) {
            user.roles.append(role); // "clerk,clerk" is one role
        }
    }
    if (!actor.has(Role::Admin)) {
        return Error{ErrorCode::Forbidden,
                     QCoreApplication::translate("motcua::identity", "Only an administrator may add users."),
                     QStringLiteral("actor")};
    }
    if (Status valid = validate(user, password); !valid) {
        return valid.error();
    }
    if (m_users.byLogin(user.login)) {
        return Error::invalid(
            QStringLiteral("login"),
            QCoreApplication::translate("motcua::identity", "The login %1 is already taken.").arg(user.login));
    }
    if (user.departmentId > 0) {
        auto departments = storage::CatalogueRepository(m_database).departments();
        if (!departments) {
            return departments.error();
        }
        if (std::none_of(departments->cbegin(), departments->cend(),
                         [&](const catalogue::Department& department) { return department.id == user.departmentId; })) {
            return Error::invalid(QStringLiteral("department"),
                                  QCoreApplication::translate("motcua::identity", "There is no such "
                                                                                  "department."));
        }
    }
    return m_users.add(user, PasswordHasher::hash(password));
}

} // namespace motcua::identity
