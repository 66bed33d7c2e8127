#pragma once

#include "core/common/Clock.h"
#include "core/storage/Database.h"

#include <QWizard>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace motcua::ui {

// First run on a database without an administrator: the agency (the shipped catalogue, or a catalogue file)
// and the administrator's account. Nothing is stored until Finish, then all in order; an error keeps the
// wizard open and says what is wrong.
class FirstRunWizard : public QWizard {
    Q_OBJECT

public:
    FirstRunWizard(storage::Database& database, const Clock& clock, QWidget* parent = nullptr);

    bool validateCurrentPage() override;
    QString adminLogin() const;

private:
    QWizardPage* createAgencyPage();
    QWizardPage* createAdminPage();
    bool store();

    storage::Database& m_database;
    const Clock& m_clock;
    QRadioButton* m_shipped = nullptr;
    QRadioButton* m_fromFile = nullptr;
    QLineEdit* m_file = nullptr;
    QLabel* m_agencyMessage = nullptr;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_fullName = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_adminMessage = nullptr;
};

} // namespace motcua::ui
