#pragma once

#include "ui/common/Session.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;

namespace motcua::ui {

class AdminLogModel;
class MessageBar;

// Administration → Administration log…: who changed what and when (users, settings, backups, and the catalogue,
// calendar and templates as they log), newest first, filtered by period, user and kind in the database and read a
// page at a time. Read-only: the log is append-only.
class AdminLogDialog : public QDialog {
    Q_OBJECT

public:
    explicit AdminLogDialog(const Session& session, QWidget* parent = nullptr);

    AdminLogModel* model() const { return m_model; }

private:
    void applyFilter();

    const Session& m_session;
    AdminLogModel* m_model = nullptr;
    MessageBar* m_messageBar = nullptr;
    QCheckBox* m_fromCheck = nullptr;
    QDateEdit* m_from = nullptr;
    QCheckBox* m_toCheck = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_user = nullptr;
    QComboBox* m_kind = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_total = nullptr;
};

} // namespace motcua::ui
