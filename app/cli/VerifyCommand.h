#pragma once

namespace motcua::cli {

class CliContext;

// verify [--backup FILE]: the histories' hash chains and every dossier against its events; exit 4 on a finding.
int runVerify(CliContext& context);

} // namespace motcua::cli
