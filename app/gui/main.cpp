// motcua: the desktop application.
#include "core/calendar/CalendarService.h"
#include "core/common/Clock.h"
#include "core/common/Language.h"
#include "core/storage/Database.h"
#include "ui/mainwindow/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFont>
#include <QMessageBox>
#include <QSettings>

using namespace motcua;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MotCua"));
    QApplication::setApplicationName(QStringLiteral("MotCua"));
    QApplication::setApplicationVersion(QStringLiteral(MOTCUA_VERSION));
    // An explicit font that covers Vietnamese, so the look does not depend on what fontconfig picks.
    QApplication::setFont(QFont(QStringLiteral("Noto Sans"), 10));

    const QSettings settings;
    installTranslations(
        languageFromCode(settings.value(QStringLiteral("ui/language")).toString()).value_or(Language::Vietnamese));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "One-stop shop software"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("db"),
                                            QApplication::translate("main", "Database file to open."),
                                            QStringLiteral("FILE"), storage::Database::defaultPath());
    parser.addOption(databaseOption);
    parser.process(app);

    const SystemClock clock;
    auto database = storage::Database::open(parser.value(databaseOption), clock);
    if (!database) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "MotCua"), database.error().message);
        return 1;
    }
    calendar::CalendarService calendarService(**database, clock);
    if (Status installed = calendarService.installShippedData(); !installed) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "MotCua"), installed.error().message);
        return 1;
    }

    ui::MainWindow window((*database)->path());
    window.show();
    return QApplication::exec();
}
