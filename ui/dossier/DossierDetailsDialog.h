#pragma once

#include "ui/common/Session.h"

#include <QDialog>

namespace motcua::ui {

// A dossier at a glance, read-only: applicant, procedure and pinned process, documents, the steps with their
// timeliness (the process control slip), pauses, extensions, "why this date" and the history.
class DossierDetailsDialog : public QDialog {
    Q_OBJECT

public:
    DossierDetailsDialog(const Session& session, const QString& code, QWidget* parent = nullptr);

    bool loaded() const { return m_loaded; }

private:
    bool m_loaded = false;
};

} // namespace motcua::ui
