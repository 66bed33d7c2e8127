#include "ui/catalogue/CatalogueAdminDialog.h"

#include "core/calendar/Deadline.h"
#include "core/catalogue/CatalogueAdmin.h"
#include "core/catalogue/CatalogueJson.h"
#include "core/catalogue/CatalogueRules.h"
#include "core/common/TextFold.h"
#include "core/storage/CatalogueRepository.h"
#include "ui/catalogue/CatalogueImportDialog.h"
#include "ui/catalogue/ProcedureEditDialog.h"
#include "ui/catalogue/ProcessVersionDialog.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/FileErrorsDialog.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/PlainText.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace motcua::ui {

using namespace motcua::catalogue;

namespace {

enum VersionColumn { VersionIssue, VersionDate, VersionState, VersionDossiers, VersionBudget };

} // namespace

CatalogueAdminDialog::CatalogueAdminDialog(const Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("catalogueAdminDialog"));
    setWindowTitle(tr("Procedures and ISO processes"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("adminProcedureFilter"));
    m_filter->setPlaceholderText(tr("Find a procedure by code or name…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &CatalogueAdminDialog::applyFilter);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("adminProcedureList"));
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_list, &QListWidget::currentRowChanged, this, &CatalogueAdminDialog::showProcedure);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &CatalogueAdminDialog::editProcedure);

    m_versions = new QTreeWidget(this);
    m_versions->setObjectName(QStringLiteral("processVersionsTree"));
    m_versions->setRootIsDecorated(false);
    m_versions->setHeaderLabels(
        {tr("Process version"), tr("Issued"), tr("State"), tr("Dossiers on it"), tr("Step times")});
    for (int column : {VersionIssue, VersionDate, VersionState, VersionDossiers}) {
        m_versions->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    m_versions->header()->setStretchLastSection(true);
    connect(m_versions, &QTreeWidget::currentItemChanged, this, [this] {
        const auto procedure = current();
        const auto version = procedure ? currentVersion(*procedure) : std::nullopt;
        const bool inUse = version && m_versions->currentItem()->data(VersionDossiers, Qt::UserRole).toLongLong() > 0;
        m_correct->setEnabled(version && !inUse);
        m_correct->setToolTip(inUse ? tr("Dossiers run on this version: it is never edited in place. Issue a new "
                                         "version instead.")
                                    : QString());
    });

    const auto button = [this](const QString& name, const QString& text, void (CatalogueAdminDialog::*slot)()) {
        auto* pushButton = new QPushButton(text, this);
        pushButton->setObjectName(name);
        pushButton->setAutoDefault(false);
        connect(pushButton, &QPushButton::clicked, this, slot);
        return pushButton;
    };
    QPushButton* add = button(QStringLiteral("addProcedureButton"), tr("&New procedure…"),
                              &CatalogueAdminDialog::addProcedure);
    m_edit = button(QStringLiteral("editProcedureButton"), tr("&Edit the procedure…"),
                    &CatalogueAdminDialog::editProcedure);
    m_issue = button(QStringLiteral("issueProcessButton"), tr("&Issue a new version…"),
                     &CatalogueAdminDialog::issueProcess);
    m_correct = button(QStringLiteral("correctProcessButton"), tr("&Correct this version…"),
                       &CatalogueAdminDialog::correctProcess);
    QPushButton* import = button(QStringLiteral("importCatalogueButton"), tr("&Import a catalogue file…"),
                                 &CatalogueAdminDialog::importCatalogue);
    QPushButton* exportButton = button(QStringLiteral("exportCatalogueButton"), tr("E&xport the catalogue…"),
                                       &CatalogueAdminDialog::exportCatalogue);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_list, 1);
    auto* procedureButtons = new QHBoxLayout;
    procedureButtons->addWidget(add);
    procedureButtons->addWidget(m_edit);
    procedureButtons->addStretch(1);
    leftLayout->addLayout(procedureButtons);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* versionsTitle = new QLabel(tr("ISO process versions (a dossier keeps the version it was received under):"),
                                     this);
    versionsTitle->setWordWrap(true);
    rightLayout->addWidget(versionsTitle);
    rightLayout->addWidget(m_versions, 1);
    auto* versionButtons = new QHBoxLayout;
    versionButtons->addWidget(m_issue);
    versionButtons->addWidget(m_correct);
    versionButtons->addStretch(1);
    rightLayout->addLayout(versionButtons);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    m_message = new MessageBar(this);
    m_message->setObjectName(QStringLiteral("catalogueAdminMessage"));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(import);
    bottom->addWidget(exportButton);
    bottom->addStretch(1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    bottom->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);
    resize(1300, 680);
    reload();
}

int CatalogueAdminDialog::dayMinutes() const
{
    return m_session.calendar->hours().standardDayMinutes();
}

