#pragma once

#include "core/dossier/DossierStore.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <utility>

namespace motcua::demo {

// Keeps the dossiers of a replayed history in memory, touching no database, so that the replay runs on a thread of
// its own while the seeder writes what it finished. A dossier is complete when its history ends (flush) and taken
// with the next batch (take). Sequences start at the database's last values and are counted here; each batch
// carries the values taken since the batch before, for the writer to store with it.
class ReplayStore final : public dossier::DossierStore {
public:
    // `sequences`: every sequence's last value when the replay starts; `users`: the accounts it acts as, by login.
    ReplayStore(QHash<QString, int> sequences, QHash<QString, identity::User> users)
        : m_sequences(std::move(sequences))
        , m_users(std::move(users))
    {}

    Result<dossier::Dossier> byCode(const QString& code) const override;
    // Replayed dossiers are always read by their code.
    Result<dossier::Dossier> byId(qint64 id) const override;
    Status insert(dossier::Dossier& dossier) override;
    Status save(dossier::Dossier& dossier) override;
    // The dossier in memory holds its documents, written with it.
    Status replaceDocuments(const dossier::Dossier&) override { return {}; }
    Result<int> nextInSequence(const QString& scope) override;
    Result<identity::User> userByLogin(const QString& login) const override;

    // The dossier's history is complete: it goes with the next batch.
    void flush(const QString& code);

    struct Batch {
        QList<dossier::Dossier> dossiers;             // complete, in the order their histories ended
        QList<std::pair<QString, int>> sequences;     // last values, in the order the scopes were first taken
    };
    Batch take();

private:
    QHash<QString, int> m_sequences;
    QHash<QString, identity::User> m_users;
    QHash<QString, dossier::Dossier> m_dossiers;
    QStringList m_pending;
    QStringList m_taken; // scopes taken since the last batch, in order
};

} // namespace motcua::demo
