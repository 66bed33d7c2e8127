#include "print/RegisterPainter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextLayout>

#include <numeric>

namespace motcua::print {

namespace {

// Laid out at this resolution whatever the device, and scaled to it: a printer and a PDF break the same lines and
// pages.
constexpr int kLayoutDpi = 600;
constexpr qreal kCellPadding = 0.7; // millimetres, inside every cell
constexpr qreal kFooter = 6;        // millimetres at the foot of the page, for its number
constexpr qreal kRule = 0.2;        // millimetres, the table's lines
constexpr qreal kGap = 2;           // millimetres between the heading, the table and the part below it
constexpr int kHtmlDpi = 96;        // a template's widths in pixels are at this resolution (print/FormDocument)

QString htmlAlign(Qt::Alignment alignment)
{
    return alignment & Qt::AlignHCenter ? QStringLiteral("center")
           : alignment & Qt::AlignRight ? QStringLiteral("right")
                                        : QStringLiteral("left");
}

QString text(const char16_t* literal)
{
    return QString::fromUtf16(literal);
}

} // namespace

RegisterRows registerRows(std::shared_ptr<storage::RegisterReader> reader)
{
    return [reader = std::move(reader), number = qint64(0)]() mutable -> Result<QList<forms::Row>> {
        auto lines = reader->next();
        if (!lines) {
            return lines.error();
        }
        QList<forms::Row> rows;
        rows.reserve(lines->size());
        for (const storage::RegisterLine& line : *lines) {
            rows.append(forms::registerRow(line, ++number));
        }
        return rows;
    };
}

RegisterPainter::RegisterPainter(forms::RegisterHeading heading, RegisterRows rows)
    : m_heading(std::move(heading))
    , m_rows(std::move(rows))
    , m_layoutDevice(1, 1, QImage::Format_Mono)
{
    m_layoutDevice.setDotsPerMeterX(qRound(kLayoutDpi / 0.0254));
    m_layoutDevice.setDotsPerMeterY(qRound(kLayoutDpi / 0.0254));
}

RegisterPainter::~RegisterPainter()
{
    finish();
}

QPageLayout RegisterPainter::pageLayout()
{
    return {QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 12, 10, 12), QPageLayout::Millimeter};
}

qreal RegisterPainter::px(qreal millimetres) const
{
    return millimetres * kLayoutDpi / 25.4;
}

std::unique_ptr<QTextLayout> RegisterPainter::layOut(const QString& text, const QFont& font, qreal width,
                                                     Qt::Alignment alignment) const
{
    auto layout = std::make_unique<QTextLayout>(text, font, &m_layoutDevice);
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    layout->setCacheEnabled(true);
    layout->beginLayout();
    qreal height = 0;
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout->endLayout();
    return layout;
}

RegisterPainter::Row RegisterPainter::layOutRow(const QStringList& cells) const
{
    Row row;
    const qreal padding = px(kCellPadding);
    for (qsizetype column = 0; column < cells.size(); ++column) {
        auto cell =
            layOut(cells.at(column), m_font, m_columnLeft.at(column + 1) - m_columnLeft.at(column) - 2 * padding,
                   m_alignments.at(column));
        row.height = std::max(row.height, cell->boundingRect().height() + 2 * padding);
        row.cells.push_back(std::move(cell));
    }
    return row;
}

std::unique_ptr<QTextDocument> RegisterPainter::layOutHtml(const QString& html, qreal width)
{
    auto document = std::make_unique<QTextDocument>();
    document->documentLayout()->setPaintDevice(&m_layoutDevice);
    document->setDefaultFont(m_font);
    document->setDocumentMargin(0);
    document->setHtml(html);
    document->setTextWidth(width);
    return document;
}

