#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace motcua::identity {

// What a user may do; a user may hold several roles.
enum class Role { Clerk, Specialist, Head, Leader, Admin };

QString roleKey(Role role); // "clerk" | "specialist" | "head" | "leader" | "admin"
std::optional<Role> roleFromKey(const QString& key);
QString roleName(Role role); // translated: "Cán bộ tiếp nhận" …
QList<Role> allRoles();

} // namespace motcua::identity
