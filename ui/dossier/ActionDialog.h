#pragma once

#include "core/workflow/AvailableActions.h"
#include "core/workflow/DossierDetails.h"
#include "ui/common/Session.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace motcua::ui {

// The small dialog of one action on a dossier (assign, hand over, request supplement …): only the fields that
// action needs; the action runs on OK with the dossier version the user saw, and an error is said inline.
class ActionDialog : public QDialog {
    Q_OBJECT

public:
    ActionDialog(const Session& session, const workflow::DossierDetails& details, workflow::Action action,
                 QWidget* parent = nullptr);

    void accept() override;

private:
    QComboBox* peopleFor(int position, bool optional);

    const Session& m_session;
    const workflow::DossierDetails& m_details;
    workflow::Action m_action;
    QComboBox* m_person = nullptr;
    QComboBox* m_reason = nullptr;
    QLineEdit* m_text = nullptr;
    QDateTimeEdit* m_newDue = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace motcua::ui
