#pragma once

#include "core/calendar/CalendarService.h"
#include "core/dossier/Dossier.h"
#include "core/storage/Database.h"

namespace motcua::storage {

// The dossiers still open (accepted, being processed, paused), as deadline requests: what a calendar edit
// is checked against (CalendarService::preview / apply).
class OpenDossierDeadlines final : public calendar::OpenDeadlineSource {
public:
    explicit OpenDossierDeadlines(Database& database)
        : m_database(database)
    {}

    Result<QList<calendar::OpenDeadline>> openDeadlines() const override;
    // The same dossiers, whole, oldest first.
    Result<QList<dossier::Dossier>> openDossiers() const;
    // The moment that ends a pause still running, for comparing due moments: its start (the stored due moment
    // of a paused dossier leaves the running pause out until it ends), any moment otherwise.
    static QDateTime comparisonMoment(const dossier::Dossier& dossier);

private:
    Database& m_database;
};

} // namespace motcua::storage
