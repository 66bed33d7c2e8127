#pragma once

namespace motcua::cli {

class CliContext;

// init: creates the database given by --db (or the embedded one) and stores the shipped calendar.
int runInit(CliContext& context);

} // namespace motcua::cli
