#include "print/LaidOutForm.h"

#include <QTextDocument>

namespace motcua::print {

int LaidOutForm::pageCount() const
{
    return m_document->pageCount();
}

void LaidOutForm::print(QPagedPaintDevice* device) const
{
    m_document->print(device);
}

} // namespace motcua::print
