#include "ui/mainwindow/MainWindow.h"

#include "core/forms/FormService.h"
#include "core/storage/DossierChanges.h"
#include "core/storage/DossierQueries.h"
#include "ui/admin/AdminLogDialog.h"
#include "ui/admin/HistoryCheckDialog.h"
#include "ui/admin/BackupRestore.h"
#include "ui/admin/UsersDialog.h"
#include "ui/catalogue/CatalogueAdminDialog.h"
#include "ui/calendar/CalendarDialog.h"
#include "ui/catalogue/CatalogueView.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/dossier/DossierDetailsDialog.h"
#include "ui/dossier/DossierListView.h"
#include "ui/intake/IntakeForm.h"
#include "ui/online/OnlineQueueView.h"
#include "ui/intake/SupplementRequestsDialog.h"
#include "ui/login/ChangePasswordDialog.h"
#include "ui/mainwindow/AboutDialog.h"
#include "ui/print/RegisterDialog.h"
#include "ui/print/TemplatesDialog.h"
#include "ui/reports/ReportsView.h"
#include "ui/setup/SettingsDialog.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/MessageBox.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>

namespace motcua::ui {

using identity::Role;

MainWindow::MainWindow(Session session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(std::move(session))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("MotCua — One-stop shop"));
    createMenus();

    m_sidebar = new QListWidget(this);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFixedWidth(200);
    m_sidebar->setSpacing(2);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    const identity::User& user = m_session.user;
    const auto hasAny = [&user](std::initializer_list<Role> roles) {
        return std::any_of(roles.begin(), roles.end(), [&user](Role role) { return user.has(role); });
    };
    if (user.has(Role::Clerk)) {
        auto* intake = new IntakeForm(m_session, this);
        m_intake = intake;
        // A new dossier shows in the worklists and may change the counts at once.
        connect(intake, &IntakeForm::dossierReceived, this, &MainWindow::dossiersChanged);
        // On a small screen (1366 × 768) a long list of missing documents must not push the buttons off it: the
        // form scrolls instead, and follows the focus.
        auto* scroll = new QScrollArea(this);
        scroll->setWidget(intake);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        connect(qApp, &QApplication::focusChanged, scroll, [scroll, intake](QWidget*, QWidget* now) {
            if (now && intake->isAncestorOf(now)) {
                scroll->ensureWidgetVisible(now);
            }
        });
        addPage(QStringLiteral("intake"), icons::Icon::Intake, tr("Receive dossiers"), scroll,
                QKeySequence(Qt::CTRL | Qt::Key_1));
    }
    if (user.has(Role::Clerk)) {
        m_online = new OnlineQueueView(m_session, this);
        connect(m_online, &OnlineQueueView::dossiersChanged, this, &MainWindow::dossiersChanged);
        addPage(QStringLiteral("online"), icons::Icon::Online, tr("Online submissions"), m_online,
                QKeySequence(Qt::CTRL | Qt::Key_6));
        QListWidgetItem* item = m_sidebar->item(m_sidebar->count() - 1);
        // The sidebar says how many wait, so that a clerk at the form sees them arrive.
        connect(m_online, &OnlineQueueView::waitingCountChanged, this, [this, item](int waiting) {
            item->setText(waiting > 0 ? tr("Online submissions (%1)").arg(waiting) : tr("Online submissions"));
        });
        m_online->refresh();
    }
    if (hasAny({Role::Clerk, Role::Specialist, Role::Head, Role::Leader})) {
        auto* mine = new DossierListView(m_session, this);
        mine->setMyWorkOnly(true);
        m_lists << mine;
        connect(mine, &DossierListView::openDossierRequested, this, &MainWindow::openDossier);
        addPage(QStringLiteral("myWork"), icons::Icon::MyWork, tr("My dossiers"), mine,
                QKeySequence(Qt::CTRL | Qt::Key_2));
    }
    if (hasAny({Role::Clerk, Role::Head, Role::Leader, Role::Admin})) {
        auto* all = new DossierListView(m_session, this);
        m_lists << all;
        connect(all, &DossierListView::openDossierRequested, this, &MainWindow::openDossier);
        addPage(QStringLiteral("allDossiers"), icons::Icon::AllDossiers, tr("All dossiers"), all,
                QKeySequence(Qt::CTRL | Qt::Key_3));
    }
    if (hasAny({Role::Head, Role::Leader})) {
        m_dashboard = new DashboardView(m_session, this);
        connect(m_dashboard, &DashboardView::openDossierRequested, this, &MainWindow::openDossier);
        addPage(QStringLiteral("dashboard"), icons::Icon::Dashboard, tr("Overdue / due soon"), m_dashboard,
                QKeySequence(Qt::CTRL | Qt::Key_4));
    }
    addPage(QStringLiteral("catalogue"), icons::Icon::Catalogue, tr("Procedures catalogue"),
            new CatalogueView(m_session, this), QKeySequence(Qt::CTRL | Qt::Key_5));
    // Reports: heads (their department's procedures), leaders and administrators (all); also in the Reports menu.
    if (hasAny({Role::Head, Role::Leader, Role::Admin})) {
        m_reports = new ReportsView(m_session, this);
        addPage(QStringLiteral("reports"), icons::Icon::Reports, tr("Reports"), m_reports,
                QKeySequence(Qt::CTRL | Qt::Key_6));
        auto* reportsMenu = new QMenu(tr("&Reports"), this);
        menuBar()->insertMenu(findChild<QMenu*>(QStringLiteral("languageMenu"))->menuAction(), reportsMenu);
        reportsMenu->setObjectName(QStringLiteral("reportsMenu"));
        QAction* ii06a = reportsMenu->addAction(icons::icon(icons::Icon::Reports),
                                                tr("Situation and results of handling (form II.06a)"));
        ii06a->setObjectName(QStringLiteral("ii06aAction"));
        const int row = m_sidebar->count() - 1;
        connect(ii06a, &QAction::triggered, this, [this, row] { m_sidebar->setCurrentRow(row); });
    }

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    m_sidebar->setCurrentRow(0);

