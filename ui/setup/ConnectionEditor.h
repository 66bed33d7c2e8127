#pragma once

#include "core/common/Result.h"
#include "core/storage/DatabaseLocation.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace motcua::ui {

// The "Database connection" page of the first-start wizard and of the settings: this computer (the embedded file,
// with Browse) or the office's server (host, port, database, user, password), and "Test the connection", which
// runs off the GUI thread with a short timeout and says in words what is wrong (unreachable, wrong password, no such
// database). Each field's error stands beside it.
class ConnectionEditor : public QWidget {
    Q_OBJECT

public:
    static constexpr int kTestTimeoutSeconds = 5;

    explicit ConnectionEditor(QWidget* parent = nullptr);
    ~ConnectionEditor() override;

    void setLocation(const storage::DatabaseLocation& location);
    // What the fields say, with the password typed; check validate() first.
    storage::DatabaseLocation location() const;
    // The fields filled in as they must be; the first error is shown beside its field and returned.
    Status validate();
    // Tests the location in the background; tested() tells the outcome, also shown under the button.
    void testConnection();
    bool isTesting() const { return m_testing; }
    // Shows an error from elsewhere (opening the database) beside the field it names.
    void showError(const Error& error);

signals:
    void tested(bool ok);

private:
    void updateEnabled();
    void clearErrors();
    QLabel* errorFor(const QString& field) const;

    QRadioButton* m_local = nullptr;
    QRadioButton* m_server = nullptr;
    QLineEdit* m_file = nullptr;
    QPushButton* m_browse = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_test = nullptr;
    QLabel* m_result = nullptr;
    QLabel* m_fileError = nullptr;
    QLabel* m_hostError = nullptr;
    QLabel* m_databaseError = nullptr;
    QLabel* m_userError = nullptr;
    QLabel* m_passwordError = nullptr;
    bool m_testing = false;
    quint64 m_testGeneration = 0;
};

} // namespace motcua::ui
