#include "print/RegisterPainter.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>

namespace motcua::print {

namespace {

// The statutory template's columns (resources/forms/register.html): the row's key and the share of the width.
struct Column {
    const char16_t* key;
    const char16_t* head;
    qreal share;
};
constexpr Column kColumns[] = {
    {u"no", u"TT", 3},
    {u"code", u"Mã hồ sơ", 16},
    {u"procedure", u"Tên thủ tục hành chính", 14},
    {u"applicant", u"Tên cá nhân, tổ chức", 10},
    {u"address_phone", u"Địa chỉ, số điện thoại", 11},
    {u"department", u"Cơ quan chủ trì giải quyết", 8},
    {u"received_at", u"Nhận hồ sơ", 8},
    {u"due_at", u"Hẹn trả kết quả", 8},
    {u"returned_at", u"Ngày trả kết quả", 8},
    {u"returned_how", u"Phương thức nhận kết quả", 7},
    {u"", u"Ký nhận", 7}, // signed by hand on the paper
};

// Laid out at this resolution whatever the device, and scaled to it: a printer and a PDF break the same lines and
// pages.
constexpr int kLayoutDpi = 600;
constexpr qreal kCellPadding = 0.7; // millimetres, inside every cell
constexpr qreal kFooter = 6;        // millimetres at the foot of the page, for its number
constexpr qreal kRule = 0.2;        // millimetres, the table's lines

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

RegisterPainter::Row RegisterPainter::layOutRow(const QStringList& cells, const QFont& font,
                                                Qt::Alignment alignment) const
{
    Row row;
    const qreal padding = px(kCellPadding);
    for (qsizetype column = 0; column < cells.size(); ++column) {
        // One cell across the table (the line of an empty register), or one a column; the number centred.
        const qreal right = cells.size() == 1 ? m_columnLeft.back() : m_columnLeft.at(column + 1);
        auto cell = layOut(cells.at(column), font, right - m_columnLeft.at(column) - 2 * padding,
                           column == 0 ? Qt::AlignHCenter : alignment);
        row.height = std::max(row.height, cell->boundingRect().height() + 2 * padding);
        row.cells.push_back(std::move(cell));
    }
    return row;
}

Status RegisterPainter::begin(QPagedPaintDevice* device)
{
    finish();
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
    m_bold = m_font;
    m_bold.setBold(true);
    m_italic = m_font;
    m_italic.setItalic(true);
    m_columnLeft.clear();
    qreal left = 0;
    for (const Column& column : kColumns) {
        m_columnLeft.push_back(left * m_width / 100);
        left += column.share;
    }
    m_columnLeft.push_back(m_width);
    QStringList heads;
    for (const Column& column : kColumns) {
        heads << text(column.head);
    }
    m_head = layOutRow(heads, m_bold, Qt::AlignHCenter);
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
    for (const Column& column : kColumns) {
        cells << row.value(text(column.key));
    }
    m_pending = layOutRow(cells, m_font);
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
    qreal top = m_page == 1 ? paintHeading(0) : 0;
    const qreal bottom = m_height - px(kFooter);
    if (!m_pending) {
        auto taken = takeRow();
        if (!taken) {
            return taken.error();
        }
    }
    const bool emptyRegister = m_rowsEnded && m_rowsDone == 0 && !m_emptyShown;
    if (m_pending || emptyRegister) {
        paintRow(m_head, top);
        top += m_head.height;
    }
    if (emptyRegister) {
        const Row empty = layOutRow({text(u"Không có hồ sơ nào được tiếp nhận trong khoảng thời gian này.")}, m_italic,
                                    Qt::AlignHCenter);
        paintRow(empty, top, true);
        top += empty.height;
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
    if (!m_pending && m_rowsEnded && !m_signed && top + signatureHeight() <= bottom) {
        paintSignature(top);
        m_signed = true;
    }
    paintFooter();
    return !m_signed || m_pending.has_value();
}

qreal RegisterPainter::paintHeading(qreal top)
{
    const QHash<QString, QString>& fields = m_heading.data.fields;
    const qreal split = m_width * 0.4;
    QFont title = m_bold;
    title.setPointSizeF(11);
    const struct {
        qreal left;
        qreal width;
        QList<std::pair<QString, QFont>> lines;
    } blocks[] = {
        {0,
         split,
         {{fields.value(QStringLiteral("agency_parent")).toUpper(), m_font},
          {fields.value(QStringLiteral("agency_name")).toUpper(), m_bold},
          {text(u"BỘ PHẬN MỘT CỬA"), m_bold}}},
        {split,
         m_width - split,
         {{text(u"SỔ THEO DÕI HỒ SƠ"), title},
          {text(u"Từ ngày %1 đến ngày %2 (%3 hồ sơ)")
               .arg(fields.value(QStringLiteral("from_date")), fields.value(QStringLiteral("to_date")),
                    fields.value(QStringLiteral("count"))),
           m_font},
          {text(u"In lúc %1").arg(fields.value(QStringLiteral("printed_at"))), m_italic}}},
    };
    qreal bottom = top;
    for (const auto& block : blocks) {
        qreal y = top;
        for (const auto& [line, font] : block.lines) {
            if (line.isEmpty()) {
                continue;
            }
            const auto layout = layOut(line, font, block.width, Qt::AlignHCenter);
            layout->draw(&m_painter, QPointF(block.left, y));
            y += layout->boundingRect().height();
        }
        bottom = std::max(bottom, y);
    }
    return bottom + px(3);
}

qreal RegisterPainter::signatureHeight() const
{
    return px(4) + 3 * QFontMetricsF(m_bold, &m_layoutDevice).height() + px(18);
}

qreal RegisterPainter::paintSignature(qreal top)
{
    const qreal left = m_width * 0.6;
    const qreal width = m_width - left;
    qreal y = top + px(4);
    for (const auto& [line, font] :
         {std::pair{m_heading.data.fields.value(QStringLiteral("place_date")), m_italic},
          std::pair{text(u"NGƯỜI LẬP SỔ"), m_bold}, std::pair{text(u"(Ký, ghi rõ họ tên)"), m_italic}}) {
        const auto layout = layOut(line, font, width, Qt::AlignHCenter);
        layout->draw(&m_painter, QPointF(left, y));
        y += layout->boundingRect().height();
    }
    return y + px(18);
}

void RegisterPainter::paintRow(const Row& row, qreal top, bool spanning)
{
    const qreal padding = px(kCellPadding);
    m_painter.setPen(QPen(Qt::black, px(kRule)));
    for (size_t column = 0; column < row.cells.size(); ++column) {
        const qreal left = m_columnLeft.at(column);
        const qreal right = spanning ? m_columnLeft.back() : m_columnLeft.at(column + 1);
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
