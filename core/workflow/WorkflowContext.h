#pragma once

#include "core/calendar/WorkCalendar.h"
#include "core/catalogue/CatalogueSnapshot.h"
#include "core/common/Clock.h"
#include "core/dossier/DossierStore.h"
#include "core/identity/User.h"
#include "core/storage/Database.h"

namespace motcua::workflow {

// What every use case needs: the database, the clock, the agency's working calendar and who is acting.
struct WorkflowContext {
    storage::Database& database;
    const Clock& clock;
    const calendar::WorkCalendar& calendar;
    identity::User actor;
    // Optional: another dossier store than the database, and a catalogue loaded once (bulk replay).
    dossier::DossierStore* store = nullptr;
    const catalogue::CatalogueSnapshot* catalogue = nullptr;

    // Now, to the minute (deadlines are counted in minutes).
    QDateTime now() const;
};

} // namespace motcua::workflow
