#pragma once

#include "ui/common/Session.h"

#include <QDialog>

class QPushButton;
class QTableView;
class QTabWidget;

namespace motcua::ui {

class MessageBar;
class SignInLogModel;
class UserTableModel;

// Quản trị → Người dùng, for administrators: the users with Add…, Edit…, Disable/Enable, Reset password… and
// Unlock, and the sign-in log on a tab of its own. Every change goes through identity::Accounts.
class UsersDialog : public QDialog {
    Q_OBJECT

public:
    explicit UsersDialog(const Session& session, QWidget* parent = nullptr);

    void reload();
    // The buttons act on the selected user; selects the row of `login`.
    bool select(const QString& login);

    void addUser();
    void editUser();
    void toggleActive();
    void resetPassword();
    void unlock();

private:
    const identity::User* selected() const;
    void updateButtons();
    void report(const Status& status, const QString& done);

    const Session& m_session;
    QList<catalogue::Department> m_departments;
    UserTableModel* m_users = nullptr;
    SignInLogModel* m_log = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_userView = nullptr;
    QTableView* m_logView = nullptr;
    MessageBar* m_message = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_toggle = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_unlock = nullptr;
};

} // namespace motcua::ui
