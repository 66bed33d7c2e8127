#include "ui/setup/ConnectionEditor.h"

#include "core/storage/ConnectionCheck.h"
#include "core/storage/Database.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/PlainText.h"

#include <QDir>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace motcua::ui {

namespace {

// A field with its error message under it, as one row of the form.
QWidget* withError(QWidget* field, QLabel* error, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(field);
    layout->addWidget(error);
    error->hide();
    return box;
}

QLineEdit* lineEdit(const QString& name, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    return edit;
}

} // namespace

ConnectionEditor::ConnectionEditor(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("connectionEditor"));
    m_local = new QRadioButton(tr("&This computer (the database file)"), this);
    m_local->setObjectName(QStringLiteral("localRadio"));
    m_server = new QRadioButton(tr("The agency's &server (PostgreSQL, shared by several computers)"), this);
    m_server->setObjectName(QStringLiteral("serverRadio"));
    m_file = lineEdit(QStringLiteral("fileEdit"), this);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browseFileButton"));
    m_host = lineEdit(QStringLiteral("hostEdit"), this);
    m_host->setPlaceholderText(tr("e.g. 192.168.1.10 or motcua-server"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setMaximumWidth(110);
    m_database = lineEdit(QStringLiteral("databaseEdit"), this);
    m_user = lineEdit(QStringLiteral("userEdit"), this);
    m_password = lineEdit(QStringLiteral("passwordEdit"), this);
    m_password->setEchoMode(QLineEdit::Password);
    m_test = new QPushButton(tr("Test the &connection"), this);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("connectionResult"));
    m_result->setTextFormat(Qt::PlainText);
    m_result->setWordWrap(true);
    m_fileError = errorLabel(QStringLiteral("fileError"), this);
    m_hostError = errorLabel(QStringLiteral("hostError"), this);
    m_databaseError = errorLabel(QStringLiteral("databaseError"), this);
    m_userError = errorLabel(QStringLiteral("userError"), this);
    m_passwordError = errorLabel(QStringLiteral("passwordError"), this);

    auto* fileRow = new QWidget(this);
    auto* fileLayout = new QHBoxLayout(fileRow);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addWidget(m_file, 1);
    fileLayout->addWidget(m_browse);
    auto* localForm = new QFormLayout;
    localForm->setContentsMargins(24, 0, 0, 0);
    localForm->addRow(tr("&File:"), withError(fileRow, m_fileError, this));
    auto* serverForm = new QFormLayout;
    serverForm->setContentsMargins(24, 0, 0, 0);
    serverForm->addRow(tr("&Host:"), withError(m_host, m_hostError, this));
    serverForm->addRow(tr("P&ort:"), m_port);
    serverForm->addRow(tr("&Database:"), withError(m_database, m_databaseError, this));
    serverForm->addRow(tr("&User:"), withError(m_user, m_userError, this));
    serverForm->addRow(tr("&Password:"), withError(m_password, m_passwordError, this));
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_result, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_local);
    layout->addLayout(localForm);
    layout->addWidget(m_server);
    layout->addLayout(serverForm);
    layout->addLayout(testRow);
    layout->addStretch();

    m_local->setChecked(true);
    connect(m_local, &QRadioButton::toggled, this, &ConnectionEditor::updateEnabled);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::saveFileName(this, tr("Database file"), m_file->text(),
                                                      tr("MotCua database (*.sqlite)"));
        if (!path.isEmpty()) {
            m_file->setText(QDir::toNativeSeparators(path));
        }
    });
    connect(m_test, &QPushButton::clicked, this, &ConnectionEditor::testConnection);
    updateEnabled();
}

ConnectionEditor::~ConnectionEditor() = default;

void ConnectionEditor::updateEnabled()
{
    const bool local = m_local->isChecked();
    for (QWidget* field : std::initializer_list<QWidget*>{m_file, m_browse}) {
        field->setEnabled(local);
    }
    for (QWidget* field : std::initializer_list<QWidget*>{m_host, m_port, m_database, m_user, m_password}) {
        field->setEnabled(!local);
    }
    clearErrors();
}

