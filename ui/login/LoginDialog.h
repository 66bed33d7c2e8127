#pragma once

#include "core/common/Clock.h"
#include "core/identity/User.h"
#include "core/storage/Database.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace motcua::ui {

// Signing in: login and password, checked against the accounts; a wrong password is said inline and the
// dialog stays open.
class LoginDialog : public QDialog {
    Q_OBJECT

public:
    LoginDialog(storage::Database& database, const Clock& clock, QWidget* parent = nullptr);

    const identity::User& user() const { return m_user; }
    void accept() override;

private:
    storage::Database& m_database;
    const Clock& m_clock;
    identity::User m_user;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace motcua::ui
