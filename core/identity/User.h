#pragma once

#include "core/identity/Role.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace motcua::identity {

struct User {
    qint64 id = 0;
    QString login;
    QString fullName;
    qint64 departmentId = 0; // 0: none
    QList<Role> roles;
    bool active = true;              // a disabled user cannot sign in; their history stays theirs
    bool mustChangePassword = false; // set by a password reset, cleared by the user's own change
    int failedAttempts = 0;          // failed sign-ins since the last success or lock
    QDateTime lockedUntil;           // null: not locked

    bool lockedAt(const QDateTime& now) const { return lockedUntil.isValid() && lockedUntil > now; }

    bool has(Role role) const { return roles.contains(role); }
};

} // namespace motcua::identity
