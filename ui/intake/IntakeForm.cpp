#include "ui/intake/IntakeForm.h"

#include "core/calendar/Explanation.h"
#include "core/storage/CatalogueRepository.h"
#include "ui/intake/ApplicantFields.h"
#include "ui/intake/DocumentChecklist.h"
#include "ui/intake/DuePreview.h"
#include "ui/intake/ProcedurePicker.h"
#include "ui/intake/SupplementRequestDialog.h"
#include "ui/print/FormPreviewDialog.h"
#include "ui/widgets/MessageBar.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QShowEvent>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace motcua::ui {

using workflow::IntakeService;
using workflow::ReceiveRequest;

namespace {

constexpr int kDueRefreshMilliseconds = 30 * 1000;
constexpr int kMaxFee = 1'000'000'000;
constexpr int kMaxSets = 100;

QString feeText(const catalogue::Procedure& procedure)
{
    if (!procedure.feeNote.isEmpty()) {
        return procedure.feeNote;
    }
    if (procedure.fee == 0) {
        return IntakeForm::tr("no fee");
    }
    return IntakeForm::tr("fee %1 VND").arg(QLocale().toString(procedure.fee));
}

} // namespace

IntakeForm::IntakeForm(const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("intakeForm"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createProcedurePart());
    auto* middle = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    m_applicant = new ApplicantFields(m_session.clock, this);
    left->addWidget(m_applicant);
    left->addWidget(createDeliveryPart());
    left->addStretch(1);
    middle->addLayout(left, 1);
    auto* right = new QVBoxLayout;
    m_documents = new DocumentChecklist(this);
    connect(m_documents, &DocumentChecklist::documentsChanged, this, &IntakeForm::onDocumentsChanged);
    right->addWidget(m_documents, 1);
    middle->addLayout(right, 1);
    layout->addLayout(middle, 1);

    m_due = new DuePreview(m_session, this);
    right->addWidget(m_due);

    m_messageBar = new MessageBar(this);
    layout->addWidget(m_messageBar);

    m_supplementButton = new QPushButton(tr("Record supplement re&quest (Mẫu 02)"), this);
    m_supplementButton->setObjectName(QStringLiteral("supplementButton"));
    m_supplementButton->setToolTip(
        tr("Record that the dossier cannot be received until the missing documents are brought (Ctrl+Shift+S)"));
    m_supplementButton->setAutoDefault(true);
    m_supplementButton->hide();
    connect(m_supplementButton, &QPushButton::clicked, this, &IntakeForm::recordSupplementRequest);
    m_receiveButton = new QPushButton(tr("&Receive"), this);
    m_receiveButton->setObjectName(QStringLiteral("receiveButton"));
    m_receiveButton->setToolTip(tr("Store the dossier and give it its code (Enter, Ctrl+Return)"));
    m_receiveButton->setAutoDefault(true);
    m_receiveButton->setDefault(true);
    connect(m_receiveButton, &QPushButton::clicked, this, &IntakeForm::receive);
    // Shown once there is something to print: the receipt of the dossier just received, or the supplement request.
    m_printButton = new QPushButton(this);
    m_printButton->setObjectName(QStringLiteral("printLastButton"));
    m_printButton->setToolTip(tr("Preview, print or save as PDF (Ctrl+P)"));
    m_printButton->hide();
    connect(m_printButton, &QPushButton::clicked, this, &IntakeForm::printLast);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_supplementButton);
    buttons->addStretch(1);
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_receiveButton);
    layout->addLayout(buttons);

    auto catalogue = storage::CatalogueRepository(m_session.database).load();
    if (catalogue) {
        m_procedures = catalogue->procedures;
        m_picker->setProcedures(m_procedures);
    } else {
        m_messageBar->showError(tr("The procedures could not be loaded: %1").arg(catalogue.error().message));
        m_picker->setEnabled(false);
    }
    connect(m_picker, &ProcedurePicker::procedureChosen, this, &IntakeForm::showProcedure);

    // The due moment moves with the clock while the form waits for the next citizen.
    m_dueTimer = new QTimer(this);
    m_dueTimer->setInterval(kDueRefreshMilliseconds);
    connect(m_dueTimer, &QTimer::timeout, this, &IntakeForm::refreshDue);
    m_dueTimer->start();

    setUpTabOrder();
    setUpShortcuts();
    fillDocuments();
    refreshDue();
    m_picker->setFocus();
}

