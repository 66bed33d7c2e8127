#include "print/BarcodeImage.h"

#include <QCoreApplication>

#include <memory>
#include <zint.h>

namespace motcua::print {

Result<QImage> barcodeImage(Symbology symbology, const QString& text)
{
    const QByteArray data = text.toUtf8();
    if (data.isEmpty()) {
        return Error::invalid(QStringLiteral("code"),
                              QCoreApplication::translate("motcua::print", "There is nothing to encode."));
    }
    const std::unique_ptr<zint_symbol, decltype(&ZBarcode_Delete)> symbol(ZBarcode_Create(), &ZBarcode_Delete);
    symbol->symbology = symbology == Symbology::Code128 ? BARCODE_CODE128 : BARCODE_QRCODE;
    symbol->input_mode = UNICODE_MODE;
    symbol->show_hrt = 0;
    symbol->scale = 0.5F; // one pixel for each module
    symbol->output_options |= BARCODE_QUIET_ZONES;
    if (symbology == Symbology::Code128) {
        symbol->height = 30; // modules: about 8 mm at the printed size
    } else {
        symbol->option_1 = 2; // error correction M
    }
    const int status = ZBarcode_Encode_and_Buffer(
        symbol.get(), reinterpret_cast<const unsigned char*>(data.constData()), int(data.size()), 0);
    if (status >= ZINT_ERROR) {
        return Error::invalid(QStringLiteral("code"),
                              QCoreApplication::translate("motcua::print", "%1 cannot be encoded as a barcode (%2).")
                                  .arg(text, QString::fromLatin1(symbol->errtxt)));
    }
    QImage image(symbol->bitmap_width, symbol->bitmap_height, QImage::Format_Mono);
    image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    const unsigned char* pixel = symbol->bitmap;
    for (int y = 0; y < symbol->bitmap_height; ++y) {
        for (int x = 0; x < symbol->bitmap_width; ++x, pixel += 3) {
            image.setPixel(x, y, pixel[0] < 128 ? 1 : 0);
        }
    }
    return image;
}

} // namespace motcua::print
