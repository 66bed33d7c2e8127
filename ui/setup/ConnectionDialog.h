#pragma once

#include "core/storage/DatabaseLocation.h"

#include <QDialog>

class QDialogButtonBox;

namespace motcua::ui {

class ConnectionEditor;

// "Change the connection…" at start-up: the Database connection page on its own. OK tests the connection first and
// keeps the choice for this computer (ConnectionChoice) only when it works.
class ConnectionDialog : public QDialog {
    Q_OBJECT

public:
    explicit ConnectionDialog(const storage::DatabaseLocation& current, QWidget* parent = nullptr);

    storage::DatabaseLocation location() const;
    ConnectionEditor* editor() const { return m_editor; }

private:
    void tryAccept();

    ConnectionEditor* m_editor = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace motcua::ui
