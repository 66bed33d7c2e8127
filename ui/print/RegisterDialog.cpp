#include "ui/print/RegisterDialog.h"

#include "core/forms/FormService.h"
#include "ui/print/FormPreviewDialog.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBar.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPrinter>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace motcua::ui {

namespace {

// Writes the register in the worker thread, on a connection of its own to the database, telling the promise how
// many rows are done; cancelled, it stops after the page under way and leaves no file.
void writeInBackground(QPromise<Result<print::RegisterPrinted>>& promise, const QString& location, const Clock& clock,
                       const forms::RegisterHeading& heading, const QString& path)
{
    auto database = storage::Database::open(location, clock);
    if (!database) {
        promise.addResult(Result<print::RegisterPrinted>(database.error()));
        return;
    }
    print::RegisterPainter painter(
        heading, print::registerRows(std::make_shared<storage::RegisterReader>(**database, heading.from, heading.to)));
    promise.setProgressRange(0, static_cast<int>(heading.lines));
    promise.addResult(print::writeRegisterPdf(path, painter, [&promise](qint64 done, qint64) {
        promise.setProgressValue(static_cast<int>(done));
        return !promise.isCanceled();
    }));
}

} // namespace

RegisterDialog::RegisterDialog(const Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(forms::formTitle(forms::FormKind::Register));
    setMinimumWidth(440); // room for the progress bar's "12345/26000 hồ sơ"
    auto* layout = new QVBoxLayout(this);
    m_messageBar = new MessageBar(this);
    layout->addWidget(m_messageBar);
    auto* form = new QFormLayout;
    const QDate today = session.clock.now().date();
    for (auto [edit, label, name, date] :
         {std::tuple{&m_from, tr("&From:"), "from", QDate(today.year(), today.month(), 1)},
          std::tuple{&m_to, tr("&To:"), "to", today}}) {
        *edit = new QDateEdit(date, this);
        (*edit)->setObjectName(QString::fromLatin1(name));
        (*edit)->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        (*edit)->setCalendarPopup(true);
        form->addRow(label, *edit);
    }
    layout->addLayout(form);
    // While a register is written or printed: how far, and Cancel.
    auto* progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setFormat(tr("%v of %m dossiers"));
    m_progress->hide();
    progressRow->addWidget(m_progress, 1);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->hide();
    progressRow->addWidget(m_cancelButton);
    layout->addLayout(progressRow);
    auto* buttons = new QDialogButtonBox(this);
    m_pdfButton = buttons->addButton(tr("Save as &PDF…"), QDialogButtonBox::AcceptRole);
    m_pdfButton->setObjectName(QStringLiteral("pdfButton"));
    m_pdfButton->setDefault(true);
    m_printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_printButton->setObjectName(QStringLiteral("printButton"));
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    connect(m_pdfButton, &QPushButton::clicked, this, &RegisterDialog::saveAsPdf);
    connect(m_printButton, &QPushButton::clicked, this, &RegisterDialog::print);
    connect(m_cancelButton, &QPushButton::clicked, this, &RegisterDialog::cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &RegisterDialog::reject);
    layout->addWidget(buttons);

    connect(&m_pdf, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_pdf, &QFutureWatcherBase::finished, this, &RegisterDialog::pdfWritten);
    m_pageTimer.setInterval(0);
    connect(&m_pageTimer, &QTimer::timeout, this, &RegisterDialog::printNextPage);
}

RegisterDialog::~RegisterDialog()
{
    // The worker holds no pointer into the dialog; it is stopped so that it does not go on for nothing.
    m_pdf.disconnect(this);
    m_pdf.cancel();
    m_pdf.waitForFinished();
    if (m_printing) {
        m_printer->abort();
        m_printing->finish();
    }
}

