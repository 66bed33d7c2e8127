#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/storage/Database.h"

namespace motcua::cli {

class CliContext;

// What init stores in a new database before its administrator: the shipped calendar, and the shipped catalogue
// when there is none yet.
Status installShippedData(storage::Database& database, const Clock& clock);

// init: creates the database (--db, or the embedded one), stores the shipped calendar and catalogue, and the
// first administrator (password from MOTCUA_PASSWORD or the prompt).
int runInit(CliContext& context);
// seed-demo --dossiers N --years Y: realistic demo dossiers.
int runSeedDemo(CliContext& context);
// copy --from LOCATION --to LOCATION: every table into an empty database (a file to the office's server), with
// progress on standard error and each table's rows and digest compared at the end.
int runCopy(CliContext& context);
// migrate: brings the schema of --db up to this version (on the server, as the database's owner).
int runMigrate(CliContext& context);
// grant ROLE: run as the owner, gives the application's role on the server its rights and no more.
int runGrant(CliContext& context);

} // namespace motcua::cli
