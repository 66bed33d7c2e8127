#include "print/LaidOutForm.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

namespace motcua::print {

int LaidOutForm::pageCount() const
{
    int pages = 0;
    for (const Part& part : m_parts) {
        pages += part.pages;
    }
    return pages;
}

void LaidOutForm::print(QPagedPaintDevice* device) const
{
    if (m_parts.size() == 1 && m_parts.constFirst().pages == m_parts.constFirst().document->pageCount()) {
        m_parts.constFirst().document->print(device); // one document: Qt prints it as it is
        return;
    }
    // Several parts on one print: each page drawn as QTextDocument::print draws it, scaled from the layout's
    // page to the device's.
    QPainter painter(device);
    if (!painter.isActive()) {
        return;
    }
    const QPageRanges ranges = device->pageRanges();
    int number = 0;
    bool first = true;
    for (const Part& part : m_parts) {
        const QSizeF page = part.document->pageSize();
        for (int index = 0; index < part.pages; ++index) {
            ++number;
            if (!ranges.isEmpty() && !ranges.contains(number)) {
                continue;
            }
            if (!first) {
                device->newPage();
            }
            first = false;
            painter.save();
            painter.scale(device->width() / page.width(), device->height() / page.height());
            painter.translate(0, -index * page.height());
            const QRectF view(0, index * page.height(), page.width(), page.height());
            painter.setClipRect(view);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = view;
            context.palette.setColor(QPalette::Text, Qt::black);
            part.document->documentLayout()->draw(&painter, context);
            painter.restore();
        }
    }
}

} // namespace motcua::print
