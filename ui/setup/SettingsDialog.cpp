#include "ui/setup/SettingsDialog.h"

#include "ui/common/AppSettings.h"
#include "ui/setup/ConnectionChoice.h"
#include "ui/setup/ConnectionEditor.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/PlainText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrinterInfo>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace motcua::ui {

using Key = storage::Settings::Key;

SettingsDialog::SettingsDialog(const Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_settings(session.database, session.clock)
    , m_mayEditAgency(session.user.has(identity::Role::Admin))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_messageBar = new MessageBar(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(createComputerPage(), tr("This computer"));
    m_tabs->addTab(createConnectionPage(), tr("Database connection"));
    m_tabs->addTab(createAgencyPage(), tr("Agency"));

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* saveButton = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    saveButton->setObjectName(QStringLiteral("saveButton"));
    saveButton->setDefault(true);
    buttons->addButton(MessageBox::buttonText(QMessageBox::Cancel), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save()) {
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(720, 560);
}

QWidget* SettingsDialog::createComputerPage()
{
    auto* page = new QWidget(this);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(QStringLiteral("Tiếng Việt"), static_cast<int>(Language::Vietnamese));
    m_language->addItem(QStringLiteral("English"), static_cast<int>(Language::English));
    m_language->setCurrentIndex(QLocale().language() == QLocale::English ? 1 : 0);

    m_printer = new QComboBox(page);
    m_printer->setObjectName(QStringLiteral("printerCombo"));
    m_printer->addItem(tr("The system's default printer"), QString());
    for (const QString& name : QPrinterInfo::availablePrinterNames()) {
        m_printer->addItem(name, name);
    }
    if (const QString chosen = AppSettings::printer(); !chosen.isEmpty()) {
        if (m_printer->findData(chosen) < 0) {
            m_printer->addItem(tr("%1 (not found now)").arg(chosen), chosen);
        }
        m_printer->setCurrentIndex(m_printer->findData(chosen));
    }
    m_paper = new QComboBox(page);
    m_paper->setObjectName(QStringLiteral("paperCombo"));
    for (const QPageSize::PageSizeId size : {QPageSize::A4, QPageSize::A5, QPageSize::Letter}) {
        m_paper->addItem(QPageSize::name(size), static_cast<int>(size));
    }
    m_paper->setCurrentIndex(m_paper->findData(static_cast<int>(AppSettings::paperSize())));

    auto* form = new QFormLayout(page);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Default &printer:"), m_printer);
    form->addRow(tr("Paper &size of reports:"), m_paper);
    form->addRow(plainLabel(tr("The receipt and the other forms keep their legal size (A5); the register is A4."),
                            page));
    return page;
}

QWidget* SettingsDialog::createConnectionPage()
{
    auto* page = new QWidget(this);
    m_connection = new ConnectionEditor(page);
    const storage::DatabaseLocation stored = ConnectionChoice::stored();
    m_connection->setLocation(stored);
    m_storedConnection = stored.openText();
    auto* layout = new QVBoxLayout(page);
    auto* now = plainLabel(tr("Open now: %1. A change is used at the next start; \"motcua --db\" overrides it.")
                               .arg(m_session.database.displayName()),
                           page);
    now->setObjectName(QStringLiteral("currentDatabaseLabel"));
    now->setWordWrap(true);
    layout->addWidget(now);
    layout->addWidget(m_connection, 1);
    return page;
}

void SettingsDialog::addAgencyField(QFormLayout* form, Key key, const QString& name, QWidget* field)
{
    auto* edit = new QLineEdit(m_settings.value(key).toString(), form->parentWidget());
    edit->setObjectName(name + QStringLiteral("Edit"));
    edit->setEnabled(m_mayEditAgency);
    auto* error = errorLabel(name + QStringLiteral("Error"), form->parentWidget());
    error->hide();
    m_agencyEdits.insert(key, edit);
    m_agencyErrors.insert(key, error);
    auto* box = new QWidget(form->parentWidget());
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    if (field) {
        auto* row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(field);
        layout->addLayout(row);
    } else {
        edit->setMaximumWidth(120);
        layout->addWidget(edit);
    }
    layout->addWidget(error);
    form->addRow(storage::Settings::label(key) + QLatin1Char(':'), box);
}

QWidget* SettingsDialog::createAgencyPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    if (!m_mayEditAgency) {
        form->addRow(plainLabel(tr("Only an administrator changes the agency's settings."), page));
    }
    auto* browse = new QPushButton(tr("&Browse…"), page);
    browse->setObjectName(QStringLiteral("backupBrowseButton"));
    browse->setEnabled(m_mayEditAgency);
    addAgencyField(form, Key::BackupFolder, QStringLiteral("backupFolder"), browse);
    connect(browse, &QPushButton::clicked, this, [this] {
        QLineEdit* edit = m_agencyEdits.value(Key::BackupFolder);
        const QString folder = FileDialog::existingDirectory(this, tr("Backup folder"), edit->text());
        if (!folder.isEmpty()) {
            edit->setText(QDir::toNativeSeparators(folder));
        }
    });
    addAgencyField(form, Key::BackupKeepDaily, QStringLiteral("keepDaily"));
    addAgencyField(form, Key::BackupKeepMonthly, QStringLiteral("keepMonthly"));
    addAgencyField(form, Key::LockoutAttempts, QStringLiteral("lockoutAttempts"));
    addAgencyField(form, Key::LockoutMinutes, QStringLiteral("lockoutMinutes"));
    addAgencyField(form, Key::SameDayCutoff, QStringLiteral("cutoff"));
    m_agencyEdits.value(Key::SameDayCutoff)->setPlaceholderText(QStringLiteral("15:00"));
    form->addRow(plainLabel(tr("The cut-off applies to dossiers received from the next sign-in on; due moments "
                               "already given do not move."),
                            page));
    return page;
}

Language SettingsDialog::language() const
{
    return static_cast<Language>(m_language->currentData().toInt());
}

int SettingsDialog::validateAgency()
{
    int wrong = 0;
    for (auto edit = m_agencyEdits.cbegin(); edit != m_agencyEdits.cend(); ++edit) {
        QLabel* error = m_agencyErrors.value(edit.key());
        const Status valid = storage::Settings::validate(edit.key(), edit.value()->text());
        error->setText(valid ? QString() : valid.error().message);
        error->setVisible(!valid);
        if (!valid && wrong++ == 0) {
            m_tabs->setCurrentWidget(edit.value()->parentWidget()->parentWidget());
            edit.value()->setFocus();
        }
    }
    return wrong;
}

bool SettingsDialog::save()
{
    m_messageBar->clear();
    m_note.clear();
    const int wrong = m_mayEditAgency ? validateAgency() : 0;
    const bool connectionChanged = m_connection->location().openText() != m_storedConnection;
    const bool connectionValid = !connectionChanged || m_connection->validate().ok();
    if (!connectionValid && wrong == 0) {
        m_tabs->setCurrentIndex(1);
    }
    if (const int count = wrong + (connectionValid ? 0 : 1); count > 0) {
        m_messageBar->showError(tr("%n field(s) need attention; nothing was saved.", nullptr, count));
        return false;
    }
    if (m_mayEditAgency) {
        QList<storage::Settings::Change> changes;
        for (auto edit = m_agencyEdits.cbegin(); edit != m_agencyEdits.cend(); ++edit) {
            QString text = edit.value()->text().trimmed();
            if (edit.key() == Key::BackupFolder && !text.isEmpty()) {
                text = QDir(QDir::fromNativeSeparators(text)).absolutePath();
            }
            changes.append({edit.key(), text});
        }
        if (Status saved = m_settings.setAll(m_session.user.id, changes); !saved) {
            m_messageBar->showError(saved.error().message);
            return false;
        }
    }
    AppSettings::setPrinter(m_printer->currentData().toString());
    AppSettings::setPaperSize(static_cast<QPageSize::PageSizeId>(m_paper->currentData().toInt()));
    if (connectionChanged) {
        const auto stored = ConnectionChoice::store(m_connection->location());
        if (!stored) {
            m_messageBar->showError(stored.error().message);
            return false;
        }
        m_note = stored->isEmpty() ? tr("The new database connection is used at the next start.")
                                   : tr("The new database connection is used at the next start. %1").arg(*stored);
    }
    return true;
}

} // namespace motcua::ui
