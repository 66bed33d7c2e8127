#include "print/PdfFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QPdfWriter>

namespace motcua::print {

Status writePdfFile(const QString& path, const QString& title, int resolution,
                    const std::function<void(QPagedPaintDevice*)>& paint)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        {
            QPdfWriter writer(&file);
            writer.setTitle(title);
            writer.setCreator(QStringLiteral("MotCua"));
            writer.setResolution(resolution);
            paint(&writer);
        }
        file.close();
        if (file.error() == QFileDevice::NoError && file.size() > 0) {
            return {};
        }
    }
    return Error::invalid(
        QStringLiteral("pdf"),
        QCoreApplication::translate("motcua::print", "Cannot write %1: %2.").arg(path, file.errorString()));
}

} // namespace motcua::print
