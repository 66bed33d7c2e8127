#include "core/identity/Role.h"

#include <QCoreApplication>

namespace motcua::identity {

QList<Role> allRoles()
{
    return {Role::Clerk, Role::Specialist, Role::Head, Role::Leader, Role::Admin};
}

QString roleKey(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Specialist:
        return QStringLiteral("specialist");
    case Role::Head:
        return QStringLiteral("head");
    case Role::Leader:
        return QStringLiteral("leader");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString& key)
{
    for (Role role : allRoles()) {
        if (roleKey(role) == key) {
            return role;
        }
    }
    return std::nullopt;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QCoreApplication::translate("motcua::identity", "Receiving clerk");
    case Role::Specialist:
        return QCoreApplication::translate("motcua::identity", "Specialist");
    case Role::Head:
        return QCoreApplication::translate("motcua::identity", "Head of department");
    case Role::Leader:
        return QCoreApplication::translate("motcua::identity", "Agency leader");
    case Role::Admin:
        return QCoreApplication::translate("motcua::identity", "Administrator");
    }
    return {};
}

} // namespace motcua::identity
