#pragma once

#include "core/catalogue/Agency.h"
#include "core/catalogue/Procedure.h"
#include "core/common/Result.h"
#include "ui/widgets/FieldErrors.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace motcua::ui {

// Adding a procedure or editing one (its code stays): code, name, field, level, the legal time limit in working
// days or hours, the counting rule, what a supplement does to the clock, fee and fee note, result, handling
// department and the required documents (name, kind, count, mandatory). Each field is checked beside it while
// typing (catalogue::checkProcedure); on Save the caller's change runs, and a refusal is shown beside its field
// with the dialog left open.
class ProcedureEditDialog : public QDialog {
    Q_OBJECT

public:
    // `existing` null: a new procedure.
    ProcedureEditDialog(const QList<catalogue::Department>& departments, const catalogue::Procedure* existing,
                        QWidget* parent = nullptr);
    ~ProcedureEditDialog() override;

    using Apply = std::function<Status(const catalogue::Procedure& procedure)>;
    void setApply(Apply apply) { m_apply = std::move(apply); }

    // The procedure as typed (an amount that does not parse counts as 0; errors() says so).
    catalogue::Procedure procedure() const;
    // What is wrong with it now: the amounts that do not parse, then catalogue::checkProcedure.
    QList<Error> errors() const;
    // The error shown beside a field now ("code", "limit", "documents" …).
    QString fieldError(const QString& key) const { return m_fields.shown(key); }
    void accept() override;

private:
    void addDocumentRow(const catalogue::RequiredDocument& document);
    void revalidate();
    void watch(QLineEdit* edit, const QString& key);
    void watch(QComboBox* combo, const QString& key);

    Apply m_apply;
    bool m_adding = true;
    qint64 m_id = 0;
    QList<catalogue::Department> m_departments;
    QList<catalogue::ProcessVersion> m_processes;
    FieldErrors m_fields;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_field = nullptr;
    QComboBox* m_level = nullptr;
    QLineEdit* m_limit = nullptr;
    QComboBox* m_limitUnit = nullptr;
    QComboBox* m_rule = nullptr;
    QComboBox* m_onSupplement = nullptr;
    QLineEdit* m_fee = nullptr;
    QLineEdit* m_feeNote = nullptr;
    QLineEdit* m_result = nullptr;
    QComboBox* m_department = nullptr;
    QTableWidget* m_documents = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace motcua::ui
