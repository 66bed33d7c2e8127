// Measures how long the desktop screens take to show their data on a real database (e.g. 1,000,000 dossiers
// made with `motcua-cli seed-demo`): the all-dossiers list (first page and total) and the overdue dashboard.
// Usage: QT_QPA_PLATFORM=offscreen motcua-bench-ui --db FILE [--runs N]
#include "core/calendar/CalendarService.h"
#include "bench/BenchSupport.h"
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

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace motcua;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption databaseOption(QStringLiteral("db"), QStringLiteral("Database file."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Repetitions."), QStringLiteral("N"),
                                        QStringLiteral("5"));
    parser.addOptions({databaseOption, runsOption});
    parser.process(app);
    if (!parser.isSet(databaseOption)) {
        std::fputs("usage: motcua-bench-ui --db FILE [--runs N]\n", stderr);
        return 2;
    }
    const SystemClock clock;
    const auto database = bench::openDatabase(parser.value(databaseOption), clock);
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
    const int runs = std::max(1, parser.value(runsOption).toInt());

    std::vector<double> listTimes;
    std::vector<double> dashboardTimes;
    qint64 total = 0;
    for (int run = 0; run < runs; ++run) {
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
        model.setFilter({});
        if (model.isLoading() || model.totalCount() < 0) {
            wait.exec();
        }
        listTimes.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        total = model.totalCount();

        timer.restart();
        ui::DashboardView dashboard(session); // starts its first reading in the background
        QEventLoop waitDashboard;
        QObject::connect(&dashboard, &ui::DashboardView::refreshed, &waitDashboard, &QEventLoop::quit);
        QTimer::singleShot(30'000, &waitDashboard, &QEventLoop::quit);
        if (dashboard.isLoading()) {
            waitDashboard.exec();
        }
        dashboardTimes.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(listTimes.begin(), listTimes.end());
    std::sort(dashboardTimes.begin(), dashboardTimes.end());
    std::printf("dossiers in the database: %lld\n", static_cast<long long>(total));
    std::printf("all-dossiers list, first page and total: median %.0f ms, worst %.0f ms (%d runs)\n",
                listTimes[listTimes.size() / 2], listTimes.back(), runs);
    std::printf("overdue dashboard, counts and list:      median %.0f ms, worst %.0f ms (%d runs)\n",
                dashboardTimes[dashboardTimes.size() / 2], dashboardTimes.back(), runs);
    return 0;
}
