#pragma once

#include "ui/common/Session.h"

#include <QDialog>

class QLineEdit;
class QPushButton;
class QTableWidget;

namespace motcua::ui {

// The supplement requests made at the counter (Mẫu 02 for dossiers not received), newest first: found by the
// applicant's name (with or without accents) or phone, and printed again.
class SupplementRequestsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SupplementRequestsDialog(const Session& session, QWidget* parent = nullptr);

    // Lists the requests matching the search field.
    void reload();
    // Previews the selected request's form again.
    void reprint();

private:
    const Session& m_session;
    QLineEdit* m_search = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_reprint = nullptr;
};

} // namespace motcua::ui
