#pragma once

#include "core/catalogue/Catalogue.h"
#include "core/catalogue/CatalogueSnapshot.h"
#include "core/storage/Database.h"

namespace motcua::storage {

// Agency, departments, procedures and their process versions; the database's catalogue source.
class CatalogueRepository final : public catalogue::CatalogueSource {
public:
    explicit CatalogueRepository(Database& database)
        : m_database(database)
    {}

    // Imports a catalogue in one transaction: the agency is replaced, departments and procedures are added or
    // updated by code, process versions are added by issue. A process version that dossiers already run on is
    // never changed: importing a different text under its issue number is refused (publish a new issue).
    Status import(const catalogue::Catalogue& catalogue);
    Result<catalogue::Catalogue> load() const;
    Result<catalogue::CatalogueSnapshot> snapshot() const;

    Result<catalogue::Agency> agency() const override; // NotFound before the first import
    Result<QList<catalogue::Department>> departments() const;
    Result<catalogue::Department> department(qint64 id) const;
    Result<catalogue::Procedure> procedure(const QString& code) const override;
    Result<catalogue::Procedure> procedureById(qint64 id) const override;

private:
    Result<catalogue::Procedure> loadProcedure(const QString& where, const QVariant& key) const;
    Status importProcedure(const catalogue::Procedure& procedure, int index, const QHash<QString, qint64>& departments);

    Database& m_database;
};

} // namespace motcua::storage