IntakeForm::~IntakeForm()
{
    // Closing the window moves the focus out of a field, which would validate it after the members are gone.
    const QList<QWidget*> children = findChildren<QWidget*>();
    for (QWidget* child : children) {
        child->disconnect(this);
    }
}

QWidget* IntakeForm::createProcedurePart()
{
    auto* box = new QGroupBox(tr("Procedure"), this);
    m_picker = new ProcedurePicker(box);
    m_picker->setToolTip(tr("Type part of the name or code, without accents if you like (Ctrl+F)"));
    m_procedureInfo = new QLabel(box);
    m_procedureInfo->setObjectName(QStringLiteral("procedureInfo"));
    m_procedureInfo->setTextFormat(Qt::PlainText);
    m_procedureInfo->setWordWrap(true);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_picker);
    layout->addWidget(m_procedureInfo);
    return box;
}

QWidget* IntakeForm::createDeliveryPart()
{
    auto* box = new QGroupBox(tr("Channel and result"), this);
    m_channel = new QComboBox(box);
    m_channel->setObjectName(QStringLiteral("channelCombo"));
    m_channel->addItem(tr("At the counter"), static_cast<int>(dossier::Channel::Counter));
    m_channel->addItem(tr("Online"), static_cast<int>(dossier::Channel::Online));
    m_channel->addItem(tr("By post"), static_cast<int>(dossier::Channel::Post));
    m_delivery = new QComboBox(box);
    m_delivery->setObjectName(QStringLiteral("deliveryCombo"));
    m_delivery->addItem(tr("At the counter"), static_cast<int>(dossier::Delivery::Counter));
    m_delivery->addItem(tr("By post"), static_cast<int>(dossier::Delivery::Post));
    m_sets = new QSpinBox(box);
    m_sets->setObjectName(QStringLiteral("setsSpin"));
    m_sets->setRange(1, kMaxSets);
    m_fee = new QSpinBox(box);
    m_fee->setObjectName(QStringLiteral("feeSpin"));
    m_fee->setRange(0, kMaxFee);
    m_fee->setSingleStep(1000);
    m_fee->setGroupSeparatorShown(true);
    m_fee->setSuffix(tr(" VND"));

    // Two pairs side by side: the applicant's fields above need the height for their error texts.
    auto* layout = new QGridLayout(box);
    const auto addPair = [box, layout](int row, int column, const QString& text, QWidget* field) {
        auto* label = new QLabel(text, box);
        label->setBuddy(field);
        layout->addWidget(label, row, column);
        layout->addWidget(field, row, column + 1);
    };
    addPair(0, 0, tr("&Channel"), m_channel);
    addPair(0, 2, tr("&Delivery"), m_delivery);
    addPair(1, 0, tr("N&umber of sets"), m_sets);
    addPair(1, 2, tr("&Fee paid"), m_fee);
    layout->setColumnStretch(1, 1);
    layout->setColumnStretch(3, 1);
    return box;
}

void IntakeForm::setUpTabOrder()
{
    QList<QWidget*> chain{m_picker};
    chain << m_applicant->tabChain();
    chain << m_documents->tabChain() << m_channel << m_delivery << m_sets << m_fee << m_due->whyButton()
          << m_supplementButton << m_receiveButton;
    for (qsizetype i = 1; i < chain.size(); ++i) {
        setTabOrder(chain.at(i - 1), chain.at(i));
    }
}

void IntakeForm::setUpShortcuts()
{
    const auto add = [this](const QKeySequence& keys, const auto& slot) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    add(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { receive(); });
    add(QKeySequence::Print, [this] { printLast(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { receive(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_F), [this] {
        m_picker->setFocus(Qt::ShortcutFocusReason);
        m_picker->selectAll();
    });
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), [this] { m_documents->checkAll(); });
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), [this] { m_due->toggleExplanation(); });
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), [this] {
        if (m_supplementButton->isVisibleTo(this)) {
            recordSupplementRequest();
        }
    });
}

void IntakeForm::keyPressEvent(QKeyEvent* event)
{
    // Enter anywhere in the form receives the dossier (the fields let it through), except while a count is edited.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    const auto modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (enter && modifiers == Qt::NoModifier) {
        QWidget* focus = focusWidget();
        if (!m_documents->isEditing(focus)) {
            event->accept();
            receive();
            return;
        }
    }
    QWidget::keyPressEvent(event);
}

