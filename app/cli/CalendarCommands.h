#pragma once

namespace motcua::cli {

class CliContext;

// lunar YYYY-MM-DD · solar D M YYYY [--leap] · holidays YEAR · deadline --from … (--days N | --hours N) …
int runLunar(CliContext& context);
int runSolar(CliContext& context);
int runHolidays(CliContext& context);
int runDeadline(CliContext& context);
// calendar add FROM [TO] --kind K --name N [--source S] [--replace DATE] | remove DATE | confirm YEAR |
// import FILE | hours SESSIONS [--saturday SESSIONS] | export YEAR FILE; without --yes only the preview.
int runCalendar(CliContext& context);

} // namespace motcua::cli