// The columns' edges from the template's widths (of the table's width, or pixels at 96 an inch); a column without
// one shares what the others leave, and all are brought to the table's width.
void RegisterPainter::setColumns()
{
    const QList<forms::RegisterTemplate::Column>& columns = m_heading.form.columns();
    const qreal table = m_width * std::clamp(m_heading.form.tablePercent(), qreal(1), qreal(100)) / 100;
    std::vector<qreal> widths;
    qreal given = 0;
    int unknown = 0;
    for (const forms::RegisterTemplate::Column& column : columns) {
        const qreal width = column.percent > 0  ? table * column.percent / 100
                            : column.pixels > 0 ? column.pixels * kLayoutDpi / kHtmlDpi
                                                : -1;
        widths.push_back(width);
        given += std::max(width, qreal(0));
        unknown += width < 0 ? 1 : 0;
    }
    const qsizetype known = columns.size() - unknown;
    const qreal share = given < table ? (table - given) / std::max(unknown, 1) : given / std::max<qsizetype>(known, 1);
    for (qreal& width : widths) {
        width = width < 0 ? share : width;
    }
    const qreal total = std::accumulate(widths.cbegin(), widths.cend(), qreal(0));
    m_columnLeft.assign(1, 0);
    m_alignments.clear();
    for (qsizetype column = 0; column < columns.size(); ++column) {
        m_columnLeft.push_back(m_columnLeft.back() + widths.at(column) * table / total);
        m_alignments.push_back(columns.at(column).alignment);
    }
}

// The head's titles laid out in their cells; each row of the head as tall as its tallest title standing in it alone,
// a title over several rows making the last of them taller if it needs.
void RegisterPainter::layOutHead()
{
    const qreal padding = px(kCellPadding);
    const auto& cells = m_heading.form.head();
    m_head.clear();
    std::vector<qreal> heights(m_heading.form.headRows(), 0);
    for (const forms::RegisterTemplate::HeadCell& cell : cells) {
        const QString align = htmlAlign(cell.alignment);
        const QString content = cell.content.render(m_heading.data);
        const QString html = QStringLiteral("<div align=\"%1\">%2</div>")
                                 .arg(align, cell.header ? QStringLiteral("<b>%1</b>").arg(content) : content);
        const qreal width = m_columnLeft.at(cell.column + cell.columnSpan) - m_columnLeft.at(cell.column) - 2 * padding;
        m_head.push_back({layOutHtml(m_heading.form.document(html, m_heading.data), width), cell.row, cell.column,
                          cell.rowSpan, cell.columnSpan});
        if (cell.rowSpan == 1) {
            heights.at(cell.row) =
                std::max(heights.at(cell.row), m_head.back().document->size().height() + 2 * padding);
        }
    }
    for (const HeadCell& cell : m_head) {
        if (cell.rowSpan > 1) {
            const auto first = heights.begin() + cell.row;
            const qreal spanned = std::accumulate(first, first + cell.rowSpan, qreal(0));
            const qreal needed = cell.document->size().height() + 2 * padding;
            if (needed > spanned) {
                *(first + cell.rowSpan - 1) += needed - spanned;
            }
        }
    }
    m_headRowTop.assign(1, 0);
    for (qreal height : heights) {
        m_headRowTop.push_back(m_headRowTop.back() + height);
    }
}

Status RegisterPainter::begin(QPagedPaintDevice* device)
{
    finish();
    if (m_heading.form.columns().isEmpty()) {
        return Error::invalid(QStringLiteral("template"),
                              QCoreApplication::translate("motcua::print", "The register's template has no columns."));
    }
    device->setPageLayout(pageLayout());
    m_device = device;
    if (!m_painter.begin(device)) {
        m_device = nullptr;
        return Error::invalid(QStringLiteral("pdf"),
                              QCoreApplication::translate("motcua::print", "Cannot paint the register."));
    }
    m_scaleX = qreal(device->logicalDpiX()) / kLayoutDpi;
    m_scaleY = qreal(device->logicalDpiY()) / kLayoutDpi;
    m_width = device->width() / m_scaleX;
    m_height = device->height() / m_scaleY;
    m_font = QFont(QStringLiteral("Noto Serif"));
    m_font.setPointSizeF(8);
    setColumns();
    layOutHead();
    m_headingPart = layOutHtml(m_heading.form.heading(m_heading.data, m_heading.lines), m_width);
    m_closingPart = layOutHtml(m_heading.form.closing(m_heading.data, m_heading.lines), m_width);
    const QString empty = m_heading.form.emptyLine(m_heading.data);
    m_emptyLine.reset();
    if (!empty.trimmed().isEmpty()) {
        const QString align = htmlAlign(m_heading.form.emptyAlignment());
        m_emptyLine = layOutHtml(
            m_heading.form.document(QStringLiteral("<div align=\"%1\">%2</div>").arg(align, empty), m_heading.data),
            m_columnLeft.back() - 2 * px(kCellPadding));
    }
    m_buffer.clear();
    m_next = 0;
    m_pending.reset();
    m_rowsEnded = m_emptyShown = m_signed = false;
    m_rowsDone = 0;
    m_page = 0;
    return {};
}

