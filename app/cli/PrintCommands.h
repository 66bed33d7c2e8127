#pragma once

namespace motcua::cli {

class CliContext;

// print FORM CODE --pdf FILE · print register --from D --to D --pdf FILE
int runPrint(CliContext& context);
// template export|import FORM FILE · template reset FORM · template list
int runTemplate(CliContext& context);

} // namespace motcua::cli
