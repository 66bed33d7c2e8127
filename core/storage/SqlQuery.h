#pragma once

#include "core/common/Result.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace motcua::storage {

// Prepares and runs one statement with positional bound values; failures become a Storage error.
Status exec(QSqlQuery& query, const QString& sql, std::initializer_list<QVariant> values = {});
Error sqlError(const QSqlQuery& query);

} // namespace motcua::storage