void RegisterPainter::finish()
{
    if (m_painter.isActive()) {
        m_painter.end();
    }
    m_device = nullptr;
    m_headingPart.reset();
    m_closingPart.reset();
    m_emptyLine.reset();
    m_head.clear();
}

Result<bool> RegisterPainter::takeRow()
{
    if (m_next >= m_buffer.size()) {
        if (m_rowsEnded) {
            return false;
        }
        auto more = m_rows();
        if (!more) {
            return more.error();
        }
        m_buffer = std::move(more).value();
        m_next = 0;
        if (m_buffer.isEmpty()) {
            m_rowsEnded = true;
            return false;
        }
    }
    const forms::Row& row = m_buffer.at(m_next++);
    QStringList cells;
    for (qsizetype column = 0; column < m_heading.form.columns().size(); ++column) {
        cells << m_heading.form.cellText(column, row, m_heading.data);
    }
    m_pending = layOutRow(cells);
    return true;
}

Result<bool> RegisterPainter::paintPage()
{
    if (!m_painter.isActive()) {
        return Error{ErrorCode::IllegalState,
                     QCoreApplication::translate("motcua::print", "Cannot paint the register."), QStringLiteral("pdf")};
    }
    if (m_page > 0) {
        m_device->newPage();
    }
    ++m_page;
    m_painter.resetTransform();
    m_painter.scale(m_scaleX, m_scaleY);
    qreal top = 0;
    if (m_page == 1) {
        paintDocument(*m_headingPart, QPointF(0, 0));
        top = m_headingPart->size().height() + px(kGap);
    }
    const qreal bottom = m_height - px(kFooter);
    if (!m_pending) {
        auto taken = takeRow();
        if (!taken) {
            return taken.error();
        }
    }
    const bool emptyRegister = m_rowsEnded && m_rowsDone == 0 && !m_emptyShown;
    if (m_pending || emptyRegister) {
        paintHead(top);
        top += m_headRowTop.back();
    }
    if (emptyRegister) {
        if (m_emptyLine) {
            paintEmpty(top);
            top += m_emptyLine->size().height() + 2 * px(kCellPadding);
        }
        m_emptyShown = true;
    }
    bool painted = false;
    while (m_pending) {
        // A row goes whole on the page, or on the next; one taller than a page (never seen) is cut at its foot.
        if (painted && top + m_pending->height > bottom) {
            break;
        }
        paintRow(*m_pending, top);
        top += m_pending->height;
        m_pending.reset();
        ++m_rowsDone;
        painted = true;
        auto taken = takeRow();
        if (!taken) {
            return taken.error();
        }
    }
    if (!m_pending && m_rowsEnded && !m_signed) {
        // The part below the table after the last row, or alone on the next page when it does not fit under it (or
        // where it is, should it be taller than a page).
        const qreal height = px(kGap) + m_closingPart->size().height();
        if (top + height <= bottom || (!painted && !emptyRegister && m_page > 1)) {
            paintDocument(*m_closingPart, QPointF(0, top + px(kGap)));
            m_signed = true;
        }
    }
    paintFooter();
    return !m_signed || m_pending.has_value();
}