    QStringList roles;
    for (Role role : m_session.user.roles) {
        roles << identity::roleName(role);
    }
    auto* userLabel = new QLabel(tr("%1 (%2)").arg(user.fullName, roles.join(QStringLiteral(", "))), this);
    userLabel->setObjectName(QStringLiteral("userLabel"));
    userLabel->setTextFormat(Qt::PlainText);
    m_overdue = new QLabel(this);
    m_overdue->setTextFormat(Qt::PlainText);
    m_overdue->setObjectName(QStringLiteral("statusOverdueLabel"));
    auto* database = new QLabel(tr("Database: %1").arg(m_session.database.displayName()), this);
    database->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addWidget(userLabel);
    statusBar()->addWidget(m_overdue);
    statusBar()->addPermanentWidget(database);

    m_refresh = new QTimer(this);
    m_refresh->setInterval(60 * 1000);
    connect(m_refresh, &QTimer::timeout, this, &MainWindow::refreshStatus);
    m_refresh->start();
    refreshStatus();

    // Live updates: what other workstations change on the office's server is read again here within a moment (the
    // pages shown, not whole tables), without polling; on the embedded file nothing is listened to.
    m_changes = new storage::DossierChanges(m_session.database, this);
    m_liveRefresh = new QTimer(this);
    m_liveRefresh->setSingleShot(true);
    m_liveRefresh->setInterval(kLiveRefreshDelayMs);
    connect(m_liveRefresh, &QTimer::timeout, this, &MainWindow::changedElsewhere);
    connect(m_changes, &storage::DossierChanges::dossierChanged, this, [this](qint64 id) {
        m_changedElsewhere.insert(id);
        if (!m_liveRefresh->isActive()) {
            m_liveRefresh->start(); // not restarted: a steady stream of changes still shows every 300 ms
        }
    });
    // A calendar changed on another workstation: every screen counts with the new one, once nothing is in hand.
    m_calendarReload = new QTimer(this);
    m_calendarReload->setSingleShot(true);
    m_calendarReload->setInterval(kCalendarRetryMs);
    connect(m_calendarReload, &QTimer::timeout, this, &MainWindow::reloadCalendarWhenFree);
    connect(m_changes, &storage::DossierChanges::calendarChanged, this, &MainWindow::reloadCalendarWhenFree);
    for (DossierListView* list : std::as_const(m_lists)) {
        // The status bar says how many arrived that the user has not looked at yet, in the list that has the most.
        connect(list, &DossierListView::newDossiersArrived, this, [this] {
            int unseen = 0;
            for (const DossierListView* other : std::as_const(m_lists)) {
                unseen = std::max(unseen, other->unseenCount());
            }
            statusBar()->showMessage(tr("%n new dossier(s)", nullptr, unseen), 15000);
        });
    }
    resize(1200, 760);
}

