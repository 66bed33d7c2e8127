#pragma once

#include "core/storage/Database.h"

#include <QDateTime>
#include <optional>

namespace motcua::storage {

struct StoredFormTemplate {
    QString body;
    QDateTime loadedAt;
    qint64 loadedBy = 0;
};

// The agency's own printed-form templates, by form key.
class FormTemplateRepository {
public:
    explicit FormTemplateRepository(Database& database)
        : m_database(database)
    {}

    Result<std::optional<StoredFormTemplate>> find(const QString& formKey) const;
    Status save(const QString& formKey, const StoredFormTemplate& stored);
    Status remove(const QString& formKey);

private:
    Database& m_database;
};

} // namespace motcua::storage
