// Catch2 runner for the GUI tests: headless (offscreen) QApplication with the application's font and language.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "core/common/Language.h"
#include "tests/support/PostgresServer.h"
#include "ui/widgets/Icons.h"

#include <QApplication>
#include <QFont>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The settings kept per computer (AppSettings) go to a folder of the run, never to the user's own.
    QStandardPaths::setTestModeEnabled(true);
    const QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QApplication::setOrganizationName(QStringLiteral("MotCua-tests"));
    QApplication::setApplicationName(QStringLiteral("MotCua-tests"));
    QApplication::setFont(QFont(QStringLiteral("Noto Sans"), 10));
    motcua::installTranslations(motcua::Language::Vietnamese);
    motcua::ui::icons::installTheme();
    const int failed = Catch::Session().run(argc, argv);
    motcua::test::PostgresServer::shutdown();
    return failed;
}