void MainWindow::addPage(const QString& name, icons::Icon icon, const QString& title, QWidget* page,
                         const QKeySequence& shortcut)
{
    page->setObjectName(name + QStringLiteral("Page"));
    auto* item = new QListWidgetItem(icons::icon(icon), title, m_sidebar);
    item->setData(Qt::UserRole, name);
    item->setToolTip(shortcut.toString(QKeySequence::NativeText));
    m_pages->addWidget(page);
    auto* go = new QAction(this);
    go->setShortcut(shortcut);
    const int row = m_sidebar->count() - 1;
    connect(go, &QAction::triggered, this, [this, row] { m_sidebar->setCurrentRow(row); });
    addAction(go);
}

void MainWindow::openDossier(const QString& code)
{
    auto* dialog = new DossierDetailsDialog(m_session, code, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // After an action: the lists, the counts and the dossier itself are shown anew.
    connect(dialog, &DossierDetailsDialog::dossierChanged, this, [this](const QString& changed) {
        dossiersChanged();
        openDossier(changed);
    });
    dialog->show();
}

void MainWindow::dossiersChanged()
{
    for (DossierListView* list : std::as_const(m_lists)) {
        list->refresh();
    }
    if (m_dashboard) {
        m_dashboard->refresh();
    }
    refreshStatus();
}

bool MainWindow::isListening() const
{
    return m_changes->isListening();
}

void MainWindow::changedElsewhere()
{
    const QSet<qint64> changed = std::exchange(m_changedElsewhere, {});
    for (DossierListView* list : std::as_const(m_lists)) {
        list->noteChangedElsewhere(changed);
    }
    if (m_dashboard) {
        m_dashboard->refresh();
    }
    if (m_online) {
        m_online->refresh();
    }
    refreshStatus();
}

void MainWindow::reloadCalendarWhenFree()
{
    const auto dialogs = findChildren<QDialog*>();
    const bool inHand = QApplication::activeModalWidget() || (m_intake && m_intake->hasUnsavedInput()) ||
                        std::any_of(dialogs.cbegin(), dialogs.cend(), [](const QDialog* d) { return d->isVisible(); });
    if (inHand) {
        statusBar()->showMessage(tr("The working calendar was changed on another workstation: this window counts with "
                                    "it once the work in hand is done."));
        m_calendarReload->start();
        return;
    }
    Q_EMIT workingCalendarChangedElsewhere();
}

void MainWindow::refreshStatus()
{
    storage::DossierFilter overdue;
    overdue.overdueAt = m_session.workflow().now();
    auto count = storage::DossierQueries(m_session.database).count(overdue);
    m_overdue->setText(count ? tr("Overdue: %1").arg(*count) : count.error().message);
}

void MainWindow::createMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    QAction* password = fileMenu->addAction(icons::icon(icons::Icon::ChangePassword), tr("Change &password…"));
    password->setObjectName(QStringLiteral("changePasswordAction"));
    connect(password, &QAction::triggered, this, &MainWindow::changePassword);
    QAction* signOut = fileMenu->addAction(icons::icon(icons::Icon::SignOut), tr("Sign &out"));
    signOut->setObjectName(QStringLiteral("signOutAction"));
    connect(signOut, &QAction::triggered, this, [this] {
        if (confirmLeaving()) {
            Q_EMIT signOutRequested();
        }
    });
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(icons::icon(icons::Icon::Quit), tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QMainWindow::close);

    // Printing: the register for a period (everyone who handles dossiers), the forms' templates (administrators).
    const identity::User& user = m_session.user;
    if (forms::FormService::mayPrintRegister(user)) {
        QMenu* printMenu = menuBar()->addMenu(tr("&Print"));
        printMenu->setObjectName(QStringLiteral("printMenu"));
        QAction* book = printMenu->addAction(icons::icon(icons::Icon::Register), tr("Dossier &register (Form 07)…"));
        book->setObjectName(QStringLiteral("registerAction"));
        connect(book, &QAction::triggered, this, [this] {
            RegisterDialog dialog(m_session, this);
            dialog.exec();
        });
        if (user.has(Role::Clerk)) {
            QAction* supplements =
                printMenu->addAction(icons::icon(icons::Icon::Preview), tr("&Supplement requests at the counter…"));
            supplements->setObjectName(QStringLiteral("supplementRequestsAction"));
            connect(supplements, &QAction::triggered, this, [this] {
                SupplementRequestsDialog dialog(m_session, this);
                dialog.exec();
            });
        }
        if (user.has(Role::Admin)) {
            QAction* templates = printMenu->addAction(icons::icon(icons::Icon::Templates), tr("Form &templates…"));
            templates->setObjectName(QStringLiteral("templatesAction"));
            connect(templates, &QAction::triggered, this, [this] {
                TemplatesDialog dialog(m_session, this);
                dialog.exec();
            });
        }
    }

    // Settings: this computer's for everybody, the agency's for administrators (in the same dialog).
    QAction* settings = new QAction(icons::icon(icons::Icon::Settings), tr("&Settings…"), this);
    settings->setObjectName(QStringLiteral("settingsAction"));
    fileMenu->insertAction(quit, settings);
    fileMenu->insertSeparator(quit);
    connect(settings, &QAction::triggered, this, &MainWindow::showSettings);

    if (user.has(Role::Admin)) {
        QMenu* adminMenu = menuBar()->addMenu(tr("&Administration"));
        adminMenu->setObjectName(QStringLiteral("adminMenu"));
        createAdminActions(adminMenu);
        QAction* users = adminMenu->addAction(icons::icon(icons::Icon::Users), tr("&Users…"));
        users->setObjectName(QStringLiteral("usersAction"));
        connect(users, &QAction::triggered, this, [this] {
            UsersDialog dialog(m_session, this);
            dialog.exec();
        });
        QAction* catalogue =
            adminMenu->addAction(icons::icon(icons::Icon::Catalogue), tr("&Procedures and ISO processes…"));
        catalogue->setObjectName(QStringLiteral("catalogueAdminAction"));
        connect(catalogue, &QAction::triggered, this, [this] {
            CatalogueAdminDialog dialog(m_session, this);
            dialog.exec();
            if (dialog.changed()) {
                if (auto* view = findChild<CatalogueView*>()) {
                    view->reload();
                }
            }
        });
        QAction* workingCalendar =
            adminMenu->addAction(icons::icon(icons::Icon::Calendar), tr("Working &calendar…"));
        workingCalendar->setObjectName(QStringLiteral("calendarAction"));
        connect(workingCalendar, &QAction::triggered, this, &MainWindow::editCalendar);
        adminMenu->addSeparator();
        QAction* backup = adminMenu->addAction(icons::icon(icons::Icon::Backup), tr("&Back up…"));
        backup->setObjectName(QStringLiteral("backupAction"));
        connect(backup, &QAction::triggered, this, [this] { BackupRestore::backup(this, m_session); });
        QAction* restore = adminMenu->addAction(icons::icon(icons::Icon::Restore), tr("&Restore…"));
        restore->setObjectName(QStringLiteral("restoreAction"));
        connect(restore, &QAction::triggered, this, [this] {
            if (BackupRestore::restore(this, m_session)) {
                Q_EMIT databaseReplaced();
            }
        });
    }

    QMenu* languageMenu = menuBar()->addMenu(tr("&Language"));
    languageMenu->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(this);
    const bool english = QLocale().language() == QLocale::English;
    for (const auto& [language, text, key] : {std::tuple{Language::Vietnamese, QStringLiteral("Tiếng Việt"), "vi"},
                                              std::tuple{Language::English, QStringLiteral("English"), "en"}}) {
        QAction* action = languageMenu->addAction(icons::icon(icons::Icon::Language), text);
        action->setObjectName(QStringLiteral("language_") + QString::fromLatin1(key));
        action->setCheckable(true);
        action->setChecked((language == Language::English) == english);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, group, lang = language] {
            if (confirmLeaving()) {
                Q_EMIT languageChangeRequested(lang);
                return;
            }
            // Kept: the menu shows the language still in use.
            const bool inEnglish = QLocale().language() == QLocale::English;
            for (QAction* other : group->actions()) {
                other->setChecked(other->objectName() ==
                                  (inEnglish ? QStringLiteral("language_en") : QStringLiteral("language_vi")));
            }
        });
    }

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    QAction* about = helpMenu->addAction(icons::icon(icons::Icon::About), tr("&About MotCua"));
    about->setObjectName(QStringLiteral("aboutAction"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

bool MainWindow::confirmLeaving()
{
    if (!m_intake || !m_intake->hasUnsavedInput()) {
        return true;
    }
    const auto answer = MessageBox::question(
        this, tr("Dossier not received yet"),
        tr("The intake form holds a dossier that has not been received. It will be lost. Leave it anyway?"));
    if (answer != QMessageBox::Yes) {
        m_sidebar->setCurrentRow(0); // back to the form
        return false;
    }
    return true;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!confirmLeaving()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::createAdminActions(QMenu* adminMenu)
{
    QAction* settings = adminMenu->addAction(icons::icon(icons::Icon::Settings), tr("Se&ttings…"));
    settings->setObjectName(QStringLiteral("adminSettingsAction"));
    connect(settings, &QAction::triggered, this, &MainWindow::showSettings);
    QAction* log = adminMenu->addAction(icons::icon(icons::Icon::AdminLog), tr("Administration &log…"));
    log->setObjectName(QStringLiteral("adminLogAction"));
    connect(log, &QAction::triggered, this, [this] {
        AdminLogDialog dialog(m_session, this);
        dialog.exec();
    });
    QAction* integrity = adminMenu->addAction(icons::icon(icons::Icon::AdminLog), tr("&Integrity of the histories…"));
    integrity->setObjectName(QStringLiteral("historyCheckAction"));
    connect(integrity, &QAction::triggered, this, [this] {
        HistoryCheckDialog dialog(m_session, this);
        dialog.start();
        dialog.exec();
    });
    adminMenu->addSeparator();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (!dialog.note().isEmpty()) {
        statusBar()->showMessage(dialog.note(), 15000);
    }
    const Language chosen = dialog.language();
    if ((chosen == Language::English) != (QLocale().language() == QLocale::English) && confirmLeaving()) {
        Q_EMIT languageChangeRequested(chosen);
    }
}

void MainWindow::changePassword()
{
    ChangePasswordDialog dialog(m_session.database, m_session.clock, m_session.user, this);
    if (dialog.exec() == QDialog::Accepted) {
        statusBar()->showMessage(tr("Your password has been changed."), 10000);
    }
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::editCalendar()
{
    bool changed = false;
    CalendarDialog dialog(m_session, this);
    connect(&dialog, &CalendarDialog::calendarChanged, this, [&changed] { changed = true; });
    dialog.exec();
    if (!changed) {
        return;
    }
    // Every screen counts with the session's calendar: the window is built again over the new one.
    if (confirmLeaving()) {
        Q_EMIT workingCalendarChanged();
    } else {
        MessageBox::information(this, tr("Working calendar"),
                                tr("The new calendar is stored; this window counts with it from the next sign-in."));
    }
}

} // namespace motcua::ui
