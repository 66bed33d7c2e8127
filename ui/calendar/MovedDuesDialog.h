#pragma once

#include "core/workflow/CalendarChangeService.h"

#include <QDialog>
#include <QStringList>

class QTableView;

namespace motcua::ui {

class MovedDueModel;

// Before a calendar change is stored: what it is, and which open dossiers' due moments it moves and by how much.
// Apply (Accepted) stores it; Cancel changes nothing. An imported file's warnings (keys it does not know, ignored)
// are listed above the moved dossiers, each naming its key's path.
class MovedDuesDialog : public QDialog {
    Q_OBJECT

public:
    MovedDuesDialog(const QString& summary, const QList<workflow::MovedDue>& moved, const QStringList& warnings = {},
                    QWidget* parent = nullptr);

    MovedDueModel* model() const { return m_model; }

private:
    MovedDueModel* m_model = nullptr;
    QTableView* m_view = nullptr;
};

} // namespace motcua::ui
