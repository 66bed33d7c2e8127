#pragma once

#include "core/common/Language.h"
#include "ui/common/Session.h"
#include "ui/widgets/Icons.h"

#include <QMainWindow>
#include <QSet>

class QLabel;
class QMenu;

namespace motcua::storage {
class DossierChanges;
}
class QListWidget;
class QStackedWidget;
class QTimer;

namespace motcua::ui {

class DashboardView;
class IntakeForm;
class OnlineQueueView;
class DossierListView;
class ReportsView;

// The application window: a sidebar with the screens the signed-in user's roles allow, the screen, and a
// status bar with the user, the database and the number of overdue dossiers.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(Session session, QWidget* parent = nullptr);

    void showAbout();
    // File → Change password…
    void changePassword();
    // File → Settings… (also Administration → Settings…)
    void showSettings();
    // Administration → Working calendar…
    void editCalendar();
    // Recounts the overdue dossiers shown in the status bar.
    void refreshStatus();
    // Opens the dossier with this code (typed, scanned, or chosen in a list).
    void openDossier(const QString& code);
    ReportsView* reports() const { return m_reports; }
    // After an intake or an action: the lists, the dashboard and the counts are loaded anew.
    void dossiersChanged();
    // Live updates on the office's server: true when changes made on other workstations are listened to.
    bool isListening() const;
    static constexpr int kLiveRefreshDelayMs = 300; // a burst of changes is read once
    static constexpr int kCalendarRetryMs = 2000;   // a calendar changed elsewhere waits for the work in hand
    const Session& session() const { return m_session; }
    // Asks before a half-filled intake form is lost (quitting, signing out, a language change); true to go on.
    bool confirmLeaving();

Q_SIGNALS:
    void languageChangeRequested(motcua::Language language);
    // File → Sign out: the application closes this window and asks who signs in next.
    void signOutRequested();
    // Administration → Restore… replaced the database file: the program closes and is started again.
    void databaseReplaced();
    // Administration → Working calendar… stored a change: the application loads the calendar again and builds the
    // window anew over it.
    void workingCalendarChanged();
    // Another workstation changed the working calendar (office server): the same, once nothing is in hand here (no
    // dialog open, no dossier half-entered at the counter), so that nothing typed is lost.
    void workingCalendarChangedElsewhere();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void createAdminActions(QMenu* adminMenu);
    void changedElsewhere();
    void reloadCalendarWhenFree();
    void addPage(const QString& name, icons::Icon icon, const QString& title, QWidget* page,
                 const QKeySequence& shortcut);

    Session m_session;
    QListWidget* m_sidebar = nullptr;
    QList<DossierListView*> m_lists;
    DashboardView* m_dashboard = nullptr;
    ReportsView* m_reports = nullptr;
    IntakeForm* m_intake = nullptr;
    OnlineQueueView* m_online = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_overdue = nullptr;
    QTimer* m_refresh = nullptr;
    QTimer* m_liveRefresh = nullptr;
    QTimer* m_calendarReload = nullptr; // tries again while something is in hand
    QSet<qint64> m_changedElsewhere;
    storage::DossierChanges* m_changes = nullptr;
};

} // namespace motcua::ui
