#include "ui/print/FormDocument.h"

#include "core/forms/FormText.h"
#include "core/storage/CatalogueRepository.h"
#include "ui/print/BarcodeImage.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>

namespace motcua::ui {

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

} // namespace

Result<FormDocument> FormDocument::build(FormKind kind, const forms::FormData& data,
                                         const forms::FormTemplates& templates, const QString& title)
{
    auto inUse = templates.inUse(kind);
    if (!inUse) {
        return inUse.error();
    }
    FormDocument document;
    document.m_kind = kind;
    document.m_title = title;
    if (kind != FormKind::Receipt) {
        document.m_html = inUse->form.render(data);
        return document;
    }
    // Two copies on one print: the agency keeps the first, the applicant takes the second.
    QString bodies;
    HtmlParts parts;
    for (const QString& label : {QStringLiteral("Liên 1: Lưu"), QStringLiteral("Liên 2: Giao người nộp")}) {
        forms::FormData copy = data;
        copy.fields.insert(QStringLiteral("copy_label"), label);
        parts = splitBody(inUse->form.render(copy));
        bodies += bodies.isEmpty()
                      ? parts.body
                      : QStringLiteral("<div style=\"page-break-before: always\">%1</div>").arg(parts.body);
    }
    document.m_html = parts.head + bodies + parts.tail;
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

Result<FormDocument> FormDocument::forDossier(FormKind kind, const workflow::DossierDetails& details,
                                              const forms::FormTemplates& templates)
{
    auto data = forms::dossierFormData(kind, details);
    if (!data) {
        return data.error();
    }
    auto document =
        build(kind, *data, templates, QStringLiteral("%1 – %2").arg(forms::formTitle(kind), details.dossier.code));
    if (document && (kind == FormKind::Receipt || kind == FormKind::ControlSlip)) {
        if (Status coded = document.value().addCodes(details.dossier.code); !coded) {
            return coded.error();
        }
    }
    return document;
}

Result<FormDocument> FormDocument::forIntakeSupplement(const forms::IntakeSupplement& request,
                                                       const forms::FormTemplates& templates)
{
    return build(FormKind::Supplement, forms::intakeSupplementData(request), templates,
                 QStringLiteral("%1 – %2").arg(forms::formTitle(FormKind::Supplement), request.applicantName));
}

Result<FormDocument> FormDocument::forRegister(const catalogue::Agency& agency,
                                               const QList<storage::RegisterLine>& lines, const QDate& from,
                                               const QDate& to, const QDateTime& printedAt,
                                               const forms::FormTemplates& templates)
{
    return build(FormKind::Register, forms::registerFormData(agency, lines, from, to, printedAt), templates,
                 QStringLiteral("%1 %2–%3")
                     .arg(forms::formTitle(FormKind::Register), forms::text::date(from), forms::text::date(to)));
}

Result<FormDocument> FormDocument::forRegister(storage::Database& database, const QDate& from, const QDate& to,
                                               const QDateTime& printedAt, const forms::FormTemplates& templates)
{
    auto agency = storage::CatalogueRepository(database).agency();
    if (!agency) {
        return agency.error();
    }
    auto lines = storage::registerLines(database, from, to);
    if (!lines) {
        return lines.error();
    }
    return forRegister(*agency, *lines, from, to, printedAt, templates);
}

QPageLayout FormDocument::pageLayout() const
{
    if (forms::formPaper(m_kind) == forms::Paper::A4Landscape) {
        return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 12, 10, 12),
                           QPageLayout::Millimeter);
    }
    return QPageLayout(QPageSize(QPageSize::A5), QPageLayout::Portrait, QMarginsF(14, 8, 10, 8),
                       QPageLayout::Millimeter);
}

std::shared_ptr<QTextDocument> FormDocument::layOut(const QPageLayout& layout) const
{
    if (m_laidOut && m_laidOutFor.isEquivalentTo(layout)) {
        return m_laidOut;
    }
    auto document = std::make_shared<QTextDocument>();
    // A fixed-resolution layout device: the same line breaks on every screen and printer.
    static QImage layoutDevice = [] {
        QImage image(1, 1, QImage::Format_Mono);
        image.setDotsPerMeterX(qRound(kLayoutDpi / 0.0254));
        image.setDotsPerMeterY(qRound(kLayoutDpi / 0.0254));
        return image;
    }();
    document->documentLayout()->setPaintDevice(&layoutDevice);
    // The base size; a template sets others on its elements, in whole points (Qt's rich text ignores a size
    // given to <body> in a style sheet once an element sets its own).
    document->setDefaultFont(
        QFont(QStringLiteral("Noto Serif"), forms::formPaper(m_kind) == forms::Paper::A4Landscape ? 8 : 9));
    document->setDocumentMargin(0);
    for (auto image = m_images.cbegin(); image != m_images.cend(); ++image) {
        document->addResource(QTextDocument::ImageResource, QUrl(image.key()), image.value());
    }
    document->setHtml(m_html);
    const QRectF paint = layout.paintRect(QPageLayout::Inch);
    document->setPageSize(paint.size() * kLayoutDpi);
    document->pageCount(); // lays the whole document out now, once
    m_laidOut = document;
    m_laidOutFor = layout;
    return document;
}

void FormDocument::print(QPagedPaintDevice* device) const
{
    device->setPageLayout(pageLayout());
    layOut(device->pageLayout())->print(device);
}

Status FormDocument::writePdf(const QString& path) const
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        {
            QPdfWriter writer(&file);
            writer.setTitle(m_title);
            writer.setCreator(QStringLiteral("MotCua"));
            writer.setResolution(600);
            print(&writer);
        }
        file.close();
        if (file.error() == QFileDevice::NoError && file.size() > 0) {
            return {};
        }
    }
    return Error::invalid(
        QStringLiteral("pdf"),
        QCoreApplication::translate("motcua::ui", "Cannot write %1: %2.").arg(path, file.errorString()));
}

} // namespace motcua::ui
