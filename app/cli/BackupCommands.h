#pragma once

namespace motcua::cli {

class CliContext;

// backup FILE | backup --auto (the configured folder, for cron) · restore FILE · verify-backup FILE
int runBackup(CliContext& context);
int runRestore(CliContext& context);
int runVerifyBackup(CliContext& context);
// setting [KEY [VALUE]]: the agency's settings (administrators; each change in the administration log)
int runSetting(CliContext& context);

} // namespace motcua::cli
