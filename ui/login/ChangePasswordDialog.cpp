#include "ui/login/ChangePasswordDialog.h"

#include "core/identity/Accounts.h"
#include "ui/widgets/PlainText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace motcua::ui {

namespace {

QLineEdit* passwordEdit(const QString& name, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

} // namespace

ChangePasswordDialog::ChangePasswordDialog(storage::Database& database, const Clock& clock, identity::User user,
                                           QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_clock(clock)
    , m_user(std::move(user))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change password"));
    m_current = passwordEdit(QStringLiteral("currentPasswordEdit"), this);
    m_next = passwordEdit(QStringLiteral("newPasswordEdit"), this);
    m_repeat = passwordEdit(QStringLiteral("repeatPasswordEdit"), this);
    m_message = errorLabel(QStringLiteral("changePasswordMessage"), this);

    auto* form = new QFormLayout;
    form->addRow(tr("&Current password:"), m_current);
    form->addRow(tr("&New password (at least 10 characters):"), m_next);
    form->addRow(tr("&Repeat the new password:"), m_repeat);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Change password"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Signed in as %1 (%2).").arg(m_user.fullName, m_user.login), this));
    m_reason = new QLabel(tr("The administrator has reset your password: choose your own to continue."), this);
    m_reason->setObjectName(QStringLiteral("forcedChangeLabel"));
    m_reason->setWordWrap(true);
    m_reason->hide();
    layout->addWidget(m_reason);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    m_current->setFocus();
}

void ChangePasswordDialog::setForced(const QString& current)
{
    m_reason->show();
    m_current->setText(current);
    m_next->setFocus();
}

void ChangePasswordDialog::refuse(const QString& message, QLineEdit* field)
{
    m_message->setText(message);
    field->selectAll();
    field->setFocus();
}

void ChangePasswordDialog::accept()
{
    if (m_next->text() != m_repeat->text()) {
        refuse(tr("The two new passwords are not the same."), m_repeat);
        return;
    }
    const Status changed =
        identity::Accounts(m_database, m_clock).changePassword(m_user, m_current->text(), m_next->text());
    if (!changed) {
        refuse(changed.error().message,
               changed.error().field == QLatin1String("current_password") ? m_current : m_next);
        return;
    }
    QDialog::accept();
}

} // namespace motcua::ui
