// Catch2 runner for the core tests: a QCoreApplication, Vietnamese translations as in the application.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "core/common/Language.h"
#include "tests/support/PostgresServer.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QCoreApplication app(argc, argv);
    motcua::installTranslations(motcua::Language::Vietnamese);
    const int failed = Catch::Session().run(argc, argv);
    motcua::test::PostgresServer::shutdown();
    return failed;
}
