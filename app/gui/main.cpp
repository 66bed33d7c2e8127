// motcua: the desktop application.
#include "core/calendar/CalendarService.h"
#include "core/common/Clock.h"
#include "core/common/Language.h"
#include "core/identity/Accounts.h"
#include "core/storage/Database.h"
#include "ui/admin/AutomaticBackupRunner.h"
#include "ui/common/AppSettings.h"
#include "ui/common/KeychainPasswordStore.h"
#include "ui/login/LoginDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/StartupBenchmark.h"
#include "ui/setup/ConnectionChoice.h"
#include "ui/setup/FirstRunWizard.h"
#include "ui/setup/StartupConnection.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/MessageBox.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFont>
#include <QScreen>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>
#include <functional>

#include <memory>

using namespace motcua;

int main(int argc, char* argv[])
{
    QElapsedTimer started;
    started.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MotCua"));
    QApplication::setApplicationName(QStringLiteral("MotCua"));
    QApplication::setApplicationVersion(QStringLiteral(MOTCUA_VERSION));
    // An explicit font that covers Vietnamese, so the look does not depend on what fontconfig picks.
    QApplication::setFont(QFont(QStringLiteral("Noto Sans"), 10));
    installTranslations(ui::AppSettings::language());
    ui::icons::installTheme();
    QApplication::setWindowIcon(ui::icons::application());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "One-stop shop software"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("db"),
        QApplication::translate("main", "Database to open: a file or postgresql://USER@HOST:PORT/DATABASE (instead of "
                                        "the one chosen in the settings)."),
        QStringLiteral("FILE|URL"));
    parser.addOption(databaseOption);
    // For `motcua-cli bench` only: signs LOGIN in with MOTCUA_PASSWORD instead of the login dialog, prints when the
    // all-dossiers list has its first page and the memory after the dashboard, then quits (StartupBenchmark).
    const QCommandLineOption benchOption(QStringLiteral("bench-startup"),
                                         QStringLiteral("Benchmark: sign LOGIN in (MOTCUA_PASSWORD), print the time "
                                                        "to the first list page and the memory, quit."),
                                         QStringLiteral("LOGIN"));
    parser.addOption(benchOption);
    parser.process(app);
    const QString benchLogin = parser.value(benchOption);

    // The server's password lives in the desktop's keyring (in memory when there is none).
    ui::PasswordStore::install(std::make_unique<ui::KeychainPasswordStore>());
    const SystemClock clock;
    std::unique_ptr<storage::Database> database;
    if (!parser.isSet(databaseOption) && ui::ConnectionChoice::isFirstStart()) {
        // This computer's first start: where the database is, then (on a new one) the agency and its administrator.
        ui::FirstRunWizard wizard(clock);
        if (wizard.exec() != QDialog::Accepted) {
            return 0;
        }
        ui::AppSettings::setLastLogin(wizard.joinedExisting() ? QString() : wizard.adminLogin());
        database = wizard.takeDatabase();
    } else {
        if (!benchLogin.isEmpty()) {
            // A benchmark asks nothing: the server's password (when the URL has none) is libpq's PGPASSWORD.
            ui::StartupConnection::setPasswordPrompt([](const QString&) { return qEnvironmentVariable("PGPASSWORD"); });
        }
        // A server that cannot be reached says why, with Retry and Change the connection…
        database = ui::StartupConnection(clock).open(parser.value(databaseOption));
    }
    if (!database) {
        return 0;
    }
    storage::Database& db = *database;
    calendar::CalendarService calendarService(db, clock);
    if (Status installed = calendarService.installShippedData(); !installed) {
        ui::MessageBox::critical(nullptr, QApplication::translate("main", "MotCua"), installed.error().message);
        return 1;
    }
    if (!identity::Accounts(db, clock).hasAdmin().value_or(false)) {
        ui::FirstRunWizard wizard(db, clock);
        if (wizard.exec() != QDialog::Accepted) {
            return 0;
        }
        ui::AppSettings::setLastLogin(wizard.adminLogin());
    }
    identity::User user;
    const auto signIn = [&] {
        if (!benchLogin.isEmpty()) {
            auto signedIn =
                identity::Accounts(db, clock).authenticate(benchLogin, qEnvironmentVariable("MOTCUA_PASSWORD"));
            if (!signedIn) {
                std::fprintf(stderr, "motcua: --bench-startup: %s\n", signedIn.error().message.toUtf8().constData());
                return false;
            }
            user = *signedIn;
            return true;
        }
        ui::LoginDialog login(db, clock);
        if (login.exec() != QDialog::Accepted) {
            return false;
        }
        user = login.user();
        ui::AppSettings::setLastLogin(user.login);
        return true;
    };
    // The first start of the day takes the automatic backup (when a folder is configured) on a worker of its own while
    // the user signs in and works; a failure is said to the administrator, at this start and the next ones until a
    // backup succeeds.
    ui::AutomaticBackupRunner automaticBackup(db, clock);
    automaticBackup.startIfDue();
    if (!signIn()) {
        return benchLogin.isEmpty() ? 0 : 1;
    }
    auto calendar = calendarService.workCalendar();
    if (!calendar) {
        ui::MessageBox::critical(nullptr, QApplication::translate("main", "MotCua"), calendar.error().message);
        return 1;
    }

    // A language change rebuilds the window in the new language, with the same session.
    std::unique_ptr<ui::MainWindow> window;
    std::function<void()> show = [&] {
        window = std::make_unique<ui::MainWindow>(ui::Session{db, clock, *calendar, user});
        QObject::connect(window.get(), &ui::MainWindow::languageChangeRequested, &app, [&](Language language) {
            ui::AppSettings::setLanguage(language);
            installTranslations(language);
            QTimer::singleShot(0, &app, show);
        });
        // A change of the working calendar, here or on another workstation: every screen counts with the new one.
        const auto reloadCalendar = [&](const QString& note) {
            if (auto reloaded = calendarService.workCalendar()) {
                calendar = std::move(reloaded);
                QTimer::singleShot(0, &app, [&, note] {
                    show();
                    window->statusBar()->showMessage(note, 15000);
                });
            } else {
                ui::MessageBox::critical(window.get(), QApplication::translate("main", "MotCua"),
                                         reloaded.error().message);
            }
        };
        QObject::connect(window.get(), &ui::MainWindow::workingCalendarChanged, &app, [reloadCalendar] {
            reloadCalendar(QString());
        });
        QObject::connect(window.get(), &ui::MainWindow::workingCalendarChangedElsewhere, &app, [reloadCalendar] {
            reloadCalendar(QApplication::translate("main", "The working calendar was changed on another workstation: "
                                                           "the due moments are counted with the new one."));
        });
        // After a restore the database file under the open connection is the one set aside: start again.
        QObject::connect(window.get(), &ui::MainWindow::databaseReplaced, &app, [] { QApplication::exit(0); });
        // Signing out closes the window and asks who signs in next; cancelling that quits.
        QObject::connect(window.get(), &ui::MainWindow::signOutRequested, &app, [&] {
            QTimer::singleShot(0, &app, [&] {
                QApplication::setQuitOnLastWindowClosed(false);
                window.reset();
                const bool signedIn = signIn();
                QApplication::setQuitOnLastWindowClosed(true);
                if (signedIn) {
                    show();
                } else {
                    QApplication::quit();
                }
            });
        });
        // On a small office screen (1366 × 768) the window takes the whole screen: every column of the lists fits.
        if (const QRect screen = window->screen()->availableGeometry(); screen.width() <= 1440) {
            window->setGeometry(screen); // also without a window manager (a kiosk, Xvfb)
            window->showMaximized();
        } else {
            window->show();
        }
        window->activateWindow();
        automaticBackup.attach(window.get(), user.has(identity::Role::Admin));
    };
    show();
    if (!benchLogin.isEmpty()) {
        ui::reportStartupForBenchmark(*window, started);
    }
    return QApplication::exec();
}
