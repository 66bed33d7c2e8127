#pragma once

namespace motcua::cli {

class CliContext;

// motcua-cli submit FILE…: online submissions stored in status 1 (the files stay where they are).
int runSubmit(CliContext& context);
// motcua-cli online [list | log | import | inbox [DIR] | accept ID | refuse ID | supplement ID]: the queue.
int runOnline(CliContext& context);

} // namespace motcua::cli
