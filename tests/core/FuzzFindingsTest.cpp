#include "fuzz/ParserProperties.h"
#include "tests/support/CatchQt.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

using namespace motcua;

namespace {

// The inputs kept for a fuzz target: what it found once (fixed since) and the odd files tried by hand.
QStringList inputsOf(const QString& target)
{
    const QDir dir(test::testDataPath(QStringLiteral("fuzz/") + target));
    QStringList paths;
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        paths << dir.filePath(name);
    }
    return paths;
}

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

// scripts/fuzz runs the same properties for minutes on inputs it makes up (docs/fuzzing.md).
TEST_CASE("Fuzz findings stay fixed: every input kept in tests/data/fuzz holds its parser's property", "[fuzz]")
{
    const std::pair<const char*, bool (*)(const QByteArray&)> targets[] = {
        {"catalogue_json", fuzz::catalogueJsonHolds}, {"calendar_json", fuzz::calendarJsonHolds},
        {"form_template", fuzz::formTemplateHolds},   {"cli_arguments", fuzz::cliArgumentsHold},
        {"identifiers", fuzz::identifiersHold},
    };
    for (const auto& [target, holds] : targets) {
        const QStringList inputs = inputsOf(QLatin1String(target));
        INFO(target);
        CHECK_FALSE(inputs.isEmpty());
        for (const QString& path : inputs) {
            INFO(path.toStdString());
            CHECK(holds(bytesOf(path)));
        }
    }
}
