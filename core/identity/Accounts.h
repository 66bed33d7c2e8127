#pragma once

#include "core/common/Clock.h"
#include "core/identity/User.h"
#include "core/storage/SignInLog.h"
#include "core/storage/UserRepository.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace motcua::identity {

// User accounts: the first administrator; adding, editing, disabling and enabling users, resetting a password and
// unlocking an account (administrators only, each change in the administration log of the same transaction);
// signing in, with the lock after repeated failures and the sign-in log.
class Accounts {
    Q_DECLARE_TR_FUNCTIONS(motcua::identity)

public:
    Accounts(storage::Database& database, const Clock& clock);

    // Counts a failure toward the lock (settings lockout.attempts and lockout.minutes) and logs every outcome
    // with this workstation's name. A disabled or locked account is refused with a message saying so (IllegalState,
    // field "login"); a wrong login or password is Forbidden. The user returned may have to change the password
    // first (mustChangePassword): the caller enforces it.
    Result<User> authenticate(const QString& login, const QString& password);
    // Only while the database has no administrator.
    Result<User> createFirstAdmin(const QString& login, const QString& fullName, const QString& password);
    Result<User> addUser(const User& actor, const User& user, const QString& password);
    // Name, roles and department of the user with `changed.login`.
    Result<User> editUser(const User& actor, const User& changed);
    // Never deleted: a disabled user cannot sign in and keeps their history.
    Status setActive(const User& actor, const QString& login, bool active);
    // A temporary password (generated when `temporary` is empty) that must be changed at the next sign-in; also
    // unlocks the account. Returns the temporary password.
    Result<QString> resetPassword(const User& actor, const QString& login, const QString& temporary = {});
    Status unlock(const User& actor, const QString& login);
    // The signed-in user's own password, after the current one is given again.
    Status changePassword(const User& actor, const QString& current, const QString& next);
    Result<QList<User>> list() const { return m_users.list(); }
    Result<bool> hasAdmin() const { return m_users.hasAdmin(); }
    Result<User> byLogin(const QString& login) const { return m_users.byLogin(login); }
    Result<User> byId(qint64 id) const { return m_users.byId(id); }
    Result<QList<storage::SignInLogEntry>> signInLog(int limit = 1000) const;

    static Status validate(const User& user, const QString& password);
    // At least 10 characters and not the login.
    static Status validatePassword(const QString& password, const QString& field, const QString& login);
    static QString lockedMessage(const QDateTime& until);

private:
    Status requireAdmin(const User& actor) const;
    Status validateProfile(User& user) const; // roles deduplicated, department known
    Status log(const User& actor, const QString& action, const User& user, const QJsonObject& more = {});
    Status logSignIn(const QString& login, qint64 userId, storage::SignInLogEntry::Outcome outcome);
    Result<User> target(const QString& login) const;

    storage::Database& m_database;
    const Clock& m_clock;
    storage::UserRepository m_users;
};

} // namespace motcua::identity
