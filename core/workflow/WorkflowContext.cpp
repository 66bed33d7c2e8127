#include "core/workflow/WorkflowContext.h"

#include "core/common/AgencyTime.h"
#include "core/storage/CatalogueRepository.h"
#include "core/storage/DossierRepository.h"

namespace motcua::workflow {

struct WorkflowContext::DatabaseSources {
    explicit DatabaseSources(storage::Database& database)
        : dossiers(database)
        , catalogue(database)
    {}
    storage::DossierRepository dossiers;
    storage::CatalogueRepository catalogue;
};

WorkflowContext::WorkflowContext(storage::Database& database_, const Clock& clock_,
                                 const calendar::WorkCalendar& calendar_, identity::User actor_,
                                 dossier::DossierStore& store_, const catalogue::CatalogueSource& catalogue_)
    : database(database_)
    , clock(clock_)
    , calendar(calendar_)
    , actor(std::move(actor_))
    , store(store_)
    , catalogue(catalogue_)
{}

WorkflowContext WorkflowContext::forDatabase(storage::Database& database, const Clock& clock,
                                             const calendar::WorkCalendar& calendar, identity::User actor)
{
    auto owned = std::make_shared<DatabaseSources>(database);
    WorkflowContext context(database, clock, calendar, std::move(actor), owned->dossiers, owned->catalogue);
    context.m_owned = std::move(owned);
    return context;
}

QDateTime WorkflowContext::now() const
{
    const QDateTime moment = toAgencyTime(clock.now());
    return agencyTime(moment.date(), QTime(moment.time().hour(), moment.time().minute()));
}

} // namespace motcua::workflow
