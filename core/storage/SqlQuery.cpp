#include "core/storage/SqlQuery.h"

#include "core/common/Logging.h"

#include <QCoreApplication>

namespace motcua::storage {

QString statusIn(dossier::StatusGroup group, const QString& column)
{
    QStringList codes;
    for (dossier::DossierStatus status : dossier::statusesIn(group)) {
        codes << QString::number(static_cast<int>(status));
    }
    return QStringLiteral("%1 IN (%2)").arg(column, codes.join(QStringLiteral(", ")));
}

Error sqlError(const QSqlQuery& query)
{
    qCWarning(lcStorage) << "SQL failed:" << query.lastQuery() << query.lastError().text();
    return Error::storage(QCoreApplication::translate("motcua::storage", "The database reported an error: %1")
                              .arg(query.lastError().text()));
}

Status exec(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    if (!query.prepare(sql)) {
        return sqlError(query);
    }
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return sqlError(query);
    }
    return {};
}

} // namespace motcua::storage
