#pragma once

#include "core/dossier/DossierStore.h"
#include "core/storage/DossierRepository.h"

#include <QHash>

namespace motcua::demo {

// Keeps the dossiers of a replayed history in memory and writes each one to the database once, complete,
// when its history ends (flush). Sequences come from the database, so codes stay unique.
class ReplayStore final : public dossier::DossierStore {
public:
    explicit ReplayStore(storage::Database& database)
        : m_database(database)
    {}

    Result<dossier::Dossier> byCode(const QString& code) const override;
    // Replayed dossiers always have a code; by row means one already written.
    Result<dossier::Dossier> byId(qint64 id) const override { return m_database.byId(id); }
    Status insert(dossier::Dossier& dossier) override;
    Status save(dossier::Dossier& dossier) override;
    // The dossier in memory holds its documents, written with it at flush.
    Status replaceDocuments(const dossier::Dossier&) override { return {}; }
    Result<int> nextInSequence(const QString& scope) override { return m_database.nextInSequence(scope); }

    Status flush(const QString& code);

private:
    storage::DossierRepository m_database;
    QHash<QString, dossier::Dossier> m_dossiers;
};

} // namespace motcua::demo
