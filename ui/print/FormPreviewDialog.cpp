#include "ui/print/FormPreviewDialog.h"

#include "ui/print/PrinterDefaults.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/MessageBox.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QShortcut>
#include <QVBoxLayout>

namespace motcua::ui {

namespace {

FormPreviewDialog::PrinterChooser& chooser()
{
    static FormPreviewDialog::PrinterChooser current;
    return current;
}

} // namespace

bool FormPreviewDialog::choosePrinter(QPrinter& printer, QWidget* parent)
{
    if (chooser()) {
        return chooser()(printer, parent);
    }
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print"));
    return dialog.exec() == QDialog::Accepted;
}

FormPreviewDialog::FormPreviewDialog(print::FormDocument document, QWidget* parent)
    : QDialog(parent)
    , m_document(std::move(document))
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    setWindowTitle(m_document.title());
    applyPrinterDefaults(*m_printer, false);
    m_printer->setPageLayout(m_document.pageLayout());
    m_printer->setDocName(m_document.title());

    auto* layout = new QVBoxLayout(this);
    m_messageBar = new MessageBar(this);
    layout->addWidget(m_messageBar);
    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setObjectName(QStringLiteral("preview"));
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this,
            [this](QPrinter* printer) { m_document.print(printer); });
    m_preview->fitToWidth();
    layout->addWidget(m_preview, 1);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::AcceptRole);
    printButton->setObjectName(QStringLiteral("printButton"));
    printButton->setDefault(true);
    QPushButton* pdfButton = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    pdfButton->setObjectName(QStringLiteral("pdfButton"));
    QPushButton* closeButton = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    connect(printButton, &QPushButton::clicked, this, &FormPreviewDialog::print);
    connect(pdfButton, &QPushButton::clicked, this, &FormPreviewDialog::saveAsPdf);
    connect(closeButton, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);
    new QShortcut(QKeySequence::Print, this, this, &FormPreviewDialog::print);
    new QShortcut(QKeySequence::Save, this, this, &FormPreviewDialog::saveAsPdf);

    // A page and its buttons on screen, also on a small office monitor.
    const bool wide = forms::formPaper(m_document.kind()) == forms::Paper::A4Landscape;
    const QRect available = screen()->availableGeometry();
    resize(std::min(wide ? 1100 : 720, available.width() - 40), std::min(860, available.height() - 60));
}

FormPreviewDialog::~FormPreviewDialog() = default;

int FormPreviewDialog::pageCount() const
{
    return m_preview->pageCount();
}

void FormPreviewDialog::setPrinterChooser(PrinterChooser chooser)
{
    ::motcua::ui::chooser() = std::move(chooser);
}

void FormPreviewDialog::print()
{
    if (!choosePrinter(*m_printer, this)) {
        return;
    }
    m_document.print(m_printer.get());
    m_messageBar->showInfo(tr("%1 sent to %2.")
                               .arg(m_document.title(), m_printer->printerName().isEmpty() ? m_printer->outputFileName()
                                                                                           : m_printer->printerName()));
}

void FormPreviewDialog::saveAsPdf()
{
    QString name = m_document.title();
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    const QString path =
        FileDialog::saveFileName(this, tr("Save as PDF"), QDir::home().filePath(name + QStringLiteral(".pdf")),
                                 tr("PDF documents (*.pdf)"), QStringLiteral("pdf"));
    if (path.isEmpty()) {
        return;
    }
    if (Status written = m_document.writePdf(path); !written) {
        m_messageBar->showError(written.error().message);
        return;
    }
    m_messageBar->showInfo(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

FormPreviewDialog* FormPreviewDialog::showPreview(print::FormDocument document, QWidget* parent)
{
    auto* dialog = new FormPreviewDialog(std::move(document), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void FormPreviewDialog::previewForm(const Result<forms::PrintableForm>& form, forms::FormKind kind, QWidget* parent)
{
    auto document = form ? print::FormDocument::build(*form) : Result<print::FormDocument>(form.error());
    if (!document) {
        MessageBox::warning(parent, forms::formTitle(kind), document.error().message);
        return;
    }
    showPreview(std::move(document).value(), parent);
}

void FormPreviewDialog::previewDossierForm(const Session& session, forms::FormKind kind, const QString& code,
                                           QWidget* parent)
{
    previewForm(forms::FormService(session.database, session.clock, session.user).dossierForm(kind, code), kind,
                parent);
}

} // namespace motcua::ui
