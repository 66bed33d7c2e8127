#pragma once

#include "core/common/Result.h"
#include "core/dossier/Dossier.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace motcua::storage {

// Prepares and runs one statement with positional bound values; failures become a Storage error.
Status exec(QSqlQuery& query, const QString& sql, const QVariantList& values = {});
Error sqlError(const QSqlQuery& query);
// An empty text for a null one: the text columns are NOT NULL with '' for nothing, and Qt binds a null QString
// as NULL.
inline QString notNullText(const QString& value)
{
    return value.isNull() ? QString(QLatin1String("")) : value;
}
// "d.status IN (2, 4)": the condition that `column` holds a status of the group (codes, never user input).
QString statusIn(dossier::StatusGroup group, const QString& column = QStringLiteral("d.status"));

} // namespace motcua::storage
