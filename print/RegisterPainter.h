#pragma once

#include "core/forms/FormService.h"
#include "core/storage/RegisterQueries.h"

#include <QFont>
#include <QImage>
#include <QPageLayout>
#include <QPainter>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QPagedPaintDevice;
class QTextDocument;
class QTextLayout;

namespace motcua::print {

// The register's next rows (forms::registerRow, numbered from 1 through the whole register); none at the end.
using RegisterRows = std::function<Result<QList<forms::Row>>()>;
// The rows of `reader`, a page of the reader at a time, numbered as they come.
RegisterRows registerRows(std::shared_ptr<storage::RegisterReader> reader);

// Mẫu 07 streamed onto paper: painted with QPainter page after page as its rows come from the row source, so that
// a month of a busy centre (tens of thousands of dossiers, thousands of pages) never sits whole in memory. A4
// landscape, printed as the register's template in use says (forms::RegisterTemplate): the part above its table of
// rows (the agency, the period) laid out once and painted over the first page, the table's head rows with their
// titles and widths at the top of every page, each row's cells as the template's row makes them (a row never cut
// across two pages, long cells wrap inside their column), the part below the table (the signature block) after the
// last row, and "Trang n" at the foot of every page. The same painter for a printer and for a PDF: begin(), then
// paintPage() until it says the last page is done (from a worker thread for a QPdfWriter, or page by page from the
// event loop for a printer), then finish().
class RegisterPainter {
public:
    RegisterPainter(forms::RegisterHeading heading, RegisterRows rows);
    ~RegisterPainter();
    RegisterPainter(const RegisterPainter&) = delete;
    RegisterPainter& operator=(const RegisterPainter&) = delete;

    static QPageLayout pageLayout();

    // Sets `device` (a QPrinter or a QPdfWriter, kept by the caller until finish()) to the register's paper and
    // starts painting on it.
    Status begin(QPagedPaintDevice* device);
    // Paints the next page. True while pages remain; false once the last one is painted. A row source's error
    // stops the register there.
    Result<bool> paintPage();
    // Ends the painting: the device has every page painted so far.
    void finish();

    const QString& title() const { return m_heading.title; } // for the window and the PDF's metadata
    qint64 rowsDone() const { return m_rowsDone; }
    qint64 rowsTotal() const { return m_heading.lines; }
    int pagesDone() const { return m_page; }

private:
    struct Row {
        std::vector<std::unique_ptr<QTextLayout>> cells;
        qreal height = 0;
    };
    // A title of the table's head, laid out, and its place in the head's grid.
    struct HeadCell {
        std::unique_ptr<QTextDocument> document;
        int row = 0;
        int column = 0;
        int rowSpan = 1;
        int columnSpan = 1;
    };

    qreal px(qreal millimetres) const;
    std::unique_ptr<QTextLayout> layOut(const QString& text, const QFont& font, qreal width,
                                        Qt::Alignment alignment = Qt::AlignLeft) const;
    std::unique_ptr<QTextDocument> layOutHtml(const QString& html, qreal width);
    void setColumns();
    void layOutHead();
    Row layOutRow(const QStringList& cells) const;
    Result<bool> takeRow(); // the next row into m_pending; false at the end
    void paintDocument(QTextDocument& document, QPointF at);
    void paintHead(qreal top);
    void paintEmpty(qreal top);
    void paintRow(const Row& row, qreal top);
    void paintFooter();

    forms::RegisterHeading m_heading;
    RegisterRows m_rows;
    QPagedPaintDevice* m_device = nullptr;
    QPainter m_painter;
    QImage m_layoutDevice; // the fixed resolution everything is laid out at
    qreal m_scaleX = 1;    // from it to the device
    qreal m_scaleY = 1;
    qreal m_width = 0; // the paint area, at the layout's resolution
    qreal m_height = 0;
    QFont m_font;
    std::vector<qreal> m_columnLeft;         // from the paint area's left edge, one more for the table's right edge
    std::vector<Qt::Alignment> m_alignments; // of each column's cells
    // Laid out in begin() on the thread that paints, dropped in finish().
    std::unique_ptr<QTextDocument> m_headingPart; // above the table, on the first page
    std::unique_ptr<QTextDocument> m_closingPart; // below it, after the last row
    std::unique_ptr<QTextDocument> m_emptyLine;   // the line of a register with no rows; none if the template has none
    std::vector<HeadCell> m_head;
    std::vector<qreal> m_headRowTop; // from the head's top, one more for its foot
    QList<forms::Row> m_buffer;
    qsizetype m_next = 0;
    std::optional<Row> m_pending; // laid out, not yet painted: did not fit on the last page
    bool m_rowsEnded = false;
    bool m_emptyShown = false;
    bool m_signed = false;
    qint64 m_rowsDone = 0;
    int m_page = 0;
};

// What came of painting a whole register.
struct RegisterPrinted {
    int pages = 0;
    qint64 rows = 0;
    bool cancelled = false;
};

// Told the rows painted so far of all after each page; returns false to cancel.
using RegisterProgress = std::function<bool(qint64 done, qint64 total)>;

// The register painted on `device` page after page. Cancelled, it stops after the page under way.
Result<RegisterPrinted> printRegister(QPagedPaintDevice* device, RegisterPainter& painter,
                                      const RegisterProgress& progress = {});
// The register as a PDF file at `path`: written to a temporary file beside it and put in its place when the last
// page is done, so that a cancelled or failed register leaves no file (and an older file of that name as it was).
// A file that cannot be written is an error naming "pdf".
Result<RegisterPrinted> writeRegisterPdf(const QString& path, RegisterPainter& painter,
                                         const RegisterProgress& progress = {});

} // namespace motcua::print
