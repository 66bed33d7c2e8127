#pragma once

namespace motcua::cli {

class CliContext;

// receive · assign · handover · pause · resume · extend · refuse · stop · withdraw · ready · return · show · list
int runReceive(CliContext& context);
int runDossierAction(CliContext& context); // every action on one dossier: the command names which
int runShow(CliContext& context);
int runList(CliContext& context);

} // namespace motcua::cli
