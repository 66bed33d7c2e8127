#pragma once

#include "core/catalogue/Agency.h"
#include "core/catalogue/Procedure.h"
#include "core/common/Result.h"

namespace motcua::catalogue {

// Where the workflow reads the agency and its procedures: the database (storage::CatalogueRepository), or a
// snapshot loaded once for work that reads them over and over (CatalogueSnapshot, bulk replay).
class CatalogueSource {
public:
    virtual ~CatalogueSource() = default;
    virtual Result<Agency> agency() const = 0; // NotFound before the first import
    virtual Result<Procedure> procedure(const QString& code) const = 0;
    virtual Result<Procedure> procedureById(qint64 id) const = 0;
};

} // namespace motcua::catalogue
