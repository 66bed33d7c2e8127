#include "ui/print/PrinterDefaults.h"

#include "ui/common/AppSettings.h"

#include <QPageLayout>
#include <QPrinter>
#include <QPrinterInfo>

namespace motcua::ui {

void applyPrinterDefaults(QPrinter& printer, bool paper)
{
    if (const QString chosen = AppSettings::printer();
        !chosen.isEmpty() && QPrinterInfo::availablePrinterNames().contains(chosen)) {
        printer.setPrinterName(chosen);
    }
    if (paper) {
        printer.setPageSize(QPageSize(AppSettings::paperSize()));
    }
}

} // namespace motcua::ui
