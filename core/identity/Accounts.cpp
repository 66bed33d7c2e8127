#include "core/identity/Accounts.h"

#include "core/common/TextBounds.h"
#include "core/identity/PasswordHasher.h"
#include "core/storage/AdminLog.h"
#include "core/storage/CatalogueRepository.h"
#include "core/storage/Settings.h"

#include <QJsonArray>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSysInfo>

#include <algorithm>

namespace motcua::identity {

using Outcome = storage::SignInLogEntry::Outcome;

namespace {

QJsonArray roleKeys(const QList<Role>& roles)
{
    QJsonArray keys;
    for (Role role : roles) {
        keys.append(roleKey(role));
    }
    return keys;
}

QString temporaryPassword()
{
    // No 0/O, 1/l/I: read aloud or copied from a note without mistakes.
    static const QString alphabet = QStringLiteral("abcdefghijkmnpqrstuvwxyz23456789ABCDEFGHJKLMNPQRSTUVWXYZ");
    QString password;
    for (int i = 0; i < 12; ++i) {
        password += alphabet.at(static_cast<int>(QRandomGenerator::system()->bounded(alphabet.size())));
    }
    return password;
}

} // namespace

Accounts::Accounts(storage::Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
    , m_users(database)
{}

Status Accounts::validate(const User& user, const QString& password)
{
    static const QRegularExpression login(QStringLiteral("^[a-z0-9._-]{3,32}$"));
    if (!login.match(user.login).hasMatch()) {
        return Error::invalid(QStringLiteral("login"), tr("The login needs 3 to 32 characters among a-z, "
                                                          "0-9, dot, dash and underscore."));
    }
    if (user.fullName.trimmed().isEmpty()) {
        return Error::invalid(QStringLiteral("full_name"), tr("The full name is missing."));
    }
    if (Status bounded = TextBounds::check(user.fullName, TextKind::Name, QStringLiteral("full_name")); !bounded) {
        return bounded;
    }
    if (Status valid = validatePassword(password, QStringLiteral("password"), user.login); !valid) {
        return valid;
    }
    if (user.roles.isEmpty()) {
        return Error::invalid(QStringLiteral("roles"), tr("Give the user at least one role."));
    }
    return {};
}

Status Accounts::validatePassword(const QString& password, const QString& field, const QString& login)
{
    if (password.size() < 10) {
        return Error::invalid(field, tr("The password needs at least 10 characters."));
    }
    if (password.compare(login, Qt::CaseInsensitive) == 0) {
        return Error::invalid(field, tr("The password must not be the login."));
    }
    return {};
}

QString Accounts::lockedMessage(const QDateTime& until)
{
    return tr("The account is locked after too many failed sign-ins, until %1. Wait, or ask the administrator "
              "to unlock it.")
        .arg(until.toString(QStringLiteral("HH:mm dd/MM/yyyy")));
}

Status Accounts::requireAdmin(const User& actor) const
{
    if (!actor.has(Role::Admin)) {
        return Error{ErrorCode::Forbidden, tr("Only an administrator may manage users."), QStringLiteral("actor")};
    }
    return {};
}

Result<User> Accounts::target(const QString& login) const
{
    auto user = m_users.byLogin(login);
    if (!user && user.error().code == ErrorCode::NotFound) {
        return Error{ErrorCode::NotFound, tr("There is no user %1.").arg(login), QStringLiteral("login")};
    }
    return user;
}

Status Accounts::log(const User& actor, const QString& action, const User& user, const QJsonObject& more)
{
    QJsonObject details = more;
    details.insert(QStringLiteral("login"), user.login);
    return storage::AdminLog(m_database, m_clock).append(actor.id, action, details);
}

Status Accounts::logSignIn(const QString& login, qint64 userId, Outcome outcome)
{
    return storage::SignInLog(m_database, m_clock).append(login, userId, QSysInfo::machineHostName(), outcome);
}

Result<QList<storage::SignInLogEntry>> Accounts::signInLog(int limit) const
{
    return storage::SignInLog(m_database, m_clock).entries(limit);
}

Status Accounts::changePassword(const User& actor, const QString& current, const QString& next)
{
    if (Status valid = validatePassword(next, QStringLiteral("new_password"), actor.login); !valid) {
        return valid;
    }
    if (next == current) {
        return Error::invalid(QStringLiteral("new_password"), tr("The new password is the same as the current one."));
    }
    const QString hash = PasswordHasher::hash(next);
    return m_database.transaction([&]() -> Status {
        auto stored = m_users.passwordHash(actor.login);
        if (!stored && stored.error().code == ErrorCode::Storage) {
            return stored.error();
        }
        if (!stored || !PasswordHasher::verify(*stored, current)) {
            return Error::invalid(QStringLiteral("current_password"), tr("The current password is not right."));
        }
        if (Status set = m_users.setPasswordHash(actor.id, hash); !set) {
            return set;
        }
        return log(actor, QStringLiteral("user.password_changed"), actor);
    });
}

Result<User> Accounts::authenticate(const QString& login, const QString& password)
{
    const Error wrong{ErrorCode::Forbidden, tr("Wrong login or password."), QStringLiteral("password")};
    auto user = m_users.byLogin(login);
    if (!user) {
        if (user.error().code != ErrorCode::NotFound) {
            return user.error();
        }
        if (Status logged = m_database.transaction([&] { return logSignIn(login, 0, Outcome::Failure); }); !logged) {
            return logged.error();
        }
        return wrong;
    }
    const QDateTime now = m_clock.now();
    if (user->lockedAt(now)) {
        // While locked the password is not even tried: guessing goes no further.
        if (Status logged = m_database.transaction([&] { return logSignIn(login, user->id, Outcome::Locked); });
            !logged) {
            return logged.error();
        }
        return Error{ErrorCode::IllegalState, lockedMessage(user->lockedUntil), QStringLiteral("login")};
    }
    auto hash = m_users.anyPasswordHash(login);
    if (!hash) {
        return hash.error();
    }
    const bool right = PasswordHasher::verify(*hash, password); // slow on purpose: outside the write lock
    const storage::Settings settings(m_database, m_clock);
    Result<User> outcome = wrong;
    Status status = m_database.transaction([&]() -> Status {
        auto fresh = m_users.byId(user->id); // another workstation may have failed meanwhile
        if (!fresh) {
            return fresh.error();
        }
        if (!right) {
            const int failures = (fresh->lockedUntil.isValid() ? 0 : fresh->failedAttempts) + 1;
            if (failures >= settings.lockoutAttempts()) {
                const QDateTime until = now.addSecs(60LL * settings.lockoutMinutes());
                outcome = Error{ErrorCode::IllegalState, lockedMessage(until), QStringLiteral("login")};
                if (Status locked = m_users.setLock(fresh->id, 0, until); !locked) {
                    return locked;
                }
                return logSignIn(login, fresh->id, Outcome::Locked);
            }
            if (Status counted = m_users.setLock(fresh->id, failures, {}); !counted) {
                return counted;
            }
            return logSignIn(login, fresh->id, Outcome::Failure);
        }
        if (!fresh->active) {
            outcome = Error{ErrorCode::IllegalState,
                            tr("The account %1 is disabled. Ask the administrator.").arg(login),
                            QStringLiteral("login")};
            return logSignIn(login, fresh->id, Outcome::Disabled);
        }
        if (Status cleared = m_users.setLock(fresh->id, 0, {}); !cleared) {
            return cleared;
        }
        fresh.value().failedAttempts = 0;
        fresh.value().lockedUntil = {};
        outcome = *fresh;
        return logSignIn(login, fresh->id, Outcome::Success);
    });
    if (!status) {
        return status.error();
    }
    return outcome;
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
            return Error{ErrorCode::IllegalState, tr("The database already has an administrator."),
                         QStringLiteral("admin")};
        }
        created = m_users.add(admin, hash, m_clock.now());
        if (!created) {
            return created.error();
        }
        return log(*created, QStringLiteral("user.added"), *created, {{QStringLiteral("roles"), roleKeys(admin.roles)}});
    });
    if (!status) {
        return status.error();
    }
    return created;
}

