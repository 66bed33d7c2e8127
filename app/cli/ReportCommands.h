#pragma once

namespace motcua::cli {

class CliContext;

// report [ii06a] --from D --to D [--by field|procedure] [--json | --csv FILE | --xlsx FILE |
// --format table|csv|xlsx --output FILE]: form II.06a of a period (docs/reports.md);
// report overdue [--department CODE] [--within HOURS]: the open dossiers overdue or due soon, by step and assignee.
int runReport(CliContext& context);

} // namespace motcua::cli
