#pragma once

#include "core/catalogue/Agency.h"
#include "core/catalogue/Procedure.h"
#include "core/common/Result.h"
#include "ui/widgets/FieldErrors.h"

#include <QDialog>

#include <functional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace motcua::ui {

// An ISO process version of a procedure: document code, issue number and date, prepared / reviewed / approved
// by, change note, and the steps (content, department, role, time in working days or hours, output form). While
// the steps are typed, a line under them says whether their times add up to the procedure's legal limit
// ("Steps add up to 9.5/10 working days — 0.5 days short"). Used to issue a new version (the number follows the
// last one) and to correct one that no dossier runs on yet; the caller's change runs on Save.
class ProcessVersionDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { Issue, Correct };
    ProcessVersionDialog(Mode mode, const catalogue::Procedure& procedure, const catalogue::ProcessVersion& version,
                         const QList<catalogue::Department>& departments, int dayMinutes, QWidget* parent = nullptr);
    ~ProcessVersionDialog() override;

    using Apply = std::function<Status(const catalogue::ProcessVersion& version)>;
    void setApply(Apply apply) { m_apply = std::move(apply); }

    catalogue::ProcessVersion version() const;
    QList<Error> errors() const;
    QString fieldError(const QString& key) const { return m_fields.shown(key); }
    // The budget line as shown now.
    QString budgetText() const;
    void accept() override;

private:
    void addStepRow(const catalogue::ProcessStep& step);
    void revalidate();

    Apply m_apply;
    catalogue::Procedure m_procedure;
    qint64 m_id = 0;
    int m_dayMinutes = 480;
    QList<catalogue::Department> m_departments;
    FieldErrors m_fields;
    QLineEdit* m_code = nullptr;
    QSpinBox* m_issue = nullptr;
    QDateEdit* m_issuedOn = nullptr;
    QLineEdit* m_preparedBy = nullptr;
    QLineEdit* m_reviewedBy = nullptr;
    QLineEdit* m_approvedBy = nullptr;
    QLineEdit* m_changeNote = nullptr;
    QTableWidget* m_steps = nullptr;
    QLabel* m_budget = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace motcua::ui
