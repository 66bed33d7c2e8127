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

Status ReplayStore::flush(const QString& code)
{
    const auto found = m_dossiers.find(code);
    if (found == m_dossiers.end()) {
        return {};
    }
    dossier::Dossier dossier = *found;
    m_dossiers.erase(found);
    return m_database.insert(dossier);
}

} // namespace motcua::demo
