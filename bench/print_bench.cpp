// Measures how long the printed forms take on a real database: the register (Mẫu 07) for a period — query,
// layout, PDF — and one receipt (Mẫu 01). Prints its figures; no test asserts on them.
// Usage: QT_QPA_PLATFORM=offscreen motcua-bench-print --db FILE|URL --from YYYY-MM-DD --to YYYY-MM-DD [--out DIR]
#include "bench/support/BenchSupport.h"
#include "core/common/Clock.h"
#include "core/forms/FormService.h"
#include "core/storage/Database.h"
#include "print/FormDocument.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextDocument>

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
    auto form = service.registerForm(from, to);
    if (!form) {
        std::fprintf(stderr, "%s\n", form.error().message.toUtf8().constData());
        return 1;
    }
    const qsizetype lines = form->data.tables.value(QStringLiteral("rows")).size();
    const double query = bench::millis(timer);
    timer.restart();
    auto document = print::FormDocument::build(*form);
    if (!document) {
        std::fprintf(stderr, "%s\n", document.error().message.toUtf8().constData());
        return 1;
    }
    const double build = bench::millis(timer);
    timer.restart();
    const int pages = document->layOut(document->pageLayout())->pageCount();
    const double layout = bench::millis(timer);
    timer.restart();
    const QString pdf = QDir(parser.value(outOption)).filePath(QStringLiteral("motcua-bench-register.pdf"));
    if (Status written = document->writePdf(pdf); !written) {
        std::fprintf(stderr, "%s\n", written.error().message.toUtf8().constData());
        return 1;
    }
    const double write = bench::millis(timer);
    std::printf("register %s–%s: %lld dossiers, %d pages\n", qPrintable(from.toString(Qt::ISODate)),
                qPrintable(to.toString(Qt::ISODate)), static_cast<long long>(lines), pages);
    std::printf("  query and template %.0f ms, fill template %.0f ms, layout %.0f ms, PDF (same layout) %.0f ms\n",
                query, build, layout, write);
    return 0;
}
