// Catch2 runner for the GUI tests: headless (offscreen) QApplication with the application's font and language.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "core/common/Language.h"
#include "ui/widgets/Icons.h"

#include <QApplication>
#include <QFont>

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setFont(QFont(QStringLiteral("Noto Sans"), 10));
    motcua::installTranslations(motcua::Language::Vietnamese);
    motcua::ui::icons::installTheme();
    return Catch::Session().run(argc, argv);
}
