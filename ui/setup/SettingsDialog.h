#pragma once

#include "core/common/Language.h"
#include "core/storage/Settings.h"
#include "ui/common/Session.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace motcua::ui {

class ConnectionEditor;
class MessageBar;

// File → Settings…: this computer's settings for everybody (language, database connection, printer and paper), the
// agency's for administrators (backup folder and retention, lockout numbers, the same-day cut-off). Each field's
// error stands beside it; Save writes nothing until every field is right, then the agency's settings in one
// transaction, each change in the administration log.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(const Session& session, QWidget* parent = nullptr);

    // The language chosen (the window applies a change).
    Language language() const;
    // What to tell after saving (the connection is used at the next start, no keyring…), empty when nothing.
    QString note() const { return m_note; }
    ConnectionEditor* connectionEditor() const { return m_connection; }
    // Saves; false (and the errors shown) when a field is wrong.
    bool save();

private:
    QWidget* createComputerPage();
    QWidget* createConnectionPage();
    QWidget* createAgencyPage();
    void addAgencyField(QFormLayout* form, storage::Settings::Key key, const QString& name, QWidget* field = nullptr);
    int validateAgency();

    const Session& m_session;
    storage::Settings m_settings;
    bool m_mayEditAgency = false;
    QTabWidget* m_tabs = nullptr;
    MessageBar* m_messageBar = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_printer = nullptr;
    QComboBox* m_paper = nullptr;
    ConnectionEditor* m_connection = nullptr;
    QString m_storedConnection;
    QMap<storage::Settings::Key, QLineEdit*> m_agencyEdits;
    QMap<storage::Settings::Key, QLabel*> m_agencyErrors;
    QString m_note;
};

} // namespace motcua::ui