void RegisterPainter::paintDocument(QTextDocument& document, QPointF at)
{
    m_painter.save();
    m_painter.translate(at);
    document.drawContents(&m_painter);
    m_painter.restore();
}

void RegisterPainter::paintHead(qreal top)
{
    const qreal padding = px(kCellPadding);
    m_painter.setPen(QPen(Qt::black, px(kRule)));
    for (const HeadCell& cell : m_head) {
        const QRectF box(
            QPointF(m_columnLeft.at(cell.column), top + m_headRowTop.at(cell.row)),
            QPointF(m_columnLeft.at(cell.column + cell.columnSpan), top + m_headRowTop.at(cell.row + cell.rowSpan)));
        m_painter.drawRect(box);
        // A title in the middle of its cell, as a browser sets a <th>.
        const qreal free = box.height() - 2 * padding - cell.document->size().height();
        paintDocument(*cell.document,
                      QPointF(box.left() + padding, box.top() + padding + std::max(free, qreal(0)) / 2));
    }
}

void RegisterPainter::paintEmpty(qreal top)
{
    const qreal padding = px(kCellPadding);
    m_painter.setPen(QPen(Qt::black, px(kRule)));
    m_painter.drawRect(QRectF(0, top, m_columnLeft.back(), m_emptyLine->size().height() + 2 * padding));
    paintDocument(*m_emptyLine, QPointF(padding, top + padding));
}

void RegisterPainter::paintRow(const Row& row, qreal top)
{
    const qreal padding = px(kCellPadding);
    m_painter.setPen(QPen(Qt::black, px(kRule)));
    for (size_t column = 0; column < row.cells.size(); ++column) {
        const qreal left = m_columnLeft.at(column);
        const qreal right = m_columnLeft.at(column + 1);
        m_painter.drawRect(QRectF(left, top, right - left, row.height));
        row.cells.at(column)->draw(&m_painter, QPointF(left + padding, top + padding));
    }
}

void RegisterPainter::paintFooter()
{
    const auto number = layOut(text(u"Trang %1").arg(m_page), m_font, m_width, Qt::AlignHCenter);
    number->draw(&m_painter, QPointF(0, m_height - number->boundingRect().height()));
}

Result<RegisterPrinted> printRegister(QPagedPaintDevice* device, RegisterPainter& painter,
                                      const RegisterProgress& progress)
{
    if (Status begun = painter.begin(device); !begun) {
        return begun.error();
    }
    RegisterPrinted printed;
    for (;;) {
        auto more = painter.paintPage();
        if (!more) {
            painter.finish();
            return more.error();
        }
        if (!*more) {
            break;
        }
        if (progress && !progress(painter.rowsDone(), painter.rowsTotal())) {
            printed.cancelled = true;
            break;
        }
    }
    if (progress && !printed.cancelled) {
        progress(painter.rowsDone(), painter.rowsTotal());
    }
    painter.finish();
    printed.pages = painter.pagesDone();
    printed.rows = painter.rowsDone();
    return printed;
}

Result<RegisterPrinted> writeRegisterPdf(const QString& path, RegisterPainter& painter,
                                         const RegisterProgress& progress)
{
    QSaveFile file(path);
    const auto cannotWrite = [&] {
        return Error::invalid(
            QStringLiteral("pdf"),
            QCoreApplication::translate("motcua::print", "Cannot write %1: %2.").arg(path, file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly)) {
        return cannotWrite();
    }
    Result<RegisterPrinted> printed = [&] {
        QPdfWriter writer(&file);
        writer.setTitle(painter.title());
        writer.setCreator(QStringLiteral("MotCua"));
        writer.setResolution(600);
        return printRegister(&writer, painter, progress);
    }();
    if (!printed || printed->cancelled) {
        file.cancelWriting();
        return printed;
    }
    if (!file.commit()) {
        return cannotWrite();
    }
    return printed;
}

} // namespace motcua::print
