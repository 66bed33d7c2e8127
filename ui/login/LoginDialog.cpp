#include "ui/login/LoginDialog.h"

#include "core/identity/Accounts.h"
#include "ui/login/ChangePasswordDialog.h"
#include "ui/common/AppSettings.h"
#include "ui/widgets/PlainText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace motcua::ui {

LoginDialog::LoginDialog(storage::Database& database, const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Sign in — MotCua"));
    m_login = new QLineEdit(AppSettings::lastLogin(), this);
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message = errorLabel(QStringLiteral("loginMessage"), this);

    auto* form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>One-stop shop</b> — sign in to work."), this));
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(380);
    if (!m_login->text().isEmpty()) {
        m_password->setFocus();
    }
}

void LoginDialog::accept()
{
    if (m_login->text().trimmed().isEmpty()) {
        m_message->setText(tr("Enter your login."));
        m_login->setFocus();
        return;
    }
    const QString password = m_password->text();
    identity::Accounts accounts(m_database, m_clock);
    auto user = accounts.authenticate(m_login->text().trimmed(), password);
    m_password->clear();
    if (!user) {
        m_message->setText(user.error().message);
        m_password->setFocus();
        return;
    }
    if (user->mustChangePassword) {
        // A temporary password from the administrator opens nothing but its own change.
        ChangePasswordDialog change(m_database, m_clock, *user, this);
        change.setForced(password);
        if (change.exec() != QDialog::Accepted) {
            m_message->setText(tr("Change the temporary password to sign in."));
            m_password->setFocus();
            return;
        }
        user = accounts.byId(user->id);
        if (!user) {
            m_message->setText(user.error().message);
            return;
        }
    }
    m_user = *user;
    QDialog::accept();
}

} // namespace motcua::ui