void CatalogueAdminDialog::reload(const QString& selectCode)
{
    const QString keep = selectCode.isEmpty() && current() ? current()->code : selectCode;
    auto catalogue = storage::CatalogueRepository(m_session.database).load();
    m_procedures = catalogue ? catalogue->procedures : QList<Procedure>();
    if (!catalogue && catalogue.error().code != ErrorCode::NotFound) {
        m_message->showError(catalogue.error().message);
    }
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int row = 0;
    for (int i = 0; i < m_procedures.size(); ++i) {
        const Procedure& procedure = m_procedures.at(i);
        auto* item = new QListWidgetItem(procedure.code + QStringLiteral(" — ") + procedure.name, m_list);
        item->setToolTip(plainToolTip(procedure.name));
        item->setData(Qt::UserRole, foldForSearch(procedure.code + QLatin1Char(' ') + procedure.name));
        if (procedure.code == keep) {
            row = i;
        }
    }
    m_list->setCurrentRow(m_procedures.isEmpty() ? -1 : row);
    applyFilter(m_filter->text());
    showProcedure();
}

void CatalogueAdminDialog::applyFilter(const QString& text)
{
    const QString folded = foldForSearch(text);
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        item->setHidden(!folded.isEmpty() && !item->data(Qt::UserRole).toString().contains(folded));
    }
}

std::optional<Procedure> CatalogueAdminDialog::current() const
{
    const int row = m_list ? m_list->currentRow() : -1;
    if (row < 0 || row >= m_procedures.size()) {
        return std::nullopt;
    }
    return m_procedures.at(row);
}

std::optional<ProcessVersion> CatalogueAdminDialog::currentVersion(const Procedure& procedure) const
{
    const QTreeWidgetItem* item = m_versions->currentItem();
    if (!item) {
        return std::nullopt;
    }
    const qint64 id = item->data(VersionIssue, Qt::UserRole).toLongLong();
    for (const ProcessVersion& version : procedure.processes) {
        if (version.id == id) {
            return version;
        }
    }
    return std::nullopt;
}

void CatalogueAdminDialog::showProcedure()
{
    m_versions->clear();
    const auto procedure = current();
    m_edit->setEnabled(procedure.has_value());
    m_issue->setEnabled(procedure.has_value());
    m_correct->setEnabled(false);
    if (!procedure) {
        return;
    }
    CatalogueAdmin admin(m_session.database, m_session.clock);
    const ProcessVersion* inForce = procedure->processInForce(m_session.clock.now().date());
    for (const ProcessVersion& version : procedure->processes) {
        const qint64 dossiers = admin.dossiersOn(version.id).value_or(0);
        const StepBudget budget = stepBudget(procedure->limit, version.steps, dayMinutes());
        const QString state = inForce && inForce->id == version.id ? tr("in force")
                              : version.issuedOn > m_session.clock.now().date() ? tr("not yet in force")
                                                                                 : tr("superseded");
        auto* item = new QTreeWidgetItem(m_versions, {tr("%1, issue %2").arg(version.code).arg(version.issue),
                                                      version.issuedOn.toString(QStringLiteral("dd/MM/yyyy")), state,
                                                      QString::number(dossiers), budget.text()});
        item->setData(VersionIssue, Qt::UserRole, version.id);
        item->setData(VersionDossiers, Qt::UserRole, dossiers);
        item->setToolTip(VersionBudget, budget.text());
        if (!budget.fits()) {
            item->setForeground(VersionBudget, QColor(0xa0, 0x52, 0x00));
        }
    }
    if (m_versions->topLevelItemCount() > 0) {
        m_versions->setCurrentItem(m_versions->topLevelItem(m_versions->topLevelItemCount() - 1));
    }
}

void CatalogueAdminDialog::addProcedure()
{
    auto departments = storage::CatalogueRepository(m_session.database).departments();
    ProcedureEditDialog dialog(departments.value_or({}), nullptr, this);
    QString saved;
    dialog.setApply([&](const Procedure& procedure) -> Status {
        auto result = CatalogueAdmin(m_session.database, m_session.clock).saveProcedure(m_session.user, procedure, true);
        if (!result) {
            return result.error();
        }
        saved = result->code;
        return {};
    });
    if (dialog.exec() == QDialog::Accepted) {
        m_changed = true;
        reload(saved);
        m_message->showInfo(tr("Procedure %1 added. Issue its first process version before it is received.").arg(saved));
    }
}

