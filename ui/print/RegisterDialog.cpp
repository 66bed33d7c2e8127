#include "ui/print/RegisterDialog.h"

#include "core/forms/FormService.h"
#include "ui/print/FormPreviewDialog.h"
#include "ui/widgets/MessageBar.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace motcua::ui {

namespace {

// Lays `document` out in the worker thread, telling the promise how many rows are done; cancelled, it stops
// between two parts and gives nothing.
void layOutInBackground(QPromise<std::shared_ptr<print::FormDocument>>& promise, print::FormDocument document,
                        int rowsPerPart)
{
    const auto laidOut = document.layOut(
        document.pageLayout(),
        [&promise](qsizetype done, qsizetype total) {
            promise.setProgressRange(0, static_cast<int>(total));
            promise.setProgressValue(static_cast<int>(done));
            return !promise.isCanceled();
        },
        rowsPerPart);
    if (laidOut && !promise.isCanceled()) {
        promise.addResult(std::make_shared<print::FormDocument>(std::move(document)));
    }
}

} // namespace

RegisterDialog::RegisterDialog(const Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(forms::formTitle(forms::FormKind::Register));
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
    // While a register is laid out: how far, and Cancel.
    auto* progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setFormat(tr("Laying out the register: %v of %m dossiers"));
    m_progress->hide();
    progressRow->addWidget(m_progress, 1);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->hide();
    progressRow->addWidget(m_cancelButton);
    layout->addLayout(progressRow);
    auto* buttons = new QDialogButtonBox(this);
    m_previewButton = buttons->addButton(tr("&Preview"), QDialogButtonBox::AcceptRole);
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_previewButton->setDefault(true);
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    connect(m_previewButton, &QPushButton::clicked, this, &RegisterDialog::preview);
    connect(m_cancelButton, &QPushButton::clicked, this, &RegisterDialog::cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(&m_layout, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(&m_layout, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_layout, &QFutureWatcherBase::finished, this, &RegisterDialog::laidOut);
}

RegisterDialog::~RegisterDialog()
{
    // The worker holds no pointer into the dialog; it is stopped so that it does not go on for nothing.
    m_layout.disconnect(this);
    m_layout.cancel();
    m_layout.waitForFinished();
}

void RegisterDialog::setPeriod(const QDate& from, const QDate& to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void RegisterDialog::preview()
{
    if (m_layout.isRunning()) {
        return;
    }
    m_messageBar->clear();
    const forms::FormService service(m_session.database, m_session.clock, m_session.user);
    auto form = service.registerForm(m_from->date(), m_to->date());
    auto document =
        form ? print::FormDocument::build(std::move(form).value()) : Result<print::FormDocument>(form.error());
    if (!document) {
        m_messageBar->showError(document.error().message);
        (document.error().field == QLatin1String("to") ? m_to : m_from)->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    setLayingOut(true);
    m_layout.setFuture(QtConcurrent::run(layOutInBackground, std::move(document).value(), m_rowsPerPart));
}

void RegisterDialog::cancel()
{
    m_layout.cancel();
}

void RegisterDialog::laidOut()
{
    setLayingOut(false);
    const QFuture<std::shared_ptr<print::FormDocument>> future = m_layout.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        m_messageBar->showInfo(tr("The register was not laid out: cancelled."));
        return;
    }
    FormPreviewDialog::showPreview(*future.result(), this);
}

void RegisterDialog::setLayingOut(bool layingOut)
{
    m_progress->setVisible(layingOut);
    m_cancelButton->setVisible(layingOut);
    m_previewButton->setEnabled(!layingOut);
    m_from->setEnabled(!layingOut);
    m_to->setEnabled(!layingOut);
}

} // namespace motcua::ui
