#pragma once

#include "core/common/Result.h"

#include <QPagedPaintDevice>
#include <QString>

#include <functional>

namespace motcua::print {

// Writes a PDF file titled `title` at `resolution` dots per inch, its pages painted by `paint`; a file that cannot
// be written, or comes out empty, is an error naming "pdf". Every printed document's PDF goes through here.
Status writePdfFile(const QString& path, const QString& title, int resolution,
                    const std::function<void(QPagedPaintDevice*)>& paint);

} // namespace motcua::print
