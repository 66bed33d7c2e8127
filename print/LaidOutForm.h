#pragma once

#include <QList>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace motcua::print {

// A form laid out for one paper: one or more documents, each printed for its first pages. A long register is
// laid out in parts of some rows each (so that the layout can show its progress and be cancelled); a part ends
// with its last full page, and the next part goes on from the rows that did not fill it.
class LaidOutForm {
public:
    struct Part {
        std::shared_ptr<QTextDocument> document;
        int pages = 0; // printed: the document's first `pages` pages
    };

    explicit LaidOutForm(QList<Part> parts)
        : m_parts(std::move(parts))
    {}

    int pageCount() const;
    qsizetype partCount() const { return m_parts.size(); }
    const QTextDocument& part(qsizetype index) const { return *m_parts.at(index).document; }

    // Prints every page (or those of the device's page ranges) on `device`, already set to the paper.
    void print(QPagedPaintDevice* device) const;

private:
    QList<Part> m_parts;
};

} // namespace motcua::print