void CatalogueAdminDialog::editProcedure()
{
    const auto procedure = current();
    if (!procedure) {
        return;
    }
    auto departments = storage::CatalogueRepository(m_session.database).departments();
    ProcedureEditDialog dialog(departments.value_or({}), &*procedure, this);
    dialog.setApply([&](const Procedure& changed) -> Status {
        auto result = CatalogueAdmin(m_session.database, m_session.clock).saveProcedure(m_session.user, changed, false);
        return result ? Status() : Status(result.error());
    });
    if (dialog.exec() == QDialog::Accepted) {
        m_changed = true;
        reload(procedure->code);
        m_message->showInfo(tr("Procedure %1 saved. Dossiers already received keep the terms they were received under.")
                                .arg(procedure->code));
    }
}

void CatalogueAdminDialog::issueProcess()
{
    const auto procedure = current();
    if (!procedure) {
        return;
    }
    auto departments = storage::CatalogueRepository(m_session.database).departments();
    CatalogueAdmin admin(m_session.database, m_session.clock);
    ProcessVersionDialog dialog(ProcessVersionDialog::Mode::Issue, *procedure, admin.nextIssueDraft(*procedure),
                                departments.value_or({}), dayMinutes(), this);
    int issued = 0;
    dialog.setApply([&](const ProcessVersion& version) -> Status {
        auto result = admin.issueProcess(m_session.user, procedure->code, version);
        issued = version.issue;
        return result ? Status() : Status(result.error());
    });
    if (dialog.exec() == QDialog::Accepted) {
        m_changed = true;
        reload(procedure->code);
        m_message->showInfo(tr("Issue %1 of the process of %2 is issued. Dossiers already received keep their version "
                               "and their due moment.")
                                .arg(issued)
                                .arg(procedure->code));
    }
}

void CatalogueAdminDialog::correctProcess()
{
    const auto procedure = current();
    const auto version = procedure ? currentVersion(*procedure) : std::nullopt;
    if (!version) {
        return;
    }
    auto departments = storage::CatalogueRepository(m_session.database).departments();
    CatalogueAdmin admin(m_session.database, m_session.clock);
    ProcessVersionDialog dialog(ProcessVersionDialog::Mode::Correct, *procedure, *version, departments.value_or({}),
                                dayMinutes(), this);
    dialog.setApply([&](const ProcessVersion& changed) -> Status {
        auto result = admin.editProcess(m_session.user, procedure->code, changed);
        return result ? Status() : Status(result.error());
    });
    if (dialog.exec() == QDialog::Accepted) {
        m_changed = true;
        reload(procedure->code);
        m_message->showInfo(tr("Issue %1 of the process of %2 is corrected.").arg(version->issue).arg(procedure->code));
    }
}

void CatalogueAdminDialog::importCatalogue()
{
    const QString path =
        FileDialog::openFileName(this, tr("Import a catalogue file"), {}, tr("Catalogue (*.json);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->showError(tr("Cannot read %1.").arg(path));
        return;
    }
    QList<Error> errors;
    QList<Error> unknownKeys;
    auto catalogue = CatalogueJson::parse(file.readAll(), errors, &unknownKeys);
    if (!catalogue) {
        FileErrorsDialog dialog(tr("Import the catalogue from %1").arg(QFileInfo(path).fileName()), errors, this);
        dialog.exec();
        m_message->showError(tr("%1 was not imported: %2").arg(path, catalogue.error().message));
        return;
    }
    CatalogueAdmin admin(m_session.database, m_session.clock);
    auto preview = admin.previewImport(*catalogue);
    if (!preview) {
        m_message->showError(preview.error().message);
        return;
    }
    CatalogueImportDialog dialog(path, *preview, unknownKeys, this);
    if (dialog.exec() != QDialog::Accepted) {
        m_message->showInfo(tr("Import cancelled: nothing was changed."));
        return;
    }
    auto applied = admin.applyImport(m_session.user, *catalogue);
    if (!applied) {
        m_message->showError(tr("The import was refused and nothing was changed: %1").arg(applied.error().message));
        return;
    }
    m_changed = true;
    reload();
    m_message->showInfo(tr("Catalogue imported: %1 added, %2 changed.")
                            .arg(applied->count(ImportChange::Action::Add))
                            .arg(applied->count(ImportChange::Action::Change)));
}

void CatalogueAdminDialog::exportCatalogue()
{
    const QString path = FileDialog::saveFileName(this, tr("Export the catalogue"), QStringLiteral("catalogue.json"),
                                                  tr("Catalogue (*.json)"), QStringLiteral("json"));
    if (path.isEmpty()) {
        return;
    }
    auto exported = CatalogueAdmin(m_session.database, m_session.clock).exportCatalogue();
    if (!exported) {
        m_message->showError(exported.error().message);
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*exported) < 0 || !file.commit()) {
        m_message->showError(tr("Cannot write %1.").arg(path));
        return;
    }
    m_message->showInfo(tr("Catalogue written to %1 (%2 procedures).").arg(path).arg(m_procedures.size()));
}

} // namespace motcua::ui
