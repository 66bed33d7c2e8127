#pragma once

#include "core/common/Clock.h"
#include "core/storage/Database.h"

#include <QWizard>

#include <memory>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace motcua::ui {

class ConnectionEditor;

// First run on a database without an administrator: the agency (the shipped catalogue, or a catalogue file)
// and the administrator's account. Nothing is stored until Finish, then all in order; an error keeps the
// wizard open and says what is wrong.
//
// On a computer's very first start it begins with the "Database connection" page: this computer's file or the
// agency's server. Next opens that database (and keeps the choice for this computer); a server database that
// already has its administrator ends the wizard there, since the agency was set up from another computer.
class FirstRunWizard : public QWizard {
    Q_OBJECT

public:
    FirstRunWizard(storage::Database& database, const Clock& clock, QWidget* parent = nullptr);
    // The first start of this computer: the connection page first, the database opened by the wizard.
    explicit FirstRunWizard(const Clock& clock, QWidget* parent = nullptr);
    ~FirstRunWizard() override;

    // The database the connection page opened (nullptr without that page, or before it was passed).
    std::unique_ptr<storage::Database> takeDatabase() { return std::move(m_opened); }
    bool joinedExisting() const { return m_joinedExisting; }
    ConnectionEditor* connectionEditor() const { return m_connection; }

    bool validateCurrentPage() override;
    QString adminLogin() const;

private:
    void setUp();
    QWizardPage* createConnectionPage();
    bool openChosenDatabase();
    QWizardPage* createAgencyPage();
    QWizardPage* createAdminPage();
    bool store();

    storage::Database* m_database = nullptr;
    const Clock& m_clock;
    std::unique_ptr<storage::Database> m_opened;
    ConnectionEditor* m_connection = nullptr;
    bool m_joinedExisting = false;
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
