#pragma once

#include "core/dossier/Dossier.h"
#include "core/dossier/DossierStore.h"
#include "core/storage/Database.h"
#include "core/storage/BulkInsert.h"
#include "core/storage/SqlQuery.h"

#include <QHash>

#include <utility>

namespace motcua::storage {

// Dossiers with their documents, step instances, pauses, extensions and event history.
// Callers change a Dossier in memory and save() it; save() writes the row only when the version read is still
// the stored one (otherwise a Conflict error: someone else changed it), and adds or updates the child rows.
// Run inside Database::transaction together with the reads that led to the change.
class DossierRepository final : public dossier::DossierStore {
public:
    explicit DossierRepository(Database& database)
        : m_database(database)
    {}
    // Writes insertMany()'s rows through `bulk` (its statements prepared once for many batches).
    DossierRepository(Database& database, BulkInsert& bulk)
        : m_database(database)
        , m_bulk(&bulk)
    {}

    Status insert(dossier::Dossier& dossier) override;
    // Writes new, complete dossiers with their documents, steps, pauses, extensions and events in a few multi-row
    // statements per table (the demo seeder's batches), and sets every id. One announcement for the lot.
    Status insertMany(QList<dossier::Dossier>& dossiers);
    Status save(dossier::Dossier& dossier) override;
    Result<dossier::Dossier> byCode(const QString& code) const override;
    Result<dossier::Dossier> byId(qint64 id) const override;
    Status replaceDocuments(const dossier::Dossier& dossier) override;

    // Next value of a named sequence (dossier codes of a day, register entries of a year); call inside the
    // transaction that uses it, so that concurrent writers never get the same number.
    Result<int> nextInSequence(const QString& scope) override;
    // Every sequence's last value, and storing last values taken elsewhere (the demo seeder numbers its dossiers in
    // memory and stores the values with each batch, in the order the scopes were first taken).
    Result<QHash<QString, int>> sequences() const;
    Status storeSequences(const QList<std::pair<QString, int>>& values);
    Result<identity::User> userByLogin(const QString& login) const override;


private:
    Status writeChildren(dossier::Dossier& dossier);
    // The new events, linked to the chain of dossier_event (HistoryChain).
    Status writeEvents(dossier::Dossier& dossier);
    // A schema before the chain (a test of an older migration): the events as they were written then.
    Status writeUnchained(qint64 dossierId, const QList<dossier::Event*>& added);
    Status insertDocuments(const dossier::Dossier& dossier);
    Result<dossier::Dossier> load(const QString& condition, const QVariant& key, const QString& notFound) const;
    // Tells the other workstations, at commit, that the dossier changed (PostgreSQL; nothing on SQLite).
    Status announce(qint64 dossierId);

    Database& m_database;
    BulkInsert* m_bulk = nullptr;
};

} // namespace motcua::storage
