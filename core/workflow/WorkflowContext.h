#pragma once

#include "core/calendar/WorkCalendar.h"
#include "core/catalogue/CatalogueSource.h"
#include "core/common/Clock.h"
#include "core/dossier/DossierStore.h"
#include "core/identity/User.h"
#include "core/storage/Database.h"

#include <memory>

namespace motcua::workflow {

// What every use case needs: the database (for its transactions), the clock, the agency's working calendar, who
// is acting, and where dossiers and the catalogue are read and written. The store and the catalogue are always
// there, so no service asks which ones it has.
//
// Lifetime: forDatabase() is the usual context. Its DossierRepository and CatalogueRepository live in a small
// holder that the context and all its copies share (a shared_ptr), so a context returned by value or copied never
// refers to a dead object. A context made with the constructor only refers to the store and the catalogue it is
// given (the demo seeder's replay store and snapshot): whoever makes it keeps them alive while it is in use.
struct WorkflowContext {
    WorkflowContext(storage::Database& database, const Clock& clock, const calendar::WorkCalendar& calendar,
                    identity::User actor, dossier::DossierStore& store, const catalogue::CatalogueSource& catalogue);
    // Dossiers and the catalogue read from and written to the database itself.
    static WorkflowContext forDatabase(storage::Database& database, const Clock& clock,
                                       const calendar::WorkCalendar& calendar, identity::User actor);

    storage::Database& database;
    const Clock& clock;
    const calendar::WorkCalendar& calendar;
    identity::User actor;
    dossier::DossierStore& store;
    const catalogue::CatalogueSource& catalogue;

    // Now, to the minute (deadlines are counted in minutes).
    QDateTime now() const;

private:
    struct DatabaseSources;
    std::shared_ptr<DatabaseSources> m_owned; // forDatabase(): what store and catalogue refer to
};

} // namespace motcua::workflow
