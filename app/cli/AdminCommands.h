#pragma once

namespace motcua::cli {

class CliContext;

// catalogue import FILE | catalogue export FILE · users add|edit|disable|enable|unlock|reset-password LOGIN …,
// users list, users log · password (one's own)
int runCatalogue(CliContext& context);
int runUsers(CliContext& context);
int runPassword(CliContext& context);

} // namespace motcua::cli
