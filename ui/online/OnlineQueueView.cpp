#include "ui/online/OnlineQueueView.h"

#include "core/catalogue/Procedure.h"
#include "core/common/AgencyTime.h"
#include "core/forms/FormService.h"
#include "core/storage/CatalogueRepository.h"
#include "core/storage/DossierRepository.h"
#include "print/FormDocument.h"
#include "ui/print/FormPreviewDialog.h"
#include "ui/intake/SupplementRequestDialog.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/PlainText.h"
#include "ui/widgets/WeightedColumns.h"
#include "ui/widgets/ReadOnlyTable.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileSystemWatcher>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace motcua::ui {

using online::OnlineQueueService;

namespace {

QString momentText(const QDateTime& moment)
{
    return moment.isValid() ? moment.toString(QStringLiteral("HH:mm dd/MM/yyyy")) : QString();
}

QTableWidget* table(const QString& name, const QStringList& headers, QWidget* parent)
{
    auto* widget = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    widget->setObjectName(name);
    widget->setHorizontalHeaderLabels(headers);
    makeReadOnlyTable(widget, {.oneRow = true, .stretchLast = false});
    return widget;
}

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

// The reason for a refusal before acceptance, required; printed on Mẫu 03.
class RefusalDialog : public QDialog {
public:
    RefusalDialog(const QString& applicant, QWidget* parent)
        : QDialog(parent)
    {
        setObjectName(QStringLiteral("onlineRefusalDialog"));
        setWindowTitle(OnlineQueueView::tr("Refuse the online submission (Form 03)"));
        auto* layout = new QVBoxLayout(this);
        auto* intro = plainLabel(OnlineQueueView::tr("The submission of %1 will be refused before acceptance: it gets "
                                                     "no dossier code, and Form 03 gives the reason.")
                                     .arg(applicant),
                                 this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
        auto* label = new QLabel(OnlineQueueView::tr("&Reason for the refusal:"), this);
        m_reason = new QPlainTextEdit(this);
        m_reason->setObjectName(QStringLiteral("refusalReason"));
        m_reason->setTabChangesFocus(true);
        label->setBuddy(m_reason);
        layout->addWidget(label);
        layout->addWidget(m_reason);
        m_error = errorLabel(QStringLiteral("refusalError"), this);
        layout->addWidget(m_error);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        buttons->button(QDialogButtonBox::Ok)->setText(OnlineQueueView::tr("&Refuse"));
        connect(buttons, &QDialogButtonBox::accepted, this, [this] {
            if (reason().isEmpty()) {
                m_error->setText(OnlineQueueView::tr("Write the reason: Form 03 prints it."));
                m_reason->setFocus();
                return;
            }
            accept();
        });
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        layout->addWidget(buttons);
        resize(520, 260);
    }
    QString reason() const { return m_reason->toPlainText().trimmed(); }

private:
    QPlainTextEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
};

// Acceptance: what it does, and the fee paid.
class AcceptDialog : public QDialog {
public:
    AcceptDialog(const QString& applicant, const QString& procedure, qint64 fee, QWidget* parent)
        : QDialog(parent)
    {
        setObjectName(QStringLiteral("onlineAcceptDialog"));
        setWindowTitle(OnlineQueueView::tr("Accept the online submission"));
        auto* layout = new QVBoxLayout(this);
        auto* intro = plainLabel(OnlineQueueView::tr("%1 – %2\nAccepting gives the dossier its code and register "
                                                     "entry now, and counts its due moment from now.")
                                     .arg(applicant, procedure),
                                 this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
        auto* form = new QFormLayout;
        m_fee = new QSpinBox(this);
        m_fee->setObjectName(QStringLiteral("acceptFee"));
        m_fee->setRange(0, 1'000'000'000);
        m_fee->setSingleStep(10'000);
        m_fee->setGroupSeparatorShown(true);
        m_fee->setSuffix(QStringLiteral(" đ"));
        m_fee->setValue(static_cast<int>(fee));
        form->addRow(OnlineQueueView::tr("&Fee paid:"), m_fee);
        layout->addLayout(form);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        buttons->button(QDialogButtonBox::Ok)->setText(OnlineQueueView::tr("&Accept"));
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        layout->addWidget(buttons);
        setMinimumWidth(520);
    }
    qint64 fee() const { return m_fee->value(); }

private:
    QSpinBox* m_fee = nullptr;
};

} // namespace

OnlineQueueView::OnlineQueueView(const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Online submissions waiting for acceptance"), this);
    QFont bigger = title->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.3);
    bigger.setBold(true);
    title->setFont(bigger);
    layout->addWidget(title);

    auto* folderRow = new QHBoxLayout;
    m_folderLabel = new QLabel(this);
    m_folderLabel->setObjectName(QStringLiteral("inboxFolderLabel"));
    m_folderLabel->setTextFormat(Qt::PlainText);
    m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    folderRow->addWidget(m_folderLabel, 1);
    m_chooseFolder = new QPushButton(tr("Choose the &folder…"), this);
    m_chooseFolder->setObjectName(QStringLiteral("chooseInboxButton"));
    m_chooseFolder->setVisible(m_session.user.has(identity::Role::Admin));
    connect(m_chooseFolder, &QPushButton::clicked, this, &OnlineQueueView::chooseInboxFolder);
    folderRow->addWidget(m_chooseFolder);
    m_importButton = new QPushButton(tr("Read &new submissions (F5)"), this);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    connect(m_importButton, &QPushButton::clicked, this, &OnlineQueueView::importAndRefresh);
    auto* f5 = new QShortcut(QKeySequence(Qt::Key_F5), this, this, &OnlineQueueView::importAndRefresh);
    f5->setContext(Qt::WidgetWithChildrenShortcut);
    folderRow->addWidget(m_importButton);
    layout->addLayout(folderRow);

    m_messageBar = new MessageBar(this);
    layout->addWidget(m_messageBar);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("onlineTabs"));
    auto* waitingPage = new QWidget(this);
    auto* waitingLayout = new QVBoxLayout(waitingPage);
    auto* splitter = new QSplitter(Qt::Vertical, waitingPage);
    m_queue = table(QStringLiteral("onlineQueue"),
                    {tr("Submitted"), tr("Time waiting"), tr("Portal reference"), tr("Applicant"), tr("Phone"),
                     tr("Procedure"), tr("Documents"), tr("Note")},
                    splitter);
    // The applicant and the procedure share what the dates, references and counts leave (whole in the tooltip).
    new WeightedColumns(m_queue, {{3, 2}, {5, 3}}, 120);
    connect(m_queue, &QTableWidget::itemSelectionChanged, this, &OnlineQueueView::showSelected);
    connect(m_queue, &QTableWidget::itemActivated, this, &OnlineQueueView::acceptSelected);
    splitter->addWidget(m_queue);
    auto* detailsBox = new QWidget(splitter);
    auto* detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    m_details = new QLabel(detailsBox);
    m_details->setObjectName(QStringLiteral("onlineDetails"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailsLayout->addWidget(m_details);
    m_documents = table(QStringLiteral("onlineDocuments"), {tr("Document"), tr("Kind"), tr("Count"), tr("Mandatory")},
                        detailsBox);
    m_documents->setWordWrap(true);
    m_documents->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_documents->horizontalHeader()->setStretchLastSection(false);
    detailsLayout->addWidget(m_documents, 1);
    splitter->addWidget(detailsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    waitingLayout->addWidget(splitter, 1);

    auto* actions = new QHBoxLayout;
    m_acceptButton = new QPushButton(tr("&Accept…"), waitingPage);
    m_acceptButton->setObjectName(QStringLiteral("acceptButton"));
    m_supplementButton = new QPushButton(tr("Ask for a &supplement (Form 02)…"), waitingPage);
    m_supplementButton->setObjectName(QStringLiteral("supplementButton"));
    m_refuseButton = new QPushButton(tr("&Refuse (Form 03)…"), waitingPage);
    m_refuseButton->setObjectName(QStringLiteral("refuseButton"));
    m_printButton = new QPushButton(waitingPage);
    m_printButton->setObjectName(QStringLiteral("printLastButton"));
    m_printButton->hide();
    connect(m_acceptButton, &QPushButton::clicked, this, &OnlineQueueView::acceptSelected);
    connect(m_supplementButton, &QPushButton::clicked, this, &OnlineQueueView::requestSupplementForSelected);
    connect(m_refuseButton, &QPushButton::clicked, this, &OnlineQueueView::refuseSelected);
    connect(m_printButton, &QPushButton::clicked, this, &OnlineQueueView::printLast);
    actions->addWidget(m_acceptButton);
    actions->addWidget(m_supplementButton);
    actions->addWidget(m_refuseButton);
    actions->addStretch(1);
    actions->addWidget(m_printButton);
    waitingLayout->addLayout(actions);
    m_tabs->addTab(waitingPage, tr("Waiting"));

    m_log = table(QStringLiteral("importLog"), {tr("Read at"), tr("File"), tr("Outcome"), tr("Reason")}, this);
    m_log->setWordWrap(true);
    new WeightedColumns(m_log, {{1, 1}, {3, 3}}, 120);
    m_tabs->addTab(m_log, tr("Files read"));
    layout->addWidget(m_tabs, 1);

    m_watcher = new QFileSystemWatcher(this);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(1000);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &OnlineQueueView::importAndRefresh);
    refresh();
}

void OnlineQueueView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    importAndRefresh();
}

void OnlineQueueView::showError(const Error& error)
{
    m_messageBar->showError(error.field.isEmpty() ? error.message
                                                  : QStringLiteral("%1: %2").arg(error.field, error.message));
}

void OnlineQueueView::watchFolder()
{
    if (!m_watcher->directories().isEmpty()) {
        m_watcher->removePaths(m_watcher->directories());
    }
    if (!m_folder.isEmpty() && QDir(m_folder).exists()) {
        m_watcher->addPath(m_folder);
    }
}

void OnlineQueueView::importAndRefresh()
{
    workflow::WorkflowContext context = m_session.workflow();
    auto folder = OnlineQueueService(context).inboxFolder();
    if (folder && *folder != m_folder) {
        m_folder = *folder;
        watchFolder();
    }
    if (folder && !folder->isEmpty()) {
        auto outcomes = online::OnlineInbox(context).scan(*folder);
        if (!outcomes) {
            showError(outcomes.error());
        } else if (!outcomes->isEmpty()) {
            const bool rejected = std::any_of(outcomes->cbegin(), outcomes->cend(), [](const online::FileOutcome& o) {
                return o.kind == online::FileOutcome::Kind::Rejected;
            });
            const QString text = online::summary(*outcomes);
            if (rejected) {
                m_messageBar->showError(text + tr(" – see the files read."));
            } else {
                m_messageBar->showInfo(text);
            }
            Q_EMIT dossiersChanged();
        }
    }
    refresh();
}

void OnlineQueueView::refresh()
{
    m_folderLabel->setText(m_folder.isEmpty()
                               ? tr("No inbox folder is set: submissions arrive through motcua-cli submit, or an "
                                    "administrator chooses the folder.")
                               : tr("Inbox folder: %1").arg(QDir::toNativeSeparators(m_folder)));
    const qint64 selected = selectedDossier();
    storage::OnlineSubmissionRepository repository(m_session.database);
    auto entries = repository.waiting();
    if (!entries) {
        showError(entries.error());
        return;
    }
    m_entries = *entries;
    const QDateTime now = m_session.clock.now();
    m_queue->setRowCount(static_cast<int>(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const storage::OnlineQueueEntry& entry = m_entries.at(row);
        const qint64 minutes = entry.submittedAt.secsTo(now) / 60;
        const QString waited = minutes >= 1440 ? tr("%1 d %2 h").arg(minutes / 1440).arg(minutes / 60 % 24)
                                               : tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
        const QStringList texts{momentText(entry.submittedAt),
                                waited,
                                entry.reference,
                                entry.applicantName,
                                entry.phone,
                                QStringLiteral("%1 – %2").arg(entry.procedureCode, entry.procedureName),
                                QString::number(entry.documents),
                                entry.supplementRequestedAt.isValid()
                                    ? tr("supplement asked %1").arg(momentText(entry.supplementRequestedAt))
                                    : QString()};
        for (int column = 0; column < texts.size(); ++column) {
            auto* item = cell(texts.at(column));
            item->setData(Qt::UserRole, entry.dossierId);
            m_queue->setItem(row, column, item);
        }
    }
    m_tabs->setTabText(0, tr("Waiting (%1)").arg(m_entries.size()));
    if (selected > 0) {
        selectDossier(selected);
    }
    if (m_queue->selectedItems().isEmpty() && !m_entries.isEmpty()) {
        m_queue->selectRow(0);
    }
    showSelected();

    auto log = repository.recentLog();
    if (log) {
        m_log->setRowCount(static_cast<int>(log->size()));
        for (int row = 0; row < log->size(); ++row) {
            const storage::ImportLogEntry& entry = log->at(row);
            const QString outcome = entry.outcome == storage::ImportLogEntry::Outcome::Imported    ? tr("imported")
                                    : entry.outcome == storage::ImportLogEntry::Outcome::Duplicate ? tr("already known")
                                                                                                   : tr("set aside");
            const QStringList texts{momentText(entry.at), entry.fileName, outcome, entry.reason};
            for (int column = 0; column < texts.size(); ++column) {
                auto* item = cell(texts.at(column));
                if (entry.outcome == storage::ImportLogEntry::Outcome::Rejected) {
                    item->setForeground(QColor(0xB0, 0x1E, 0x1E));
                }
                m_log->setItem(row, column, item);
            }
        }
        m_log->resizeRowsToContents();
    }
    Q_EMIT waitingCountChanged(static_cast<int>(m_entries.size()));
}

qint64 OnlineQueueView::selectedDossier() const
{
    const QList<QTableWidgetItem*> items = m_queue->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(Qt::UserRole).toLongLong();
}

void OnlineQueueView::selectDossier(qint64 dossierId)
{
    for (int row = 0; row < m_queue->rowCount(); ++row) {
        if (m_queue->item(row, 0)->data(Qt::UserRole).toLongLong() == dossierId) {
            m_queue->selectRow(row);
            return;
        }
    }
}

void OnlineQueueView::showSelected()
{
    const qint64 id = selectedDossier();
    for (QPushButton* button : {m_acceptButton, m_supplementButton, m_refuseButton}) {
        button->setEnabled(id > 0);
    }
    m_documents->setRowCount(0);
    if (id == 0) {
        m_details->setText(m_entries.isEmpty() ? tr("No online submission is waiting.") : QString());
        return;
    }
    auto dossier = storage::DossierRepository(m_session.database).byId(id);
    if (!dossier) {
        m_details->setText(dossier.error().message);
        return;
    }
    const dossier::Applicant& a = dossier->applicant;
    QStringList lines;
    lines << (a.kind == dossier::Applicant::Kind::Organisation
                  ? tr("%1 · tax code %2 · representative %3").arg(a.name, a.taxCode, a.representative)
                  : tr("%1 · identity number %2 · born %3")
                        .arg(a.name, a.identityNumber, a.birthDate.toString(QStringLiteral("dd/MM/yyyy"))));
    lines << tr("Address: %1").arg(a.address);
    lines << tr("Phone: %1 · E-mail: %2 · Result: %3")
                 .arg(a.phone, a.email.isEmpty() ? QStringLiteral("–") : a.email,
                      dossier->delivery == dossier::Delivery::Post ? tr("by post") : tr("at the counter"));
    m_details->setText(lines.join(QLatin1Char('\n')));
    auto procedure = storage::CatalogueRepository(m_session.database).procedureById(dossier->procedureId);
    if (!procedure) {
        return;
    }
    // Every document the procedure asks for, with what came: a missing mandatory one reads at a glance.
    m_documents->setRowCount(static_cast<int>(procedure->documents.size()));
    for (int row = 0; row < procedure->documents.size(); ++row) {
        const catalogue::RequiredDocument& required = procedure->documents.at(row);
        int count = 0;
        for (const dossier::ReceivedDocument& received : dossier->documents) {
            if (received.name == required.name) {
                count = received.count;
            }
        }
        const bool missing = required.mandatory && count == 0;
        const QStringList texts{required.name, catalogue::documentKindName(required.kind),
                                count > 0 ? QString::number(count) : tr("not attached"),
                                required.mandatory ? tr("mandatory") : tr("optional")};
        for (int column = 0; column < texts.size(); ++column) {
            auto* item = cell(texts.at(column));
            if (missing) {
                item->setForeground(QColor(0xB0, 0x1E, 0x1E));
            }
            m_documents->setItem(row, column, item);
        }
    }
    m_documents->resizeRowsToContents();
}

std::optional<OnlineQueueView::Selected> OnlineQueueView::loadSelected()
{
    const qint64 id = selectedDossier();
    if (id == 0) {
        return std::nullopt;
    }
    auto dossier = storage::DossierRepository(m_session.database).byId(id);
    if (!dossier) {
        showError(dossier.error());
        return std::nullopt;
    }
    auto procedure = storage::CatalogueRepository(m_session.database).procedureById(dossier->procedureId);
    if (!procedure) {
        showError(procedure.error());
        return std::nullopt;
    }
    return Selected{std::move(dossier).value(), std::move(procedure).value()};
}

void OnlineQueueView::acceptSelected()
{
    const std::optional<Selected> selected = loadSelected();
    if (!selected) {
        return;
    }
    const qint64 id = selected->dossier.id;
    const dossier::Dossier* dossier = &selected->dossier;
    const catalogue::Procedure* procedure = &selected->procedure;
    AcceptDialog confirm(dossier->applicant.name, QStringLiteral("%1 – %2").arg(procedure->code, procedure->name),
                         procedure->fee, this);
    if (confirm.exec() != QDialog::Accepted) {
        return;
    }
    workflow::WorkflowContext context = m_session.workflow();
    auto accepted = OnlineQueueService(context).accept(id, confirm.fee(), dossier->version);
    if (!accepted) {
        showError(accepted.error());
        refresh();
        return;
    }
    m_lastCode = accepted->code;
    offerPrint(Last::Receipt, tr("&Print the receipt (Form 01)"));
    m_messageBar->showInfo(tr("Accepted as dossier %1, result due %2. Print the receipt for the applicant.")
                               .arg(accepted->code, momentText(accepted->dueAt)));
    Q_EMIT dossiersChanged();
    refresh();
}

void OnlineQueueView::requestSupplementForSelected()
{
    const std::optional<Selected> selected = loadSelected();
    if (!selected) {
        return;
    }
    const qint64 id = selected->dossier.id;
    const dossier::Dossier* dossier = &selected->dossier;
    const catalogue::Procedure* procedure = &selected->procedure;
    workflow::WorkflowContext context = m_session.workflow();
    OnlineQueueService service(context);
    auto request = service.asReceiveRequest(*dossier);
    if (!request) {
        showError(request.error());
        return;
    }
    const QStringList missing = workflow::IntakeService::missingDocuments(*procedure, *request);
    if (missing.isEmpty()) {
        m_messageBar->showInfo(tr("Every mandatory document is attached: the submission can be accepted."));
        return;
    }
    SupplementRequestDialog confirm(dossier->applicant.name,
                                    QStringLiteral("%1 – %2").arg(procedure->code, procedure->name), missing, this);
    if (confirm.exec() != QDialog::Accepted) {
        return;
    }
    auto recorded = service.requestSupplement(id, missing, confirm.guidance(), dossier->version);
    if (!recorded) {
        showError(recorded.error());
        refresh();
        return;
    }
    m_lastId = recorded->id;
    offerPrint(Last::Supplement, tr("&Print the supplement request (Form 02)"));
    m_messageBar->showInfo(tr("Supplement request no. %1 (Form 02) recorded for %2; the submission keeps waiting.")
                               .arg(recorded->numberText(), dossier->applicant.name));
    refresh();
}

void OnlineQueueView::refuseSelected()
{
    const qint64 id = selectedDossier();
    if (id == 0) {
        return;
    }
    auto dossier = storage::DossierRepository(m_session.database).byId(id);
    if (!dossier) {
        showError(dossier.error());
        return;
    }
    RefusalDialog confirm(dossier->applicant.name, this);
    if (confirm.exec() != QDialog::Accepted) {
        return;
    }
    workflow::WorkflowContext context = m_session.workflow();
    auto refused = OnlineQueueService(context).refuse(id, confirm.reason(), dossier->version);
    if (!refused) {
        showError(refused.error());
        refresh();
        return;
    }
    m_lastId = id;
    offerPrint(Last::Refusal, tr("&Print the refusal (Form 03)"));
    m_messageBar->showInfo(tr("The submission of %1 is refused.").arg(dossier->applicant.name));
    Q_EMIT dossiersChanged();
    refresh();
}

void OnlineQueueView::offerPrint(Last form, const QString& buttonText)
{
    m_last = form;
    m_printButton->setText(buttonText);
    m_printButton->show();
}

void OnlineQueueView::printLast()
{
    const forms::FormService service(m_session.database, m_session.clock, m_session.user);
    switch (m_last) {
    case Last::None:
        return;
    case Last::Receipt:
        FormPreviewDialog::previewDossierForm(m_session, forms::FormKind::Receipt, m_lastCode, this);
        return;
    case Last::Refusal:
        FormPreviewDialog::previewForm(service.dossierForm(forms::FormKind::Refusal, m_lastId),
                                       forms::FormKind::Refusal, this);
        return;
    case Last::Supplement:
        FormPreviewDialog::previewForm(service.intakeSupplement(m_lastId), forms::FormKind::Supplement, this);
        return;
    }
}

void OnlineQueueView::chooseInboxFolder()
{
    const QString folder = FileDialog::existingDirectory(this, tr("The folder the portal's files arrive in"), m_folder);
    if (folder.isEmpty()) {
        return;
    }
    workflow::WorkflowContext context = m_session.workflow();
    if (Status set = OnlineQueueService(context).setInboxFolder(folder); !set) {
        showError(set.error());
        return;
    }
    m_messageBar->showInfo(tr("Every workstation now reads %1.").arg(QDir::toNativeSeparators(folder)));
    importAndRefresh();
}

} // namespace motcua::ui
