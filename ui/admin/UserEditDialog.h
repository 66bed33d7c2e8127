#pragma once

#include "core/catalogue/Agency.h"
#include "core/common/Result.h"
#include "core/identity/User.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace motcua::ui {

// Adding a user (login, name, roles, department, first password) or editing one (the login stays). On OK the
// dialog runs the caller's change; a refusal is said inline and the dialog stays open.
class UserEditDialog : public QDialog {
    Q_OBJECT

public:
    // `existing` null: a new user.
    UserEditDialog(const QList<catalogue::Department>& departments, const identity::User* existing,
                   QWidget* parent = nullptr);

    using Apply = std::function<Status(const identity::User& user, const QString& password)>;

    identity::User user() const;
    void setApply(Apply apply) { m_apply = std::move(apply); }
    void accept() override;

private:
    Apply m_apply;
    bool m_adding = true;
    qint64 m_userId = 0;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_name = nullptr;
    QHash<identity::Role, QCheckBox*> m_roles;
    QComboBox* m_department = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace motcua::ui
