#include "ui/setup/FirstRunWizard.h"

#include "core/calendar/CalendarService.h"
#include "core/catalogue/CatalogueJson.h"
#include "core/identity/Accounts.h"
#include "core/storage/CatalogueRepository.h"
#include "core/storage/ConnectionCheck.h"
#include "ui/setup/ConnectionChoice.h"
#include "ui/setup/ConnectionEditor.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/PlainText.h"

#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace motcua::ui {

FirstRunWizard::FirstRunWizard(storage::Database& database, const Clock& clock, QWidget* parent)
    : QWizard(parent)
    , m_database(&database)
    , m_clock(clock)
{
    setUp();
}

FirstRunWizard::FirstRunWizard(const Clock& clock, QWidget* parent)
    : QWizard(parent)
    , m_clock(clock)
{
    addPage(createConnectionPage());
    setUp();
}

FirstRunWizard::~FirstRunWizard() = default;

QWizardPage* FirstRunWizard::createConnectionPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Database connection"));
    page->setSubTitle(tr("Where this computer keeps the dossiers: in a file of its own, or on the agency's server "
                         "that several computers share."));
    m_connection = new ConnectionEditor(page);
    m_connection->setLocation(ConnectionChoice::stored());
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_connection);
    return page;
}

bool FirstRunWizard::openChosenDatabase()
{
    if (!m_connection->validate()) {
        return false;
    }
    const storage::DatabaseLocation location = m_connection->location();
    if (Status reachable = storage::ConnectionCheck::check(location, ConnectionEditor::kTestTimeoutSeconds);
        !reachable) {
        m_connection->showError(reachable.error());
        return false;
    }
    auto opened = storage::Database::open(location.openText(), m_clock);
    if (!opened) {
        m_connection->showError(storage::ConnectionCheck::explain(location, opened.error().message));
        return false;
    }
    const auto note = ConnectionChoice::store(location);
    if (!note) {
        m_connection->showError(note.error());
        return false;
    }
    if (!note->isEmpty()) {
        MessageBox::information(this, windowTitle(), *note);
    }
    m_opened = std::move(opened).value();
    m_database = m_opened.get();
    if (identity::Accounts(*m_database, m_clock).hasAdmin().value_or(false)) {
        m_joinedExisting = true; // set up from another computer: sign in now
        done(QDialog::Accepted);
        return false;
    }
    return true;
}

void FirstRunWizard::setUp()
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("MotCua — first start"));
    setWizardStyle(QWizard::ClassicStyle);
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    addPage(createAgencyPage());
    addPage(createAdminPage());
    setMinimumSize(720, 560);
}

QWizardPage* FirstRunWizard::createAgencyPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Agency and procedures"));
    page->setSubTitle(tr("Choose the catalogue of the agency whose one-stop shop this is."));
    m_shipped = new QRadioButton(tr("Sở Thông tin và Truyền thông tỉnh Kiên Giang (shipped catalogue)"), page);
    m_shipped->setObjectName(QStringLiteral("shippedRadio"));
    m_shipped->setChecked(true);
    m_fromFile = new QRadioButton(tr("Import a catalogue file (JSON):"), page);
    m_fromFile->setObjectName(QStringLiteral("fileRadio"));
    m_file = new QLineEdit(page);
    m_file->setObjectName(QStringLiteral("catalogueFileEdit"));
    auto* browse = new QPushButton(tr("&Browse…"), page);
    browse->setObjectName(QStringLiteral("browseButton"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::openFileName(this, tr("Catalogue file"), {}, tr("Catalogue (*.json)"));
        if (!path.isEmpty()) {
            m_file->setText(path);
            m_fromFile->setChecked(true);
        }
    });
    connect(m_file, &QLineEdit::textEdited, this, [this] { m_fromFile->setChecked(true); });
    m_agencyMessage = errorLabel(QStringLiteral("agencyMessage"), page);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file);
    fileRow->addWidget(browse);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_shipped);
    layout->addWidget(m_fromFile);
    layout->addLayout(fileRow);
    layout->addWidget(m_agencyMessage);
    layout->addStretch();
    return page;
}

QWizardPage* FirstRunWizard::createAdminPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Administrator"));
    page->setSubTitle(tr("The administrator manages the catalogue, the calendar and the users."));
    m_login = new QLineEdit(QStringLiteral("admin"), page);
    m_login->setObjectName(QStringLiteral("adminLoginEdit"));
    m_fullName = new QLineEdit(page);
    m_fullName->setObjectName(QStringLiteral("adminNameEdit"));
    m_password = new QLineEdit(page);
    m_password->setObjectName(QStringLiteral("adminPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm = new QLineEdit(page);
    m_confirm->setObjectName(QStringLiteral("adminConfirmEdit"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_adminMessage = errorLabel(QStringLiteral("adminMessage"), page);
    auto* form = new QFormLayout(page);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Full name:"), m_fullName);
    form->addRow(tr("&Password (10 characters or more):"), m_password);
    form->addRow(tr("&Repeat the password:"), m_confirm);
    form->addRow(m_adminMessage);
    return page;
}

QString FirstRunWizard::adminLogin() const
{
    return m_login->text().trimmed();
}

bool FirstRunWizard::validateCurrentPage()
{
    if (currentPage() && currentPage()->findChild<ConnectionEditor*>()) {
        return openChosenDatabase();
    }
    if (currentPage() && currentPage()->findChild<QRadioButton*>(QStringLiteral("shippedRadio"))) {
        m_agencyMessage->clear();
        if (m_fromFile->isChecked()) {
            QFile file(m_file->text().trimmed());
            if (!file.open(QIODevice::ReadOnly)) {
                m_agencyMessage->setText(tr("Cannot read the file %1.").arg(m_file->text().trimmed()));
                return false;
            }
            const auto parsed = catalogue::CatalogueJson::parse(file.readAll());
            if (!parsed) {
                m_agencyMessage->setText(parsed.error().message);
                return false;
            }
        }
        return true;
    }
    m_adminMessage->clear();
    if (m_password->text() != m_confirm->text()) {
        m_adminMessage->setText(tr("The two passwords differ."));
        m_confirm->setFocus();
        return false;
    }
    identity::User admin;
    admin.login = adminLogin();
    admin.fullName = m_fullName->text().trimmed();
    admin.roles = {identity::Role::Admin};
    if (Status valid = identity::Accounts::validate(admin, m_password->text()); !valid) {
        m_adminMessage->setText(valid.error().message);
        return false;
    }
    return store();
}

bool FirstRunWizard::store()
{
    catalogue::Catalogue catalogue = catalogue::CatalogueJson::shipped();
    if (m_fromFile->isChecked()) {
        QFile file(m_file->text().trimmed());
        if (!file.open(QIODevice::ReadOnly)) {
            m_adminMessage->setText(tr("Cannot read the file %1.").arg(m_file->text().trimmed()));
            return false;
        }
        catalogue = *catalogue::CatalogueJson::parse(file.readAll());
    }
    storage::Database& database = *m_database;
    Status status = database.transaction([&]() -> Status {
        if (Status calendar = calendar::CalendarService(database, m_clock).installShippedData(); !calendar) {
            return calendar;
        }
        if (Status imported = storage::CatalogueRepository(database).import(catalogue); !imported) {
            return imported;
        }
        auto admin = identity::Accounts(database, m_clock)
                         .createFirstAdmin(adminLogin(), m_fullName->text().trimmed(), m_password->text());
        return admin ? Status() : Status(admin.error());
    });
    if (!status) {
        m_adminMessage->setText(status.error().message);
        return false;
    }
    return true;
}

} // namespace motcua::ui
