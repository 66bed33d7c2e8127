#pragma once

#include "core/catalogue/Catalogue.h"

#include <QHash>

namespace motcua::catalogue {

// The agency and its procedures as loaded once, for work that reads them over and over (bulk replay).
struct CatalogueSnapshot {
    Agency agency;
    QHash<QString, Procedure> byCode;
    QHash<qint64, QString> codeById;

    const Procedure* procedure(const QString& code) const
    {
        const auto found = byCode.constFind(code);
        return found == byCode.cend() ? nullptr : &*found;
    }
    const Procedure* procedureById(qint64 id) const { return procedure(codeById.value(id)); }
};

} // namespace motcua::catalogue