// Procedure and documents

const catalogue::Procedure* IntakeForm::procedure() const
{
    return findProcedure(m_picker->code());
}

const catalogue::Procedure* IntakeForm::findProcedure(const QString& code) const
{
    if (code.isEmpty()) {
        return nullptr;
    }
    const auto found = std::find_if(m_procedures.cbegin(), m_procedures.cend(),
                                    [&](const catalogue::Procedure& procedure) { return procedure.code == code; });
    return found == m_procedures.cend() ? nullptr : &*found;
}

void IntakeForm::showProcedure(const QString& code)
{
    // While the picker's text is being edited (no code), the documents of the last procedure stay as checked.
    if (!code.isEmpty() && code != m_shownProcedure) {
        m_shownProcedure = code;
        hideSupplementRequest();
        fillDocuments();
        const catalogue::Procedure* chosen = findProcedure(code);
        m_fee->setValue(static_cast<int>(std::clamp<qint64>(chosen->fee, 0, kMaxFee)));
    }
    refreshDue();
}

void IntakeForm::fillDocuments()
{
    const catalogue::Procedure* shown = findProcedure(m_shownProcedure);
    if (shown) {
        m_procedureInfo->setText(QStringLiteral("%1 \u00B7 %2 \u00B7 %3")
                                     .arg(shown->field,
                                          tr("legal time limit %1").arg(calendar::formatTimeLimit(shown->limit)),
                                          feeText(*shown)));
    } else {
        m_procedureInfo->setText(tr("No procedure chosen yet."));
    }
    m_documents->setProcedure(shown);
}

void IntakeForm::onDocumentsChanged()
{
    // The supplement request is offered only while mandatory documents are missing.
    const catalogue::Procedure* chosen = procedure();
    if (m_supplementButton->isVisibleTo(this) &&
        (!chosen || IntakeService::missingDocuments(*chosen, request(*chosen)).isEmpty())) {
        hideSupplementRequest();
        m_messageBar->clear();
    }
}

void IntakeForm::refreshDue()
{
    m_due->showDue(procedure());
}

// Receiving

ReceiveRequest IntakeForm::request(const catalogue::Procedure& procedure) const
{
    ReceiveRequest request;
    request.procedureCode = procedure.code;
    request.applicant = m_applicant->applicant();
    if (procedure.code == m_shownProcedure) {
        request.documents = m_documents->checkedDocuments();
    }
    request.channel = static_cast<dossier::Channel>(m_channel->currentData().toInt());
    request.delivery = static_cast<dossier::Delivery>(m_delivery->currentData().toInt());
    request.sets = m_sets->value();
    request.feePaid = m_fee->value();
    return request;
}

bool IntakeForm::hasUnsavedInput() const
{
    return !m_applicant->isEmpty();
}

void IntakeForm::receive()
{
    m_messageBar->clear();
    hideSupplementRequest();
    m_applicant->clearErrors();
    const catalogue::Procedure* chosen = procedure();
    if (!chosen) {
        m_messageBar->showError(tr("Choose the procedure first: type part of its name or code."));
        m_picker->setFocus(Qt::OtherFocusReason);
        m_picker->selectAll();
        return;
    }
    if (!m_applicant->validate()) {
        m_messageBar->showError(
            tr("%n field(s) need attention: see the red messages under them.", nullptr, m_applicant->errorCount()));
        return;
    }
    const ReceiveRequest request = this->request(*chosen);
    if (const QStringList missing = IntakeService::missingDocuments(*chosen, request); !missing.isEmpty()) {
        offerSupplementRequest(missing);
        return;
    }
    workflow::WorkflowContext context = m_session.workflow();
    const Result<dossier::Dossier> received = IntakeService(context).receive(request);
    if (!received) {
        showError(received.error());
        return;
    }
    const dossier::Dossier& dossier = *received;
    m_messageBar->showInfo(tr("Dossier %1 received from %2. Result due %3. Ctrl+P prints the receipt.")
                               .arg(dossier.code, dossier.applicant.name, calendar::formatMoment(dossier.dueAt)));
    clearApplicant();
    m_lastReceived = dossier.code;
    m_lastSupplement.reset();
    m_printButton->setText(tr("&Print the receipt (Form 01)"));
    m_printButton->show();
    emit dossierReceived(dossier);
}

