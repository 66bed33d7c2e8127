#pragma once

#include "core/forms/FormKind.h"
#include "ui/common/Session.h"

#include <QDialog>

class QTableWidget;
class QPushButton;

namespace motcua::ui {

class MessageBar;

// The administrator's page of the printed forms' templates: which one each form uses (shipped, or the agency's
// with who loaded it and when), export one to edit it, load an edited one back (refused with the reason when it
// does not fit the form), or go back to the shipped one.
class TemplatesDialog : public QDialog {
    Q_OBJECT
public:
    explicit TemplatesDialog(const Session& session, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

public slots:
    void exportSelected();
    void loadSelected();
    void resetSelected();

private:
    void refresh();
    forms::FormKind selected() const;

    const Session& m_session;
    QTableWidget* m_table = nullptr;
    MessageBar* m_messageBar = nullptr;
    QPushButton* m_resetButton = nullptr;
};

} // namespace motcua::ui
