#pragma once

namespace motcua::cli {

class CliContext;

// init: creates the database (--db, or the embedded one), stores the shipped calendar and catalogue, and the
// first administrator (password from MOTCUA_PASSWORD or the prompt).
int runInit(CliContext& context);
// seed-demo --dossiers N --years Y: realistic demo dossiers.
int runSeedDemo(CliContext& context);

} // namespace motcua::cli
