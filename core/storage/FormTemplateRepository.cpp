#include "core/storage/FormTemplateRepository.h"

#include "core/storage/StoredMoment.h"
#include "core/storage/SqlQuery.h"

namespace motcua::storage {

Result<std::optional<StoredFormTemplate>> FormTemplateRepository::find(const QString& formKey) const
{
    QSqlQuery query(m_database.connection());
    if (Status status =
            exec(query, QStringLiteral("SELECT body, loaded_at, loaded_by FROM form_template WHERE form_key = ?"),
                 {formKey});
        !status) {
        return status.error();
    }
    if (!query.next()) {
        return std::optional<StoredFormTemplate>();
    }
    return std::optional<StoredFormTemplate>(
        StoredFormTemplate{query.value(0).toString(), momentFromStored(query.value(1)), query.value(2).toLongLong()});
}

Status FormTemplateRepository::save(const QString& formKey, const StoredFormTemplate& stored)
{
    return m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        return exec(
            query,
            QStringLiteral("INSERT INTO form_template (form_key, body, loaded_at, loaded_by) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (form_key) DO UPDATE SET body = excluded.body, "
                           "loaded_at = excluded.loaded_at, loaded_by = excluded.loaded_by"),
            {formKey, stored.body, storedMoment(stored.loadedAt), stored.loadedBy});
    });
}

Status FormTemplateRepository::remove(const QString& formKey)
{
    return m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        return exec(query, QStringLiteral("DELETE FROM form_template WHERE form_key = ?"), {formKey});
    });
}

} // namespace motcua::storage