void IntakeForm::recordSupplementRequest()
{
    const catalogue::Procedure* chosen = procedure();
    if (!chosen) {
        return;
    }
    m_applicant->clearErrors();
    const ReceiveRequest request = this->request(*chosen);
    const QStringList missing = IntakeService::missingDocuments(*chosen, request);
    if (missing.isEmpty()) {
        hideSupplementRequest();
        m_messageBar->showInfo(tr("All mandatory documents are checked: the dossier can be received."));
        m_receiveButton->setFocus(Qt::OtherFocusReason);
        return;
    }
    // Nothing is recorded before the clerk has seen what the form will ask for and added the guidance.
    SupplementRequestDialog confirm(request.applicant.name, QStringLiteral("%1 – %2").arg(chosen->code, chosen->name),
                                    missing, this);
    if (confirm.exec() != QDialog::Accepted) {
        return;
    }
    workflow::WorkflowContext context = m_session.workflow();
    const auto recorded = IntakeService(context).recordSupplementRequest(request, missing, confirm.guidance());
    if (!recorded) {
        showError(recorded.error());
        return;
    }
    hideSupplementRequest();
    m_messageBar->showInfo(
        tr("Supplement request no. %2 (Mẫu 02) recorded for %1: %n document(s) to bring. Ctrl+P prints it.", nullptr,
           static_cast<int>(missing.size()))
            .arg(request.applicant.name, recorded->numberText()));
    m_lastReceived.clear();
    m_lastSupplement.reset();
    auto printable =
        forms::FormService(m_session.database, m_session.clock, m_session.user).intakeSupplement(recorded->id);
    if (!printable) {
        m_messageBar->showError(printable.error().message);
        clearApplicant();
        return;
    }
    m_lastSupplement = std::move(printable).value();
    m_printButton->setText(tr("&Print the supplement request (Form 02)"));
    m_printButton->show();
    clearApplicant();
}

void IntakeForm::printLast()
{
    if (!m_lastReceived.isEmpty()) {
        FormPreviewDialog::previewDossierForm(m_session, forms::FormKind::Receipt, m_lastReceived, this);
        return;
    }
    if (!m_lastSupplement) {
        return;
    }
    auto document = print::FormDocument::build(*m_lastSupplement);
    if (!document) {
        m_messageBar->showError(document.error().message);
        return;
    }
    FormPreviewDialog::showPreview(std::move(document).value(), this);
}

void IntakeForm::clearApplicant()
{
    m_applicant->clear();
    m_documents->reset();
    m_channel->setCurrentIndex(0);
    m_delivery->setCurrentIndex(0);
    m_sets->setValue(1);
    const catalogue::Procedure* shown = findProcedure(m_shownProcedure);
    m_fee->setValue(shown ? static_cast<int>(std::clamp<qint64>(shown->fee, 0, kMaxFee)) : 0);
    hideSupplementRequest();
    refreshDue();
    m_picker->setFocus(Qt::OtherFocusReason);
    m_picker->selectAll();
}

void IntakeForm::showError(const Error& error)
{
    if (m_applicant->showError(error)) {
        return;
    }
    m_messageBar->showError(error.message);
    if (error.field == QLatin1String("documents")) {
        m_documents->focusTable();
    } else if (error.field == QLatin1String("procedure")) {
        m_picker->setFocus(Qt::OtherFocusReason);
    } else if (error.field == QLatin1String("sets")) {
        m_sets->setFocus(Qt::OtherFocusReason);
    } else if (error.field == QLatin1String("fee_paid")) {
        m_fee->setFocus(Qt::OtherFocusReason);
    }
}

void IntakeForm::offerSupplementRequest(const QStringList& missing)
{
    QString text = tr("The dossier cannot be received: %n mandatory document(s) missing:", nullptr,
                      static_cast<int>(missing.size()));
    for (const QString& name : missing) {
        text += QStringLiteral("\n\u2022 ") + name;
    }
    text += QLatin1Char('\n') +
            tr("Check them if the applicant has brought them, or record a supplement request (Mẫu 02) instead.");
    m_messageBar->showError(text);
    m_supplementButton->show();
    m_documents->focusFirstMissing();
}

void IntakeForm::hideSupplementRequest()
{
    m_supplementButton->hide();
}

void IntakeForm::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous()) {
        m_picker->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace motcua::ui
