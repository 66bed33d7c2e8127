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
class QTextLayout;

namespace motcua::print {

// The register's next rows (forms::registerRow, numbered from 1 through the whole register); none at the end.
using RegisterRows = std::function<Result<QList<forms::Row>>()>;
// The rows of `reader`, a page of the reader at a time, numbered as they come.
RegisterRows registerRows(std::shared_ptr<storage::RegisterReader> reader);

// Mẫu 07 streamed onto paper: painted with QPainter page after page as its rows come from the row source, so that
// a month of a busy centre (tens of thousands of dossiers, thousands of pages) never sits whole in memory. A4
// landscape as the statutory template: the agency and the period over the first page, the table's head at the top
// of every page, a row never cut across two pages (long cells wrap inside their column), "Trang n" at the foot of
// every page, the signature block after the last row. The same painter for a printer and for a PDF: begin(), then
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

    qreal px(qreal millimetres) const;
    std::unique_ptr<QTextLayout> layOut(const QString& text, const QFont& font, qreal width,
                                        Qt::Alignment alignment = Qt::AlignLeft) const;
    Row layOutRow(const QStringList& cells, const QFont& font, Qt::Alignment alignment = Qt::AlignLeft) const;
    Result<bool> takeRow(); // the next row into m_pending; false at the end
    qreal paintHeading(qreal top);
    qreal paintSignature(qreal top);
    void paintRow(const Row& row, qreal top, bool spanning = false);
    void paintFooter();
    qreal signatureHeight() const;

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
    QFont m_bold;
    QFont m_italic;
    std::vector<qreal> m_columnLeft; // from the paint area's left edge, one more for the table's right edge
    Row m_head;
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
