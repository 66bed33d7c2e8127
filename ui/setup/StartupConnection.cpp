#include "ui/setup/StartupConnection.h"

#include "core/storage/ConnectionCheck.h"
#include "ui/common/PasswordStore.h"
#include "ui/setup/ConnectionChoice.h"
#include "ui/setup/ConnectionDialog.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace motcua::ui {

namespace {

std::function<QString(const QString&)>& passwordPrompt()
{
    static std::function<QString(const QString&)> prompt;
    return prompt;
}

QString askPassword(const storage::DatabaseLocation& location, QWidget* parent)
{
    QString prompt = StartupConnection::tr("The password of %1 on the server %2:").arg(location.user, location.host);
    if (!PasswordStore::instance().isPersistent()) {
        prompt += QLatin1Char('\n') +
                  StartupConnection::tr("(This computer has no keyring to keep it in: it is asked at each start.)");
    }
    if (passwordPrompt()) {
        return passwordPrompt()(prompt);
    }
    return QInputDialog::getText(parent, StartupConnection::tr("Database password"), prompt, QLineEdit::Password);
}

} // namespace

void StartupConnection::setPasswordPrompt(std::function<QString(const QString&)> prompt)
{
    passwordPrompt() = std::move(prompt);
}

std::unique_ptr<storage::Database> StartupConnection::open(const QString& given, QWidget* parent)
{
    std::optional<storage::DatabaseLocation> location;
    if (!given.isEmpty()) {
        auto parsed = storage::DatabaseLocation::parse(given);
        if (!parsed) {
            if (askAfterFailure(parsed.error().message, parent) == Answer::Change) {
                location = storage::DatabaseLocation{};
            } else {
                return nullptr;
            }
        } else {
            location = ConnectionChoice::withKeptPassword(*parsed);
        }
    } else {
        location = ConnectionChoice::stored();
    }
    bool askedPassword = false;
    for (;;) {
        if (location->engine == storage::SqlEngine::PostgreSql && location->password.isEmpty() && !askedPassword) {
            askedPassword = true;
            location->password = askPassword(*location, parent);
        }
        QString failure;
        if (location->engine == storage::SqlEngine::Sqlite && location->file.isEmpty()) {
            failure = tr("No database is chosen.");
        } else {
            auto opened = storage::Database::open(location->openText(), m_clock);
            if (opened) {
                return std::move(opened).value();
            }
            failure = location->engine == storage::SqlEngine::PostgreSql
                          ? storage::ConnectionCheck::explain(*location, opened.error().message).message
                          : opened.error().message;
        }
        switch (askAfterFailure(failure, parent)) {
        case Answer::Retry:
            break;
        case Answer::Change: {
            ConnectionDialog dialog(*location, parent);
            if (dialog.exec() == QDialog::Accepted) {
                location = dialog.location();
                askedPassword = true; // typed in the dialog
            }
            break;
        }
        case Answer::Quit:
            return nullptr;
        }
    }
}

StartupConnection::Answer StartupConnection::askAfterFailure(const QString& message, QWidget* parent) const
{
    // What to do in the box; the driver's own words for the IT staff behind "Show Details…".
    const QString what = message.section(QStringLiteral("\n\n"), 0, 0);
    QMessageBox box(QMessageBox::Critical, tr("MotCua — cannot open the database"), what, QMessageBox::NoButton,
                    parent);
    box.setObjectName(QStringLiteral("connectionFailedBox"));
    box.setTextFormat(Qt::PlainText);
    if (const QString details = message.section(QStringLiteral("\n\n"), 1); !details.isEmpty()) {
        box.setDetailedText(details);
    }
    QPushButton* retry = box.addButton(tr("&Retry"), QMessageBox::AcceptRole);
    retry->setObjectName(QStringLiteral("retryButton"));
    QPushButton* change = box.addButton(tr("&Change the connection…"), QMessageBox::ActionRole);
    change->setObjectName(QStringLiteral("changeConnectionButton"));
    QPushButton* quit = box.addButton(tr("&Quit"), QMessageBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitButton"));
    box.setDefaultButton(retry);
    box.exec();
    if (box.clickedButton() == change) {
        return Answer::Change;
    }
    return box.clickedButton() == retry ? Answer::Retry : Answer::Quit;
}

} // namespace motcua::ui
