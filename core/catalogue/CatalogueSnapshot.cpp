#include "core/catalogue/CatalogueSnapshot.h"

#include <QCoreApplication>

namespace motcua::catalogue {

namespace {

Error noProcedure(const QString& key)
{
    return Error{ErrorCode::NotFound,
                 QCoreApplication::translate("motcua::catalogue", "There is no procedure %1.").arg(key),
                 QStringLiteral("procedure")};
}

} // namespace

CatalogueSnapshot::CatalogueSnapshot(const Catalogue& catalogue)
    : m_agency(catalogue.agency)
{
    for (const Procedure& procedure : catalogue.procedures) {
        m_byCode.insert(procedure.code, procedure);
        m_codeById.insert(procedure.id, procedure.code);
    }
}

Result<Procedure> CatalogueSnapshot::procedure(const QString& code) const
{
    const auto found = m_byCode.constFind(code);
    if (found == m_byCode.cend()) {
        return noProcedure(code);
    }
    return *found;
}

Result<Procedure> CatalogueSnapshot::procedureById(qint64 id) const
{
    const auto found = m_codeById.constFind(id);
    if (found == m_codeById.cend()) {
        return noProcedure(QString::number(id));
    }
    return procedure(*found);
}

} // namespace motcua::catalogue
