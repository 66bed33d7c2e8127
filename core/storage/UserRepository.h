#pragma once

#include "core/identity/User.h"
#include "core/storage/Database.h"

namespace motcua::storage {

class UserRepository {
public:
    explicit UserRepository(Database& database)
        : m_database(database)
    {}

    // A new account, created at `createdAt`.
    Result<identity::User> add(const identity::User& user, const QString& passwordHash, const QDateTime& createdAt);
    Result<identity::User> byLogin(const QString& login) const;
    Result<identity::User> byId(qint64 id) const;
    Result<QString> passwordHash(const QString& login) const;
    // The new hash; `mustChange` when an administrator set a temporary password.
    Status setPasswordHash(qint64 userId, const QString& passwordHash, bool mustChange = false);
    // Name, department and roles (the login never changes).
    Status update(const identity::User& user);
    Status setActive(qint64 userId, bool active);
    Status setLock(qint64 userId, int failedAttempts, const QDateTime& lockedUntil);
    // The hash whatever the account's state (signing in says why a disabled or locked account is refused).
    Result<QString> anyPasswordHash(const QString& login) const;
    Result<QList<identity::User>> list() const;
    Result<bool> hasAdmin() const;

private:
    Result<identity::User> one(const QString& where, const QVariant& key) const;
    Result<QList<identity::User>> many(const QString& where, const QVariant& key) const;

    Database& m_database;
};

} // namespace motcua::storage