void RegisterDialog::setPeriod(const QDate& from, const QDate& to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

std::optional<forms::RegisterHeading> RegisterDialog::heading()
{
    m_messageBar->clear();
    auto heading = forms::FormService(m_session.database, m_session.clock, m_session.user)
                       .registerHeading(m_from->date(), m_to->date());
    if (!heading) {
        m_messageBar->showError(heading.error().message);
        (heading.error().field == QLatin1String("to") ? m_to : m_from)->setFocus(Qt::OtherFocusReason);
        return std::nullopt;
    }
    return std::move(heading).value();
}

void RegisterDialog::saveAsPdf()
{
    if (isBusy()) {
        return;
    }
    auto book = heading();
    if (!book) {
        return;
    }
    QString name = book->title;
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    m_pdfPath = FileDialog::saveFileName(this, tr("Save the register as PDF"),
                                         QDir::home().filePath(name + QStringLiteral(".pdf")),
                                         tr("PDF documents (*.pdf)"), QStringLiteral("pdf"));
    if (m_pdfPath.isEmpty()) {
        return;
    }
    const QString location = m_session.database.path();
    if (location.isEmpty() || location == QLatin1String(":memory:")) {
        // A private in-memory database: no second connection sees it, so it is written here, at once.
        print::RegisterPainter painter(*book, print::registerRows(std::make_shared<storage::RegisterReader>(
                                                  m_session.database, book->from, book->to)));
        showWritten(print::writeRegisterPdf(m_pdfPath, painter));
        return;
    }
    setBusy(true, book->lines);
    const Clock* clock = &m_session.clock;
    m_pdf.setFuture(QtConcurrent::run(
        [clock, location, heading = *book, path = m_pdfPath](QPromise<Result<print::RegisterPrinted>>& promise) {
            writeInBackground(promise, location, *clock, heading, path);
        }));
}

void RegisterDialog::pdfWritten()
{
    setBusy(false, 0);
    const QFuture<Result<print::RegisterPrinted>> future = m_pdf.future();
    if (future.resultCount() == 0) {
        m_messageBar->showInfo(tr("The register was not saved: cancelled."));
        return;
    }
    showWritten(future.result());
}

void RegisterDialog::showWritten(const Result<print::RegisterPrinted>& written)
{
    if (!written) {
        m_messageBar->showError(written.error().message);
    } else if (written->cancelled) {
        m_messageBar->showInfo(tr("The register was not saved: cancelled."));
    } else {
        m_messageBar->showInfo(tr("Saved %1: %2 dossiers, %3 pages.")
                                   .arg(QDir::toNativeSeparators(m_pdfPath))
                                   .arg(written->rows)
                                   .arg(written->pages));
    }
}

void RegisterDialog::print()
{
    if (isBusy()) {
        return;
    }
    auto book = heading();
    if (!book) {
        return;
    }
    m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    m_printer->setDocName(book->title);
    if (!FormPreviewDialog::choosePrinter(*m_printer, this)) {
        m_printer.reset();
        return;
    }
    const qint64 total = book->lines;
    m_printing = std::make_unique<print::RegisterPainter>(
        *std::move(book), print::registerRows(std::make_shared<storage::RegisterReader>(m_session.database,
                                                                                        m_from->date(), m_to->date())));
    if (Status begun = m_printing->begin(m_printer.get()); !begun) {
        m_printing.reset();
        m_printer.reset();
        m_messageBar->showError(begun.error().message);
        return;
    }
    m_printCancelled = false;
    setBusy(true, total);
    m_pageTimer.start();
}

void RegisterDialog::printNextPage()
{
    if (m_printCancelled) {
        m_printer->abort();
        stopPrinting(tr("The register was not printed: cancelled."), false);
        return;
    }
    auto more = m_printing->paintPage();
    if (!more) {
        m_printer->abort();
        stopPrinting(more.error().message, true);
        return;
    }
    m_progress->setValue(static_cast<int>(m_printing->rowsDone()));
    if (!*more) {
        const QString printer =
            m_printer->printerName().isEmpty() ? m_printer->outputFileName() : m_printer->printerName();
        stopPrinting(tr("%1 sent to %2: %3 dossiers, %4 pages.")
                         .arg(m_printing->title(), printer)
                         .arg(m_printing->rowsDone())
                         .arg(m_printing->pagesDone()),
                     false);
    }
}

void RegisterDialog::stopPrinting(const QString& message, bool error)
{
    m_pageTimer.stop();
    m_printing->finish();
    m_printing.reset();
    m_printer.reset();
    setBusy(false, 0);
    if (error) {
        m_messageBar->showError(message);
    } else {
        m_messageBar->showInfo(message);
    }
}

void RegisterDialog::cancel()
{
    m_pdf.cancel();
    m_printCancelled = m_printing != nullptr;
}

void RegisterDialog::reject()
{
    if (isBusy()) {
        cancel();
        return;
    }
    QDialog::reject();
}

void RegisterDialog::setBusy(bool busy, qint64 total)
{
    if (busy) {
        m_progress->setRange(0, static_cast<int>(total));
        m_progress->setValue(0);
    }
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_pdfButton->setEnabled(!busy);
    m_printButton->setEnabled(!busy);
    m_from->setEnabled(!busy);
    m_to->setEnabled(!busy);
    if (busy) {
        m_cancelButton->setFocus(Qt::OtherFocusReason);
    } else {
        m_pdfButton->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace motcua::ui
