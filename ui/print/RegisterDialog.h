#pragma once

#include "ui/common/Session.h"

#include <QDialog>

class QDateEdit;

namespace motcua::ui {

class MessageBar;

// Mẫu 07 for a period: the clerk picks the first and last day (this month so far by default), then previews,
// prints or saves the register.
class RegisterDialog : public QDialog {
    Q_OBJECT
public:
    explicit RegisterDialog(const Session& session, QWidget* parent = nullptr);

    void setPeriod(const QDate& from, const QDate& to);

public slots:
    // Builds the register and opens its preview; a bad period or too long a register is said in the dialog.
    void preview();

private:
    const Session& m_session;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    MessageBar* m_messageBar = nullptr;
};

} // namespace motcua::ui
