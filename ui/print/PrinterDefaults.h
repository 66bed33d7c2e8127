#pragma once

class QPrinter;

namespace motcua::ui {

// The printer chosen in the settings of this computer (when it is still there), before the print dialog opens;
// with `paper`, also the paper size chosen for reports (the forms keep their legal size).
void applyPrinterDefaults(QPrinter& printer, bool paper);

} // namespace motcua::ui
