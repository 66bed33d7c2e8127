#pragma once

#include "core/workflow/AvailableActions.h"
#include "core/workflow/DossierDetails.h"
#include "ui/common/Session.h"

#include <optional>

#include <QDialog>

namespace motcua::ui {

// A dossier at a glance, read-only: applicant, procedure and pinned process, documents, the steps with their
// timeliness (the process control slip), pauses, extensions, "why this date" and the history.
class DossierDetailsDialog : public QDialog {
    Q_OBJECT

public:
    DossierDetailsDialog(const Session& session, const QString& code, QWidget* parent = nullptr);

    bool loaded() const { return m_loaded; }

Q_SIGNALS:
    // An action changed the dossier (the caller refreshes its lists and may open it again).
    void dossierChanged(const QString& code);

private:
    void runAction(workflow::Action action);

    const Session& m_session;
    std::optional<workflow::DossierDetails> m_details;
    bool m_loaded = false;
};

} // namespace motcua::ui
