#include "core/demo/ReplayStore.h"

namespace motcua::demo {

Result<dossier::Dossier> ReplayStore::byCode(const QString& code) const
{
    const auto found = m_dossiers.constFind(code);
    if (found == m_dossiers.cend()) {
        return Error{ErrorCode::NotFound, QStringLiteral("replayed dossier %1 is not in the replay").arg(code),
                     QStringLiteral("code")};
    }
    return *found;
}

Result<dossier::Dossier> ReplayStore::byId(qint64 id) const
{
    return Error{ErrorCode::NotFound, QStringLiteral("replayed dossiers are read by code, not by id %1").arg(id),
                 QStringLiteral("id")};
}

Result<identity::User> ReplayStore::userByLogin(const QString& login) const
{
    if (const auto found = m_users.constFind(login); found != m_users.cend()) {
        return *found;
    }
    return Error{ErrorCode::NotFound, QStringLiteral("the replay has no account %1").arg(login),
                 QStringLiteral("login")};
}

Result<int> ReplayStore::nextInSequence(const QString& scope)
{
    auto found = m_sequences.find(scope);
    if (found == m_sequences.end()) {
        found = m_sequences.insert(scope, 0);
    }
    if (!m_taken.contains(scope)) {
        m_taken.append(scope);
    }
    return ++*found;
}

Status ReplayStore::insert(dossier::Dossier& dossier)
{
    dossier.version = 1;
    m_dossiers.insert(dossier.code, dossier);
    return {};
}

Status ReplayStore::save(dossier::Dossier& dossier)
{
    const auto found = m_dossiers.find(dossier.code);
    if (found == m_dossiers.end() || found->version != dossier.version) {
        return Error{ErrorCode::Conflict, QStringLiteral("replayed dossier %1 out of step").arg(dossier.code),
                     QStringLiteral("version")};
    }
    ++dossier.version;
    *found = dossier;
    return {};
}

void ReplayStore::flush(const QString& code)
{
    if (m_dossiers.contains(code)) {
        m_pending.append(code);
    }
}

ReplayStore::Batch ReplayStore::take()
{
    Batch batch;
    batch.dossiers.reserve(m_pending.size());
    for (const QString& code : std::as_const(m_pending)) {
        batch.dossiers.append(m_dossiers.take(code));
    }
    m_pending.clear();
    batch.sequences.reserve(m_taken.size());
    for (const QString& scope : std::as_const(m_taken)) {
        batch.sequences.append({scope, m_sequences.value(scope)});
    }
    m_taken.clear();
    return batch;
}

} // namespace motcua::demo