Status Accounts::validateProfile(User& user) const
{
    QList<Role> roles;
    for (Role role : user.roles) {
        if (!roles.contains(role)) {
            roles.append(role); // "clerk,clerk" is one role
        }
    }
    user.roles = roles;
    if (user.fullName.trimmed().isEmpty()) {
        return Error::invalid(QStringLiteral("full_name"), tr("The full name is missing."));
    }
    if (Status bounded = TextBounds::check(user.fullName, TextKind::Name, QStringLiteral("full_name")); !bounded) {
        return bounded;
    }
    user.fullName = user.fullName.trimmed();
    if (user.roles.isEmpty()) {
        return Error::invalid(QStringLiteral("roles"), tr("Give the user at least one role."));
    }
    if (user.departmentId > 0) {
        auto departments = storage::CatalogueRepository(m_database).departments();
        if (!departments) {
            return departments.error();
        }
        if (std::none_of(departments->cbegin(), departments->cend(),
                         [&](const catalogue::Department& department) { return department.id == user.departmentId; })) {
            return Error::invalid(QStringLiteral("department"), tr("There is no such department."));
        }
    }
    return {};
}

Result<User> Accounts::addUser(const User& actor, const User& given, const QString& password)
{
    User user = given;
    if (Status admin = requireAdmin(actor); !admin) {
        return admin.error();
    }
    if (Status valid = validate(user, password); !valid) {
        return valid.error();
    }
    if (Status valid = validateProfile(user); !valid) {
        return valid.error();
    }
    if (m_users.byLogin(user.login)) {
        return Error::invalid(QStringLiteral("login"), tr("The login %1 is already taken.").arg(user.login));
    }
    const QString hash = PasswordHasher::hash(password);
    Result<User> added = Error{ErrorCode::IllegalState, {}, QStringLiteral("login")};
    Status status = m_database.transaction([&]() -> Status {
        added = m_users.add(user, hash, m_clock.now());
        if (!added) {
            return added.error();
        }
        return log(actor, QStringLiteral("user.added"), *added,
                   {{QStringLiteral("name"), user.fullName},
                    {QStringLiteral("roles"), roleKeys(user.roles)},
                    {QStringLiteral("department_id"), user.departmentId}});
    });
    if (!status) {
        return status.error();
    }
    return added;
}

