#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/dossier/Dossier.h"

#include <QGroupBox>
#include <QHash>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QLineEdit;

namespace motcua::ui {

class ElidedLabel;

// The applicant part of the intake form: person or organisation, name, identity number and date of birth (a
// person), tax code and legal representative (an organisation), address, phone and e-mail. Each field checks
// its format when it is left and shows its error under it, on a line kept for it; the fields are keyed by the field
// names of the core's errors (applicant.name …), so that an error of IntakeService lands beside its field too.
class ApplicantFields : public QGroupBox {
    Q_OBJECT
public:
    explicit ApplicantFields(const Clock& clock, QWidget* parent = nullptr);
    ~ApplicantFields() override;

    // The applicant as typed: texts simplified, only the fields of the chosen kind.
    dossier::Applicant applicant() const;
    // The kind choice, then the visible and hidden edits, in the order Tab visits them.
    QList<QWidget*> tabChain() const;

    // Checks every field shown and says every error at once (formats, and the required fields left empty);
    // focuses the first wrong one.
    bool validate();
    // The fields shown with an error now.
    int errorCount() const;
    // Shows an error of the core beside its field and focuses it; false when the field is not one shown here.
    bool showError(const Error& error);
    void clearErrors();
    // Nothing typed in any field.
    bool isEmpty() const;
    // Empties the fields and goes back to a person, for the next citizen.
    void clear();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // One field: its label, its edit and the error shown beside it.
    struct Field {
        QLabel* label = nullptr;
        QLineEdit* edit = nullptr;
        ElidedLabel* error = nullptr;
    };

    void addField(QGridLayout* grid, int row, const QString& key, const QString& label, const QString& name);
    bool isPerson() const;
    void showKind();
    Status checkField(const QString& key) const;
    bool validateField(const QString& key);
    void setFieldError(const QString& key, const QString& message);
    void focusField(const QString& key);
    QString fieldText(const QString& key) const;
    QDate birthDate() const;

    const Clock& m_clock;
    QButtonGroup* m_kind = nullptr;
    QHash<QString, Field> m_fields; // by the field names of the core errors: applicant.name …
    QStringList m_fieldOrder;
};

} // namespace motcua::ui
