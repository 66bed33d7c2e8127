#pragma once

#include "core/calendar/WorkCalendar.h"
#include "core/common/Clock.h"
#include "core/storage/Database.h"

#include <functional>

namespace motcua::demo {

struct SeedOptions {
    int dossiers = 1000;
    int years = 1;
    quint32 seed = 20261124;
    QString password = QStringLiteral("motcua-demo"); // of the staff accounts it creates
};

struct SeedReport {
    int dossiers = 0;
    int returned = 0;
    int inProgress = 0;
    int slow = 0; // handled more slowly than the step budgets (most of them late)
    int paused = 0;
    int extended = 0;
    int refused = 0;
    int withdrawn = 0;
    int stopped = 0;
    int online = 0; // submissions waiting in the online queue
};

// Fills a database (with the catalogue imported) with realistic dossiers over the past years, by replaying
// each dossier's history through the real workflow services at the moments it happened: receipt, hand-overs,
// pauses for supplements, extensions with apology, refusals, withdrawals, stops, results returned (a realistic
// share late), and recent dossiers still in progress. Creates the demo staff (clerks, heads, specialists,
// a leader) when missing. The replay runs on a thread of its own (touching no database but a private scratch one)
// while the calling thread writes what it finished in transactions of a thousand dossiers, on its own connection.
class DemoSeeder {
public:
    DemoSeeder(storage::Database& database, const calendar::WorkCalendar& calendar, const Clock& clock);

    // progress(done, total) is called after each batch; returning false cancels (what is done stays).
    Result<SeedReport> seed(const SeedOptions& options, const std::function<bool(int, int)>& progress = {});

private:
    storage::Database& m_database;
    const calendar::WorkCalendar& m_calendar;
    const Clock& m_clock;
};

} // namespace motcua::demo
