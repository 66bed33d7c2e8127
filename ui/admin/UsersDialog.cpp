#include "ui/admin/UsersDialog.h"

#include "core/identity/Accounts.h"
#include "core/storage/CatalogueRepository.h"
#include "ui/admin/SignInLogModel.h"
#include "ui/admin/UserEditDialog.h"
#include "ui/admin/UserTableModel.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/ReadOnlyTable.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace motcua::ui {

namespace {

QPushButton* button(icons::Icon icon, const QString& text, const QString& name, QWidget* parent)
{
    auto* made = new QPushButton(icons::icon(icon), text, parent);
    made->setObjectName(name);
    return made;
}

} // namespace

UsersDialog::UsersDialog(const Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_users(new UserTableModel(this))
    , m_log(new SignInLogModel(this))
{
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("Users"));
    m_departments = storage::CatalogueRepository(m_session.database).departments().value_or({});
    m_message = new MessageBar(this);
    m_message->setObjectName(QStringLiteral("usersMessage"));

    auto* usersPage = new QWidget(this);
    m_userView = readOnlyTable(QStringLiteral("usersView"), m_users, usersPage, {.oneRow = true});
    auto* add = button(icons::Icon::AddUser, tr("&Add…"), QStringLiteral("addUserButton"), usersPage);
    m_edit = button(icons::Icon::EditUser, tr("&Edit…"), QStringLiteral("editUserButton"), usersPage);
    m_toggle = button(icons::Icon::DisableUser, tr("&Disable"), QStringLiteral("toggleUserButton"), usersPage);
    m_reset = button(icons::Icon::ChangePassword, tr("&Reset password…"), QStringLiteral("resetPasswordButton"),
                     usersPage);
    m_unlock = button(icons::Icon::Unlock, tr("&Unlock"), QStringLiteral("unlockButton"), usersPage);
    connect(add, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(m_edit, &QPushButton::clicked, this, &UsersDialog::editUser);
    connect(m_toggle, &QPushButton::clicked, this, &UsersDialog::toggleActive);
    connect(m_reset, &QPushButton::clicked, this, &UsersDialog::resetPassword);
    connect(m_unlock, &QPushButton::clicked, this, &UsersDialog::unlock);
    connect(m_userView, &QTableView::doubleClicked, this, &UsersDialog::editUser);
    connect(m_userView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersDialog::updateButtons);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* each : {add, m_edit, m_toggle, m_reset, m_unlock}) {
        buttons->addWidget(each);
    }
    buttons->addStretch();
    auto* usersLayout = new QVBoxLayout(usersPage);
    usersLayout->addWidget(m_userView);
    usersLayout->addLayout(buttons);

    m_logView = readOnlyTable(QStringLiteral("signInLogView"), m_log, this, {.oneRow = true});
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("usersTabs"));
    m_tabs->addTab(usersPage, icons::icon(icons::Icon::Users), tr("Users"));
    m_tabs->addTab(m_logView, tr("Sign-in log"));

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs);
    layout->addWidget(close);
    resize(960, 560);
    reload();
}

void UsersDialog::reload()
{
    const QString current = selected() ? selected()->login : QString();
    identity::Accounts accounts(m_session.database, m_session.clock);
    auto users = accounts.list();
    if (!users) {
        m_message->showError(users.error().message);
        return;
    }
    m_users->setUsers(*users, m_departments, m_session.clock.now());
    m_userView->resizeColumnsToContents();
    auto log = accounts.signInLog();
    if (log) {
        m_log->setEntries(*log);
        m_logView->resizeColumnsToContents();
    } else {
        m_message->showError(log.error().message);
    }
    if (current.isEmpty() || !select(current)) {
        updateButtons();
    }
}

bool UsersDialog::select(const QString& login)
{
    for (int row = 0; row < m_users->rowCount(); ++row) {
        if (m_users->user(row)->login == login) {
            m_userView->selectRow(row);
            updateButtons();
            return true;
        }
    }
    return false;
}

const identity::User* UsersDialog::selected() const
{
    const QModelIndexList rows = m_userView->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_users->user(rows.constFirst().row());
}

void UsersDialog::updateButtons()
{
    const identity::User* user = selected();
    for (QPushButton* each : {m_edit, m_toggle, m_reset}) {
        each->setEnabled(user != nullptr);
    }
    m_unlock->setEnabled(user && (user->lockedAt(m_session.clock.now()) || user->failedAttempts > 0));
    const bool active = !user || user->active;
    m_toggle->setText(active ? tr("&Disable") : tr("&Enable"));
    m_toggle->setIcon(icons::icon(active ? icons::Icon::DisableUser : icons::Icon::EnableUser));
}

void UsersDialog::report(const Status& status, const QString& done)
{
    if (!status) {
        m_message->showError(status.error().message);
        return;
    }
    m_message->showInfo(done);
    reload();
}

void UsersDialog::addUser()
{
    UserEditDialog dialog(m_departments, nullptr, this);
    QString added;
    dialog.setApply([&](const identity::User& user, const QString& password) -> Status {
        auto result = identity::Accounts(m_session.database, m_session.clock).addUser(m_session.user, user, password);
        if (!result) {
            return result.error();
        }
        added = result->login;
        return {};
    });
    if (dialog.exec() == QDialog::Accepted) {
        report({}, tr("User %1 added.").arg(added));
        select(added);
    }
}

void UsersDialog::editUser()
{
    const identity::User* user = selected();
    if (!user) {
        return;
    }
    UserEditDialog dialog(m_departments, user, this);
    dialog.setApply([&](const identity::User& changed, const QString&) -> Status {
        auto result = identity::Accounts(m_session.database, m_session.clock).editUser(m_session.user, changed);
        return result ? Status() : Status(result.error());
    });
    if (dialog.exec() == QDialog::Accepted) {
        report({}, tr("User %1 changed.").arg(dialog.user().login));
    }
}

void UsersDialog::toggleActive()
{
    const identity::User* user = selected();
    if (!user) {
        return;
    }
    const QString login = user->login;
    const bool enable = !user->active;
    if (!enable && MessageBox::question(this, tr("Disable a user"),
                                        tr("Disable %1 (%2)? They will no longer be able to sign in; their dossiers "
                                           "and history stay as they are.")
                                            .arg(user->fullName, login)) != QMessageBox::Yes) {
        return;
    }
    report(identity::Accounts(m_session.database, m_session.clock).setActive(m_session.user, login, enable),
           enable ? tr("User %1 enabled.").arg(login) : tr("User %1 disabled.").arg(login));
}

void UsersDialog::resetPassword()
{
    const identity::User* user = selected();
    if (!user) {
        return;
    }
    const QString login = user->login;
    if (MessageBox::question(this, tr("Reset the password"),
                             tr("Give %1 a temporary password? They must choose their own at the next sign-in.")
                                 .arg(login)) != QMessageBox::Yes) {
        return;
    }
    auto temporary = identity::Accounts(m_session.database, m_session.clock).resetPassword(m_session.user, login);
    if (!temporary) {
        m_message->showError(temporary.error().message);
        return;
    }
    reload();
    MessageBox::information(this, tr("Temporary password"),
                            tr("The temporary password of %1 is:\n\n%2\n\nGive it to them in person; they must "
                               "change it at the next sign-in.")
                                .arg(login, *temporary));
}

void UsersDialog::unlock()
{
    const identity::User* user = selected();
    if (!user) {
        return;
    }
    const QString login = user->login;
    report(identity::Accounts(m_session.database, m_session.clock).unlock(m_session.user, login),
           tr("User %1 unlocked.").arg(login));
}

} // namespace motcua::ui
