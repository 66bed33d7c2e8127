#include "core/storage/UserRepository.h"

#include "core/storage/SqlQuery.h"
#include "core/storage/StoredMoment.h"

#include <QCoreApplication>

namespace motcua::storage {

using identity::User;

Result<User> UserRepository::add(const User& user, const QString& passwordHash, const QDateTime& createdAt)
{
    qint64 id = 0;
    Status status = m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        if (Status inserted =
                exec(query,
                     QStringLiteral("INSERT INTO user_account (login, full_name, department_id, "
                                    "password_hash, active, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                     {user.login, user.fullName, user.departmentId > 0 ? QVariant(user.departmentId) : QVariant(),
                      passwordHash, user.active ? 1 : 0, createdAt.toString(Qt::ISODate)});
            !inserted) {
            return inserted;
        }
        id = returnedId(query);
        for (identity::Role role : user.roles) {
            if (Status added = exec(query, QStringLiteral("INSERT INTO user_role (user_id, role) VALUES (?, ?)"),
                                    {id, identity::roleKey(role)});
                !added) {
                return added;
            }
        }
        return {};
    });
    if (!status) {
        return status.error();
    }
    return byId(id);
}

Result<QList<User>> UserRepository::many(const QString& where, const QVariant& key) const
{
    QSqlQuery query(m_database.connection());
    const QString sql = QStringLiteral("SELECT u.id, u.login, u.full_name, coalesce(u.department_id, 0), u.active, "
                                       "(SELECT %1 FROM user_role r WHERE r.user_id = u.id), "
                                       "u.must_change_password, u.failed_attempts, u.locked_until FROM "
                                       "user_account u ")
                            .arg(m_database.dialect().commaList(QStringLiteral("role"))) +
                        where + QStringLiteral(" ORDER BY u.id");
    if (Status status = exec(query, sql, key.isValid() ? QVariantList{key} : QVariantList{}); !status) {
        return status.error();
    }
    QList<User> users;
    while (query.next()) {
        User user;
        user.id = query.value(0).toLongLong();
        user.login = query.value(1).toString();
        user.fullName = query.value(2).toString();
        user.departmentId = query.value(3).toLongLong();
        user.active = query.value(4).toBool();
        user.mustChangePassword = query.value(6).toBool();
        user.failedAttempts = query.value(7).toInt();
        user.lockedUntil = momentFromStored(query.value(8));
        for (const QString& roleKey : query.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (const auto role = identity::roleFromKey(roleKey)) {
                user.roles.append(*role);
            }
        }
        users.append(user);
    }
    return users;
}

Result<User> UserRepository::one(const QString& where, const QVariant& key) const
{
    auto users = many(where, key);
    if (!users) {
        return users.error();
    }
    if (users->isEmpty()) {
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("motcua::storage", "There is no user %1.").arg(key.toString()),
                     QStringLiteral("login")};
    }
    return users->constFirst();
}

Result<User> UserRepository::byLogin(const QString& login) const
{
    return one(QStringLiteral("WHERE u.login = ?"), login);
}

Result<User> UserRepository::byId(qint64 id) const
{
    return one(QStringLiteral("WHERE u.id = ?"), id);
}

Result<QList<User>> UserRepository::list() const
{
    return many({}, {});
}

namespace {

Status updateOne(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    if (Status status = exec(query, sql, values); !status) {
        return status;
    }
    if (query.numRowsAffected() != 1) {
        return Error{ErrorCode::NotFound, QCoreApplication::translate("motcua::storage", "The user no longer exists."),
                     QStringLiteral("user")};
    }
    return {};
}

} // namespace

Status UserRepository::setPasswordHash(qint64 userId, const QString& passwordHash, bool mustChange)
{
    QSqlQuery query(m_database.connection());
    return updateOne(query,
                     QStringLiteral("UPDATE user_account SET password_hash = ?, must_change_password = ? WHERE id = ?"),
                     {passwordHash, mustChange ? 1 : 0, userId});
}

Status UserRepository::update(const User& user)
{
    return m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        if (Status updated = updateOne(query,
                                       QStringLiteral("UPDATE user_account SET full_name = ?, department_id = ? "
                                                      "WHERE id = ?"),
                                       {user.fullName, user.departmentId > 0 ? QVariant(user.departmentId) : QVariant(),
                                        user.id});
            !updated) {
            return updated;
        }
        if (Status cleared = exec(query, QStringLiteral("DELETE FROM user_role WHERE user_id = ?"), {user.id});
            !cleared) {
            return cleared;
        }
        for (identity::Role role : user.roles) {
            if (Status added = exec(query, QStringLiteral("INSERT INTO user_role (user_id, role) VALUES (?, ?)"),
                                    {user.id, identity::roleKey(role)});
                !added) {
                return added;
            }
        }
        return {};
    });
}

Status UserRepository::setActive(qint64 userId, bool active)
{
    QSqlQuery query(m_database.connection());
    return updateOne(query, QStringLiteral("UPDATE user_account SET active = ? WHERE id = ?"), {active ? 1 : 0, userId});
}

Status UserRepository::setLock(qint64 userId, int failedAttempts, const QDateTime& lockedUntil)
{
    QSqlQuery query(m_database.connection());
    return updateOne(query, QStringLiteral("UPDATE user_account SET failed_attempts = ?, locked_until = ? WHERE id = ?"),
                     {failedAttempts, lockedUntil.isValid() ? QVariant(storedMoment(lockedUntil)) : QVariant(),
                      userId});
}

Result<QString> UserRepository::anyPasswordHash(const QString& login) const
{
    QSqlQuery query(m_database.connection());
    if (Status status = exec(query, QStringLiteral("SELECT password_hash FROM user_account WHERE login = ?"), {login});
        !status) {
        return status.error();
    }
    if (!query.next()) {
        return Error{ErrorCode::NotFound, {}, QStringLiteral("login")};
    }
    return query.value(0).toString();
}

Result<QString> UserRepository::passwordHash(const QString& login) const
{
    QSqlQuery query(m_database.connection());
    if (Status status = exec(
            query, QStringLiteral("SELECT password_hash FROM user_account WHERE login = ? AND active = 1"), {login});
        !status) {
        return status.error();
    }
    if (!query.next()) {
        return Error{ErrorCode::NotFound, {}, QStringLiteral("login")};
    }
    return query.value(0).toString();
}

Result<bool> UserRepository::hasAdmin() const
{
    QSqlQuery query(m_database.connection());
    if (Status status = exec(query, QStringLiteral("SELECT count(*) FROM user_role WHERE role = 'admin'")); !status) {
        return status.error();
    }
    query.next();
    return query.value(0).toLongLong() > 0;
}

} // namespace motcua::storage
