#include "core/demo/ReplayStore.h"

namespace motcua::demo {

Result<dossier::Dossier> ReplayStore::byCode(const QString& code) const
{
    const auto found = m_dossiers.constFind(code);
    if (found == m_dossiers.cend()) {
        return m_database.byCode(code);
    }
    return *found;
}

Result<identity::User> ReplayStore::userByLogin(const QString& login) const
{
    if (const auto found = m_users.constFind(login); found != m_users.cend()) {
        return *found;
    }
    auto user = m_database.userByLogin(login);
    if (user) {
        m_users.insert(login, *user);
    }
    return user;
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

namespace {

// Dossiers written in one batch: large enough that the statements are few, small enough that the rows of a batch
// stay a few megabytes.
constexpr qsizetype kBatch = 500;

} // namespace

Status ReplayStore::flush(const QString& code)
{
    if (!m_dossiers.contains(code)) {
        return {};
    }
    m_pending.append(code);
    return m_pending.size() >= kBatch ? writePending() : Status();
}

Status ReplayStore::writePending()
{
    QList<dossier::Dossier> batch;
    batch.reserve(m_pending.size());
    for (const QString& code : std::as_const(m_pending)) {
        batch.append(m_dossiers.take(code));
    }
    m_pending.clear();
    return m_database.insertMany(batch);
}

} // namespace motcua::demo
