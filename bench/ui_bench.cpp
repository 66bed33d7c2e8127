// Measures how long the desktop screens take to show their data on a real database (e.g. 1,000,000 dossiers
// made with `motcua-cli seed-demo`, in a file or on the office's server): the all-dossiers list (first page and
// total), the same list searched for an applicant's name, and the overdue dashboard.
// Usage: QT_QPA_PLATFORM=offscreen motcua-bench-ui --db FILE|postgresql://… [--runs N] [--search TEXT]
#include "bench/BenchSupport.h"
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

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace motcua;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption databaseOption(QStringLiteral("db"), QStringLiteral("Database file or server URL."),
                                            QStringLiteral("FILE|URL"));
    const QCommandLineOption searchOption(QStringLiteral("search"), QStringLiteral("Text searched in the list."),
                                          QStringLiteral("TEXT"), QStringLiteral("nguyen van"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Repetitions."), QStringLiteral("N"),
                                        QStringLiteral("5"));
    parser.addOptions({databaseOption, runsOption, searchOption});
    parser.process(app);
    if (!parser.isSet(databaseOption)) {
        std::fputs("usage: motcua-bench-ui --db FILE|URL [--runs N] [--search TEXT]\n", stderr);
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
        return static_cast<double>(timer.nsecsElapsed()) / 1e6;
    };
    storage::DossierFilter searched;
    searched.search = parser.value(searchOption);
    std::vector<double> listTimes;
    std::vector<double> searchTimes;
    std::vector<double> dashboardTimes;
    qint64 total = 0;
    qint64 found = 0;
    for (int run = 0; run < runs; ++run) {
        listTimes.push_back(loadList({}, total));
        searchTimes.push_back(loadList(searched, found));
        QElapsedTimer timer;

        timer.start();
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
    std::sort(searchTimes.begin(), searchTimes.end());
    std::sort(dashboardTimes.begin(), dashboardTimes.end());
    std::printf("%s: %lld dossiers\n", database->displayName().toUtf8().constData(), static_cast<long long>(total));
    std::printf("all-dossiers list, first page and total: median %.0f ms, worst %.0f ms (%d runs)\n",
                listTimes[listTimes.size() / 2], listTimes.back(), runs);
    std::printf("list searched for \"%s\" (%lld found):   median %.0f ms, worst %.0f ms (%d runs)\n",
                searched.search.toUtf8().constData(), static_cast<long long>(found),
                searchTimes[searchTimes.size() / 2], searchTimes.back(), runs);
    std::printf("overdue dashboard, counts and list:      median %.0f ms, worst %.0f ms (%d runs)\n",
                dashboardTimes[dashboardTimes.size() / 2], dashboardTimes.back(), runs);
    return 0;
}