void ConnectionEditor::setLocation(const storage::DatabaseLocation& location)
{
    const bool server = location.engine == storage::SqlEngine::PostgreSql;
    (server ? m_server : m_local)->setChecked(true);
    m_file->setText(server ? storage::Database::defaultPath() : QDir::toNativeSeparators(location.file));
    m_host->setText(location.host);
    m_port->setValue(location.port);
    m_database->setText(location.database);
    m_user->setText(location.user);
    m_password->setText(location.password);
    updateEnabled();
}

storage::DatabaseLocation ConnectionEditor::location() const
{
    storage::DatabaseLocation location;
    if (m_local->isChecked()) {
        location.file = QDir::fromNativeSeparators(m_file->text().trimmed());
        return location;
    }
    location.engine = storage::SqlEngine::PostgreSql;
    location.host = m_host->text().trimmed();
    location.port = m_port->value();
    location.database = m_database->text().trimmed();
    location.user = m_user->text().trimmed();
    location.password = m_password->text();
    return location;
}

QLabel* ConnectionEditor::errorFor(const QString& field) const
{
    if (field == QLatin1String("host")) {
        return m_hostError;
    }
    if (field == QLatin1String("database")) {
        return m_databaseError;
    }
    if (field == QLatin1String("user")) {
        return m_userError;
    }
    if (field == QLatin1String("password")) {
        return m_passwordError;
    }
    if (field == QLatin1String("file")) {
        return m_fileError;
    }
    return nullptr;
}

void ConnectionEditor::clearErrors()
{
    for (QLabel* label : {m_fileError, m_hostError, m_databaseError, m_userError, m_passwordError}) {
        label->clear();
        label->hide();
    }
    m_result->clear();
    m_result->setToolTip({});
}

void ConnectionEditor::showError(const Error& error)
{
    // Beside the field its first sentence; under the button the whole message, the driver's own words in the
    // tooltip for the IT staff.
    const QString message = error.message.section(QStringLiteral("\n\n"), 0, 0);
    if (QLabel* label = errorFor(error.field)) {
        const int end = message.indexOf(QLatin1String(". "));
        label->setText(end < 0 ? message : message.left(end + 1));
        label->show();
    }
    m_result->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_result->setText(message);
    m_result->setToolTip(plainToolTip(error.message));
}

Status ConnectionEditor::validate()
{
    clearErrors();
    const storage::DatabaseLocation given = location();
    const auto missing = [](const QString& field, const QString& text) { return Error::invalid(field, text); };
    std::optional<Error> error;
    if (given.engine == storage::SqlEngine::Sqlite) {
        if (given.file.isEmpty()) {
            error = missing(QStringLiteral("file"), tr("Choose the database file."));
        }
    } else if (given.host.isEmpty()) {
        error = missing(QStringLiteral("host"), tr("Give the server's name or address."));
    } else if (given.database.isEmpty()) {
        error = missing(QStringLiteral("database"), tr("Give the name of the database on the server."));
    } else if (given.user.isEmpty()) {
        error = missing(QStringLiteral("user"), tr("Give the user the program connects as."));
    }
    if (error) {
        showError(*error);
        m_result->clear();
        return *error;
    }
    return {};
}

void ConnectionEditor::testConnection()
{
    if (!validate()) {
        emit tested(false);
        return;
    }
    m_testing = true;
    m_test->setEnabled(false);
    m_result->setStyleSheet({});
    m_result->setText(tr("Connecting…"));
    const quint64 generation = ++m_testGeneration;
    auto* watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcher<Status>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_testGeneration) {
            return;
        }
        m_testing = false;
        m_test->setEnabled(true);
        const Status status = watcher->result();
        if (status) {
            m_result->setStyleSheet(QStringLiteral("color: #1b5e20;"));
            m_result->setText(tr("The connection works."));
        } else {
            showError(status.error());
        }
        emit tested(status.ok());
    });
    watcher->setFuture(QtConcurrent::run(
        [given = location()] { return storage::ConnectionCheck::check(given, kTestTimeoutSeconds); }));
}

} // namespace motcua::ui
