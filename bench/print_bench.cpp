// Measures how long the register (Mẫu 07) for a period takes on a real database: its count, then its rows read,
// laid out and written as PDF page by page (print/RegisterPainter). Prints its figures; no test asserts on them.
// Usage: QT_QPA_PLATFORM=offscreen motcua-bench-print --db FILE|URL --from YYYY-MM-DD --to YYYY-MM-DD [--out DIR]
#include "bench/support/BenchSupport.h"
#include "core/common/Clock.h"
#include "core/forms/FormService.h"
#include "core/storage/Database.h"
#include "print/RegisterPainter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>

#include <cstdio>

using namespace motcua;

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption fromOption(QStringLiteral("from"), QStringLiteral("First day."), QStringLiteral("DATE"));
    const QCommandLineOption toOption(QStringLiteral("to"), QStringLiteral("Last day."), QStringLiteral("DATE"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Folder for the PDFs."),
                                       QStringLiteral("DIR"), QDir::tempPath());
    const char* const usage = "motcua-bench-print --db FILE|URL --from YYYY-MM-DD --to YYYY-MM-DD [--out DIR]";
    const auto options = bench::parseOptions(app, parser, usage, {fromOption, toOption, outOption});
    const QDate from = QDate::fromString(parser.value(fromOption), Qt::ISODate);
    const QDate to = QDate::fromString(parser.value(toOption), Qt::ISODate);
    if (!options) {
        return 2;
    }
    if (!from.isValid() || !to.isValid()) {
        std::fprintf(stderr, "usage: %s\n", usage);
        return 2;
    }
    const SystemClock clock;
    const auto database = bench::openDatabase(options->database, clock);
    if (!database) {
        return 1;
    }
    // The register as printed by the CLI: an administrator's service (the register needs no other right).
    identity::User admin;
    admin.roles = {identity::Role::Admin};
    const forms::FormService service(*database, clock, admin);

    QElapsedTimer timer;
    timer.start();
    auto heading = service.registerHeading(from, to);
    if (!heading) {
        std::fprintf(stderr, "%s\n", heading.error().message.toUtf8().constData());
        return 1;
    }
    const double count = bench::millis(timer);
    timer.restart();
    print::RegisterPainter painter(*heading,
                                   print::registerRows(std::make_shared<storage::RegisterReader>(*database, from, to)));
    const QString pdf = QDir(parser.value(outOption)).filePath(QStringLiteral("motcua-bench-register.pdf"));
    auto written = print::writeRegisterPdf(pdf, painter);
    if (!written) {
        std::fprintf(stderr, "%s\n", written.error().message.toUtf8().constData());
        return 1;
    }
    const double write = bench::millis(timer);
    std::printf("register %s–%s: %lld dossiers, %d pages\n", qPrintable(from.toString(Qt::ISODate)),
                qPrintable(to.toString(Qt::ISODate)), static_cast<long long>(written->rows), written->pages);
    std::printf("  heading and count %.0f ms, rows read, laid out and written as PDF page by page %.0f ms\n", count,
                write);
    return 0;
}
