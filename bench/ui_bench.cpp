// Measures how long the desktop screens take to show their data on a real database (e.g. 1,000,000 dossiers
// made with `motcua-cli seed-demo`, in a file or on the office's server): the all-dossiers list (first page and
// total), the same list searched for an applicant's name, and the overdue dashboard.
// Usage: QT_QPA_PLATFORM=offscreen motcua-bench-ui --db FILE|postgresql://… [--runs N] [--search TEXT]
#include "bench/support/BenchSupport.h"
#include "core/calendar/CalendarService.h"
#include "core/common/Clock.h"
#include "core/identity/Accounts.h"
#include "core/storage/Database.h"
#include "ui/common/Session.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/dossier/DossierTableModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <cstdio>

using namespace motcua;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption searchOption(QStringLiteral("search"), QStringLiteral("Text searched in the list."),
                                          QStringLiteral("TEXT"), QStringLiteral("nguyen van"));
    const auto options =
        bench::parseOptions(app, parser, "motcua-bench-ui --db FILE|URL [--runs N] [--search TEXT]", {searchOption}, 5);
    if (!options) {
        return 2;
    }
    const SystemClock clock;
    const auto database = bench::openDatabase(options->database, clock);
    if (!database) {
        return 1;
    }
    auto calendar = calendar::CalendarService(*database, clock).workCalendar();
    auto admin = identity::Accounts(*database, clock).byLogin(QStringLiteral("admin"));
    if (!calendar || !admin) {
        std::fputs("the database needs its calendar and an admin account (motcua-cli init)\n", stderr);
        return 1;
    }
    const ui::Session session{*database, clock, *calendar, *admin};
    const int runs = options->runs;

    // The list's first page and total under `filter`, as the window shows them.
    const auto loadList = [&](const storage::DossierFilter& filter, qint64& total) {
        QElapsedTimer timer;
        timer.start();
        ui::DossierTableModel model(session);
        QEventLoop wait;
        QObject::connect(&model, &ui::DossierTableModel::loadingChanged, &wait, [&](bool loading) {
            if (!loading && model.totalCount() >= 0) {
                wait.quit();
            }
        });
        QTimer::singleShot(30'000, &wait, &QEventLoop::quit);
        model.setFilter(filter);
        if (model.isLoading() || model.totalCount() < 0) {
            wait.exec();
        }
        total = model.totalCount();
        return bench::millis(timer);
    };
    storage::DossierFilter searched;
    searched.search = parser.value(searchOption);
    bench::Timings listTimes;
    bench::Timings searchTimes;
    bench::Timings dashboardTimes;
    qint64 total = 0;
    qint64 found = 0;
    for (int run = 0; run < runs; ++run) {
        listTimes.add(loadList({}, total));
        searchTimes.add(loadList(searched, found));
        QElapsedTimer timer;

        timer.start();
        ui::DashboardView dashboard(session); // starts its first reading in the background
        QEventLoop waitDashboard;
        QObject::connect(&dashboard, &ui::DashboardView::refreshed, &waitDashboard, &QEventLoop::quit);
        QTimer::singleShot(30'000, &waitDashboard, &QEventLoop::quit);
        if (dashboard.isLoading()) {
            waitDashboard.exec();
        }
        dashboardTimes.add(bench::millis(timer));
    }
    std::printf("%s: %lld dossiers\n", database->displayName().toUtf8().constData(), static_cast<long long>(total));
    std::printf("all-dossiers list, first page and total: median %.0f ms, worst %.0f ms (%d runs)\n",
                listTimes.median(), listTimes.slowest(), runs);
    std::printf("list searched for \"%s\" (%lld found):   median %.0f ms, worst %.0f ms (%d runs)\n",
                searched.search.toUtf8().constData(), static_cast<long long>(found), searchTimes.median(),
                searchTimes.slowest(), runs);
    std::printf("overdue dashboard, counts and list:      median %.0f ms, worst %.0f ms (%d runs)\n",
                dashboardTimes.median(), dashboardTimes.slowest(), runs);
    return 0;
}
