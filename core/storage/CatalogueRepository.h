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

    // The administrator's edits (CatalogueAdmin runs them inside its transaction, with the administration log).
    // A procedure is added or updated by code with its documents; its process versions are left as they are.
    Result<qint64> saveProcedure(const catalogue::Procedure& procedure);
    // A new process version of the procedure; its steps are numbered in order.
    Result<qint64> addProcess(qint64 procedureId, const catalogue::ProcessVersion& version);
    // Rewrites a process version in place: only for one no dossier runs on (the caller checks).
    Status replaceProcess(qint64 processId, const catalogue::ProcessVersion& version);
    // How many dossiers run on this process version.
    Result<qint64> dossiersOnProcess(qint64 processId) const;

private:
    Result<QHash<QString, qint64>> departmentIds() const;
    Result<qint64> writeProcedure(const catalogue::Procedure& procedure, const QHash<QString, qint64>& departments);
    Result<qint64> insertProcess(qint64 procedureId, const catalogue::ProcessVersion& version,
                                 const QHash<QString, qint64>& departments);
    Status writeProcess(qint64 processId, const catalogue::ProcessVersion& version,
                        const QHash<QString, qint64>& departments);
    Status insertSteps(qint64 processId, const QList<catalogue::ProcessStep>& steps,
                       const QHash<QString, qint64>& departments);
    Result<catalogue::Procedure> loadProcedure(const QString& where, const QVariant& key) const;
    Status importProcedure(const catalogue::Procedure& procedure, int index, const QHash<QString, qint64>& departments);

    Database& m_database;
};

} // namespace motcua::storage