Result<User> Accounts::editUser(const User& actor, const User& changed)
{
    if (Status admin = requireAdmin(actor); !admin) {
        return admin.error();
    }
    auto existing = target(changed.login);
    if (!existing) {
        return existing.error();
    }
    User user = *existing;
    user.fullName = changed.fullName;
    user.roles = changed.roles;
    user.departmentId = changed.departmentId;
    if (Status valid = validateProfile(user); !valid) {
        return valid.error();
    }
    if (user.id == actor.id && !user.has(Role::Admin)) {
        return Error::invalid(QStringLiteral("roles"), tr("You cannot take the administrator role from yourself."));
    }
    Status status = m_database.transaction([&]() -> Status {
        if (Status updated = m_users.update(user); !updated) {
            return updated;
        }
        return log(actor, QStringLiteral("user.edited"), user,
                   {{QStringLiteral("old"), QJsonObject{{QStringLiteral("name"), existing->fullName},
                                                        {QStringLiteral("roles"), roleKeys(existing->roles)},
                                                        {QStringLiteral("department_id"), existing->departmentId}}},
                    {QStringLiteral("new"), QJsonObject{{QStringLiteral("name"), user.fullName},
                                                        {QStringLiteral("roles"), roleKeys(user.roles)},
                                                        {QStringLiteral("department_id"), user.departmentId}}}});
    });
    if (!status) {
        return status.error();
    }
    return m_users.byId(user.id);
}

Status Accounts::setActive(const User& actor, const QString& login, bool active)
{
    if (Status admin = requireAdmin(actor); !admin) {
        return admin;
    }
    auto user = target(login);
    if (!user) {
        return user.error();
    }
    if (!active && user->id == actor.id) {
        return Error{ErrorCode::IllegalState, tr("You cannot disable your own account."), QStringLiteral("login")};
    }
    if (user->active == active) {
        return Error{ErrorCode::IllegalState,
                     active ? tr("The user %1 is already enabled.").arg(login)
                            : tr("The user %1 is already disabled.").arg(login),
                     QStringLiteral("login")};
    }
    return m_database.transaction([&]() -> Status {
        if (Status set = m_users.setActive(user->id, active); !set) {
            return set;
        }
        return log(actor, active ? QStringLiteral("user.enabled") : QStringLiteral("user.disabled"), *user);
    });
}

Result<QString> Accounts::resetPassword(const User& actor, const QString& login, const QString& given)
{
    if (Status admin = requireAdmin(actor); !admin) {
        return admin.error();
    }
    auto user = target(login);
    if (!user) {
        return user.error();
    }
    const QString temporary = given.isEmpty() ? temporaryPassword() : given;
    if (Status valid = validatePassword(temporary, QStringLiteral("password"), login); !valid) {
        return valid.error();
    }
    const QString hash = PasswordHasher::hash(temporary);
    Status status = m_database.transaction([&]() -> Status {
        if (Status set = m_users.setPasswordHash(user->id, hash, true); !set) {
            return set;
        }
        if (Status unlocked = m_users.setLock(user->id, 0, {}); !unlocked) {
            return unlocked;
        }
        return log(actor, QStringLiteral("user.password_reset"), *user); // never the password itself
    });
    if (!status) {
        return status.error();
    }
    return temporary;
}

Status Accounts::unlock(const User& actor, const QString& login)
{
    if (Status admin = requireAdmin(actor); !admin) {
        return admin;
    }
    auto user = target(login);
    if (!user) {
        return user.error();
    }
    if (!user->lockedAt(m_clock.now()) && user->failedAttempts == 0) {
        return Error{ErrorCode::IllegalState, tr("The user %1 is not locked.").arg(login), QStringLiteral("login")};
    }
    return m_database.transaction([&]() -> Status {
        if (Status unlocked = m_users.setLock(user->id, 0, {}); !unlocked) {
            return unlocked;
        }
        if (Status logged = logSignIn(login, user->id, Outcome::Unlocked); !logged) {
            return logged;
        }
        return log(actor, QStringLiteral("user.unlocked"), *user);
    });
}

} // namespace motcua::identity
