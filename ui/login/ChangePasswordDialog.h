#pragma once

#include "core/common/Clock.h"
#include "core/identity/User.h"
#include "core/storage/Database.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace motcua::ui {

// The signed-in user changes their own password: the current one again, the new one twice. A refusal is said
// inline beside the field at fault and the dialog stays open.
class ChangePasswordDialog : public QDialog {
    Q_OBJECT

public:
    ChangePasswordDialog(storage::Database& database, const Clock& clock, identity::User user,
                         QWidget* parent = nullptr);

    // After a reset by the administrator: says why the change is asked, with the password just typed as the
    // current one.
    void setForced(const QString& current);
    void accept() override;

private:
    void refuse(const QString& message, QLineEdit* field);

    storage::Database& m_database;
    const Clock& m_clock;
    identity::User m_user;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_next = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_reason = nullptr;
};

} // namespace motcua::ui
