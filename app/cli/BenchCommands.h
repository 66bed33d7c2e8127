#pragma once

namespace motcua::cli {

class CliContext;

// bench --db FILE|URL [--runs N] [--dossiers N] [--as LOGIN] [--gui-as LOGIN]: one line per operation with its
// median and 99th percentile, and for each query the same statements' own time through the engine's C API
// (sqlite3 or libpq) with the ratio; then seed-demo's dossiers a second into a temporary file and the window's
// start-up and memory (motcua --bench-startup). The intake commits dossiers into the database measured.
int runBench(CliContext& context);

} // namespace motcua::cli
