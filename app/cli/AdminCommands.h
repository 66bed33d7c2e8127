#pragma once

namespace motcua::cli {

class CliContext;

// catalogue import FILE | catalogue export FILE · users add LOGIN … | users list
int runCatalogue(CliContext& context);
int runUsers(CliContext& context);

} // namespace motcua::cli
