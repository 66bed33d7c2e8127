#include "print/ReportDocument.h"

#include "print/PdfFile.h"

#include <QTextDocument>

namespace motcua::print {

QPageLayout ReportDocument::pageLayout()
{
    return {QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter};
}

void ReportDocument::print(QPagedPaintDevice* device) const
{
    device->setPageLayout(pageLayout());
    QTextDocument document;
    document.setDefaultFont(QFont(QStringLiteral("Noto Serif"), 6));
    document.setHtml(m_html);
    document.print(device);
}

Status ReportDocument::writePdf(const QString& path) const
{
    return writePdfFile(path, m_title, 300, [this](QPagedPaintDevice* device) { print(device); });
}

} // namespace motcua::print
