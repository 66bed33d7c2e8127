#include "print/FormDocument.h"

#include "print/BarcodeImage.h"
#include "print/PdfFile.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QRegularExpression>
#include <QTextDocument>
#include <QThread>

namespace motcua::print {

using forms::FormKind;

namespace {

// Forms are laid out at 96 dots an inch whatever the screen, so a template looks the same on every machine.
constexpr int kLayoutDpi = 96;
// Barcode images are drawn this many device pixels a module: sharp on paper, scaled down for layout.
constexpr int kModulePixels = 8;

// The template's output split around its <body>: the receipt repeats the body for each copy.
struct HtmlParts {
    QString head;
    QString body;
    QString tail;
};

HtmlParts splitBody(const QString& html)
{
    static const QRegularExpression bodyOpen(QStringLiteral("<body[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch open = bodyOpen.match(html);
    const qsizetype close = html.lastIndexOf(QLatin1String("</body>"), -1, Qt::CaseInsensitive);
    if (!open.hasMatch() || close < open.capturedEnd()) {
        return {{}, html, {}};
    }
    return {html.left(open.capturedEnd()), html.mid(open.capturedEnd(), close - open.capturedEnd()), html.mid(close)};
}

// A fixed-resolution layout device: the same line breaks on every screen and printer.
QImage& layoutDevice()
{
    static QImage image = [] {
        QImage device(1, 1, QImage::Format_Mono);
        device.setDotsPerMeterX(qRound(kLayoutDpi / 0.0254));
        device.setDotsPerMeterY(qRound(kLayoutDpi / 0.0254));
        return device;
    }();
    return image;
}

// Lays `document` out on the paper of `layout`, whole.
void paginate(QTextDocument& document, const QPageLayout& layout)
{
    const QRectF paint = layout.paintRect(QPageLayout::Inch);
    document.setPageSize(paint.size() * kLayoutDpi);
}

// A document laid out in a worker thread is handed to the application's thread, which previews and prints it.
void ownedByApplication(QTextDocument& document)
{
    QThread* application = QCoreApplication::instance() ? QCoreApplication::instance()->thread() : nullptr;
    if (application && document.thread() == QThread::currentThread() && application != QThread::currentThread()) {
        document.moveToThread(application);
    }
}

} // namespace

Result<FormDocument> FormDocument::build(forms::PrintableForm form)
{
    FormDocument document;
    if (form.kind != FormKind::Receipt) {
        document.m_html = form.form.render(form.data);
    } else {
        // Two copies on one print: the agency keeps the first, the applicant takes the second.
        QString bodies;
        HtmlParts parts;
        for (const QString& label : {QStringLiteral("Liên 1: Lưu"), QStringLiteral("Liên 2: Giao người nộp")}) {
            forms::FormData copy = form.data;
            copy.fields.insert(QStringLiteral("copy_label"), label);
            parts = splitBody(form.form.render(copy));
            bodies += bodies.isEmpty()
                          ? parts.body
                          : QStringLiteral("<div style=\"page-break-before: always\">%1</div>").arg(parts.body);
        }
        document.m_html = parts.head + bodies + parts.tail;
    }
    if (!form.code.isEmpty()) {
        if (Status coded = document.addCodes(form.code); !coded) {
            return coded.error();
        }
    }
    document.m_form = std::move(form);
    return document;
}

Status FormDocument::addCodes(const QString& code)
{
    for (const auto& [name, symbology] : {std::pair{QStringLiteral("motcua:barcode"), Symbology::Code128},
                                          std::pair{QStringLiteral("motcua:qrcode"), Symbology::QrCode}}) {
        auto image = barcodeImage(symbology, code);
        if (!image) {
            return image.error();
        }
        // Code 128 at 1 layout pixel (0.26 mm) a module, the QR code at 2: sharp, scanned from paper with ease.
        const int layoutPixels = symbology == Symbology::Code128 ? 1 : 2;
        QImage sharp = image->scaled(image->size() * kModulePixels, Qt::IgnoreAspectRatio, Qt::FastTransformation);
        sharp.setDevicePixelRatio(qreal(kModulePixels) / layoutPixels);
        m_images.insert(name, sharp);
    }
    return {};
}

QPageLayout FormDocument::pageLayout() const
{
    if (forms::formPaper(kind()) == forms::Paper::A4Landscape) {
        return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 12, 10, 12),
                           QPageLayout::Millimeter);
    }
    return QPageLayout(QPageSize(QPageSize::A5), QPageLayout::Portrait, QMarginsF(14, 8, 10, 8),
                       QPageLayout::Millimeter);
}

std::shared_ptr<QTextDocument> FormDocument::newDocument(const QString& html) const
{
    auto document = std::make_shared<QTextDocument>();
    document->documentLayout()->setPaintDevice(&layoutDevice());
    // The base size; a template sets others on its elements, in whole points (Qt's rich text ignores a size
    // given to <body> in a style sheet once an element sets its own).
    document->setDefaultFont(
        QFont(QStringLiteral("Noto Serif"), forms::formPaper(kind()) == forms::Paper::A4Landscape ? 8 : 9));
    document->setDocumentMargin(0);
    for (auto image = m_images.cbegin(); image != m_images.cend(); ++image) {
        document->addResource(QTextDocument::ImageResource, QUrl(image.key()), image.value());
    }
    document->setHtml(html);
    return document;
}

std::shared_ptr<const LaidOutForm> FormDocument::layOut(const QPageLayout& layout) const
{
    if (m_laidOut && m_laidOutFor.isEquivalentTo(layout)) {
        return m_laidOut;
    }
    const std::shared_ptr<QTextDocument> document = newDocument(m_html);
    paginate(*document, layout);
    ownedByApplication(*document);
    m_laidOut = std::make_shared<const LaidOutForm>(document);
    m_laidOutFor = layout;
    return m_laidOut;
}

void FormDocument::print(QPagedPaintDevice* device) const
{
    device->setPageLayout(pageLayout());
    layOut(device->pageLayout())->print(device);
}

Status FormDocument::writePdf(const QString& path) const
{
    return writePdfFile(path, title(), 600, [this](QPagedPaintDevice* device) { print(device); });
}

} // namespace motcua::print
