#pragma once

#include "core/catalogue/Procedure.h"
#include "ui/common/Session.h"

#include <QDialog>

#include <optional>

class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace motcua::ui {

class MessageBar;

// Administration → Procedures and ISO processes: the procedures on the left; on the right the process versions
// of the one chosen, each with the dossiers that run on it. Add or edit a procedure, issue a new process version
// ("Ban hành phiên bản mới"), correct a version no dossier runs on yet, import and export the catalogue file.
class CatalogueAdminDialog : public QDialog {
    Q_OBJECT

public:
    explicit CatalogueAdminDialog(const Session& session, QWidget* parent = nullptr);

    void addProcedure();
    void editProcedure();
    void issueProcess();
    void correctProcess();
    void importCatalogue();
    void exportCatalogue();
    // Something was written: the catalogue page of the main window reloads.
    bool changed() const { return m_changed; }

private:
    void reload(const QString& selectCode = {});
    void showProcedure();
    void applyFilter(const QString& text);
    std::optional<catalogue::Procedure> current() const;
    std::optional<catalogue::ProcessVersion> currentVersion(const catalogue::Procedure& procedure) const;
    int dayMinutes() const;

    const Session& m_session;
    bool m_changed = false;
    QList<catalogue::Procedure> m_procedures;
    QLineEdit* m_filter = nullptr;
    QListWidget* m_list = nullptr;
    QTreeWidget* m_versions = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_issue = nullptr;
    QPushButton* m_correct = nullptr;
    MessageBar* m_message = nullptr;
};

} // namespace motcua::ui
