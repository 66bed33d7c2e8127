#pragma once

#include "core/calendar/Deadline.h"
#include "core/catalogue/Procedure.h"
#include "ui/common/Session.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace motcua::ui {

// The intake form's "Result due: …" line: when the result of the chosen procedure would be due if the dossier were
// received now, with "Why this date?" unfolding the rule, the days off skipped and how the due moment follows.
class DuePreview : public QWidget {
    Q_OBJECT
public:
    explicit DuePreview(const Session& session, QWidget* parent = nullptr);

    // Computes the due moment for the procedure as of now; nullptr asks for one.
    void showDue(const catalogue::Procedure* procedure);
    // Unfolds or folds the explanation, while there is one.
    void toggleExplanation();
    // The "Why this date?" button, for the form's tab order.
    QWidget* whyButton() const;

private:
    Session m_session;
    QLabel* m_dueLabel = nullptr;
    QToolButton* m_whyButton = nullptr;
    QLabel* m_explanation = nullptr;
};

} // namespace motcua::ui
