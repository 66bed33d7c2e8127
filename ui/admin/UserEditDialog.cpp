#include "ui/admin/UserEditDialog.h"

#include "ui/widgets/PlainText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace motcua::ui {

using identity::Role;

UserEditDialog::UserEditDialog(const QList<catalogue::Department>& departments, const identity::User* existing,
                               QWidget* parent)
    : QDialog(parent)
    , m_adding(existing == nullptr)
{
    setObjectName(QStringLiteral("userEditDialog"));
    setWindowTitle(m_adding ? tr("Add a user") : tr("Edit the user %1").arg(existing->login));
    m_login = new QLineEdit(existing ? existing->login : QString(), this);
    m_login->setObjectName(QStringLiteral("userLoginEdit"));
    m_login->setReadOnly(!m_adding);
    m_name = new QLineEdit(existing ? existing->fullName : QString(), this);
    m_name->setObjectName(QStringLiteral("userNameEdit"));
    auto* roles = new QHBoxLayout;
    for (Role role : identity::allRoles()) {
        auto* box = new QCheckBox(identity::roleName(role), this);
        box->setObjectName(QStringLiteral("role_") + identity::roleKey(role));
        box->setChecked(existing && existing->has(role));
        roles->addWidget(box);
        m_roles.insert(role, box);
    }
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("userDepartmentCombo"));
    m_department->addItem(tr("(none)"), qint64(0));
    for (const catalogue::Department& department : departments) {
        m_department->addItem(department.name, department.id);
        if (existing && existing->departmentId == department.id) {
            m_department->setCurrentIndex(m_department->count() - 1);
        }
    }
    if (existing) {
        m_userId = existing->id;
    }
    m_message = errorLabel(QStringLiteral("userEditMessage"), this);

    auto* form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("Full &name:"), m_name);
    form->addRow(tr("Roles:"), roles);
    form->addRow(tr("&Department:"), m_department);
    if (m_adding) {
        m_password = new QLineEdit(this);
        m_password->setObjectName(QStringLiteral("userPasswordEdit"));
        m_password->setEchoMode(QLineEdit::Password);
        m_repeat = new QLineEdit(this);
        m_repeat->setObjectName(QStringLiteral("userRepeatEdit"));
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Password (at least 10 characters):"), m_password);
        form->addRow(tr("&Repeat the password:"), m_repeat);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(m_adding ? tr("Add") : tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &UserEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

identity::User UserEditDialog::user() const
{
    identity::User user;
    user.id = m_userId;
    user.login = m_login->text().trimmed();
    user.fullName = m_name->text().trimmed();
    user.departmentId = m_department->currentData().toLongLong();
    for (Role role : identity::allRoles()) {
        if (m_roles.value(role)->isChecked()) {
            user.roles << role;
        }
    }
    return user;
}

void UserEditDialog::accept()
{
    if (m_adding && m_password->text() != m_repeat->text()) {
        m_message->setText(tr("The two passwords differ."));
        m_repeat->setFocus();
        return;
    }
    const Status applied = m_apply ? m_apply(user(), m_adding ? m_password->text() : QString()) : Status();
    if (!applied) {
        m_message->setText(applied.error().message);
        const QString& field = applied.error().field;
        const QHash<QString, QWidget*> fields{{QStringLiteral("login"), m_login},
                                               {QStringLiteral("full_name"), m_name},
                                               {QStringLiteral("department"), m_department},
                                               {QStringLiteral("password"), m_password}};
        if (QWidget* at = fields.value(field)) {
            at->setFocus();
        }
        return;
    }
    QDialog::accept();
}

} // namespace motcua::ui
