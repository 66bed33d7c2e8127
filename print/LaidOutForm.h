#pragma once

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace motcua::print {

// A form laid out for one paper: its document, paginated. (The register, which may run to thousands of pages, is
// not laid out as one document but painted page by page: print/RegisterPainter.)
class LaidOutForm {
public:
    explicit LaidOutForm(std::shared_ptr<QTextDocument> document)
        : m_document(std::move(document))
    {}

    int pageCount() const;
    const QTextDocument& document() const { return *m_document; }

    // Prints every page (or those of the device's page ranges) on `device`, already set to the paper.
    void print(QPagedPaintDevice* device) const;

private:
    std::shared_ptr<QTextDocument> m_document;
};

} // namespace motcua::print
