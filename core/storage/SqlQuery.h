#pragma once

#include "core/common/Result.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace motcua::storage {

// Prepares and runs one statement with positional bound values; failures become a Storage error.
Status exec(QSqlQuery& query, const QString& sql, const QVariantList& values = {});
Error sqlError(const QSqlQuery& query);

} // namespace motcua::storage
