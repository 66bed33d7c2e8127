#pragma once

#include "core/common/Result.h"

#include <QImage>

namespace motcua::print {

enum class Symbology { Code128, QrCode };

// The dossier code as a barcode, drawn by libzint: one pixel a module, black on white, with the quiet zone
// the symbology asks for, so that it can be scaled by a whole factor without blurring. Code 128 is what the
// counters' scanners read; the QR code is for phones.
Result<QImage> barcodeImage(Symbology symbology, const QString& text);

} // namespace motcua::print
