#pragma once

#include "core/calendar/CalendarService.h"
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

private:
    Database& m_database;
};

} // namespace motcua::storage
