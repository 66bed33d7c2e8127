#pragma once

#include "core/common/Clock.h"
#include "core/identity/User.h"
#include "core/storage/UserRepository.h"

namespace motcua::identity {

// User accounts: the first administrator, adding users (administrators only), signing in.
class Accounts {
public:
    Accounts(storage::Database& database, const Clock& clock);

    Result<User> authenticate(const QString& login, const QString& password) const;
    // Only while the database has no administrator.
    Result<User> createFirstAdmin(const QString& login, const QString& fullName, const QString& password);
    Result<User> addUser(const User& actor, const User& user, const QString& password);
    // The signed-in user's own password, after the current one is given again.
    Status changePassword(const User& actor, const QString& current, const QString& next);
    Result<QList<User>> list() const { return m_users.list(); }
    Result<bool> hasAdmin() const { return m_users.hasAdmin(); }
    Result<User> byLogin(const QString& login) const { return m_users.byLogin(login); }
    Result<User> byId(qint64 id) const { return m_users.byId(id); }

    static Status validate(const User& user, const QString& password);
    static Status validatePassword(const QString& password, const QString& field);

private:
    storage::Database& m_database;
    storage::UserRepository m_users;
};

} // namespace motcua::identity
