#pragma once

#include "core/identity/Role.h"

#include <QList>
#include <QString>

namespace motcua::identity {

struct User {
    qint64 id = 0;
    QString login;
    QString fullName;
    qint64 departmentId = 0; // 0: none
    QList<Role> roles;
    bool active = true;

    bool has(Role role) const { return roles.contains(role); }
};

} // namespace motcua::identity
