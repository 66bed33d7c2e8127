#pragma once

#include "core/common/Clock.h"
#include "core/identity/User.h"
#include "core/storage/Database.h"

namespace motcua::storage {

class UserRepository {
public:
    UserRepository(Database& database, const Clock& clock)
        : m_database(database)
        , m_clock(clock)
    {}

    Result<identity::User> add(const identity::User& user, const QString& passwordHash);
    Result<identity::User> byLogin(const QString& login) const;
    Result<identity::User> byId(qint64 id) const;
    Result<QString> passwordHash(const QString& login) const;
    Status setPasswordHash(qint64 userId, const QString& passwordHash);
    Result<QList<identity::User>> list() const;
    Result<bool> hasAdmin() const;

private:
    Result<identity::User> one(const QString& where, const QVariant& key) const;
    Result<QList<identity::User>> many(const QString& where, const QVariant& key) const;

    Database& m_database;
    const Clock& m_clock;
};

} // namespace motcua::storage
