#pragma once

#include "core/dossier/DossierStore.h"
#include "core/storage/DossierRepository.h"

#include <QHash>

namespace motcua::demo {

// Keeps the dossiers of a replayed history in memory and writes each one to the database once, complete, when its
// history ends (flush): a few hundred at a time in multi-row statements, and the rest at writePending(), which the
// seeder calls before each transaction commits. Sequences come from the database, so codes stay unique.
class ReplayStore final : public dossier::DossierStore {
public:
    explicit ReplayStore(storage::Database& database)
        : m_statements(database.connection())
        , m_database(database, m_statements)
    {}

    Result<dossier::Dossier> byCode(const QString& code) const override;
    // Replayed dossiers always have a code; by row means one already written.
    Result<dossier::Dossier> byId(qint64 id) const override { return m_database.byId(id); }
    Status insert(dossier::Dossier& dossier) override;
    Status save(dossier::Dossier& dossier) override;
    // The dossier in memory holds its documents, written with it at flush.
    Status replaceDocuments(const dossier::Dossier&) override { return {}; }
    Result<int> nextInSequence(const QString& scope) override { return m_database.nextInSequence(scope); }
    // The staff of a replay do not change while it runs: each account is read once.
    Result<identity::User> userByLogin(const QString& login) const override;

    // The dossier's history is complete: it is written with the next batch.
    Status flush(const QString& code);
    Status writePending();

private:
    storage::StatementCache m_statements;
    storage::DossierRepository m_database;
    mutable QHash<QString, identity::User> m_users;
    QHash<QString, dossier::Dossier> m_dossiers;
    QStringList m_pending; // complete, in the order their histories ended

};

} // namespace motcua::demo
