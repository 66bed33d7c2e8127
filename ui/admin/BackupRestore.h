#pragma once

#include "core/storage/Backup.h"
#include "ui/common/Session.h"

#include <QCoreApplication>

class QWidget;

namespace motcua::ui {

// Quản trị → Sao lưu… and Khôi phục…: the file asked, the copy or the restore run on a worker thread (with its own
// connection) behind a progress dialog, the outcome said. A restore replaces the database file under the running
// program, which must then start again.
class BackupRestore {
    Q_DECLARE_TR_FUNCTIONS(motcua::ui::BackupRestore)

public:
    // True when a verified backup was written.
    static bool backup(QWidget* parent, const Session& session);
    // True when the database was replaced (the caller then closes the program).
    static bool restore(QWidget* parent, const Session& session);
    // A summary of what a backup holds, for people: agency, date, dossiers.
    static QString describe(const storage::BackupSummary& summary);
};

} // namespace motcua::ui
