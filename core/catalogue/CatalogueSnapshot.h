#pragma once

#include "core/catalogue/Catalogue.h"
#include "core/catalogue/CatalogueSource.h"

#include <QHash>

namespace motcua::catalogue {

// The agency and its procedures as loaded once, for work that reads them over and over (bulk replay).
class CatalogueSnapshot final : public CatalogueSource {
public:
    explicit CatalogueSnapshot(const Catalogue& catalogue);

    Result<Agency> agency() const override { return m_agency; }
    Result<Procedure> procedure(const QString& code) const override;
    Result<Procedure> procedureById(qint64 id) const override;

private:
    Agency m_agency;
    QHash<QString, Procedure> m_byCode;
    QHash<qint64, QString> m_codeById;
};

} // namespace motcua::catalogue
