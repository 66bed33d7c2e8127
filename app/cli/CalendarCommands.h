#pragma once

namespace motcua::cli {

class CliContext;

// lunar YYYY-MM-DD · solar D M YYYY [--leap] · holidays YEAR · deadline --from … (--days N | --hours N) …
int runLunar(CliContext& context);
int runSolar(CliContext& context);
int runHolidays(CliContext& context);
int runDeadline(CliContext& context);

} // namespace motcua::cli
