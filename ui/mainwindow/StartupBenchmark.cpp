#include "ui/mainwindow/StartupBenchmark.h"

#include "ui/dashboard/DashboardView.h"
#include "ui/dossier/DossierTableModel.h"
#include "ui/mainwindow/MainWindow.h"

#include <QApplication>
#include <QFile>
#include <QListWidget>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace motcua::ui {

namespace {

// The sidebar row of the page `name` (MainWindow::addPage), or -1.
int pageRow(const QListWidget& sidebar, const QString& name)
{
    for (int row = 0; row < sidebar.count(); ++row) {
        if (sidebar.item(row)->data(Qt::UserRole).toString() == name) {
            return row;
        }
    }
    return -1;
}

// "VmRSS" → its value in kB from /proc/self/status (0 when not there).
qint64 statusKb(const QByteArray& status, const char* key)
{
    for (const QByteArray& line : status.split('\n')) {
        if (line.startsWith(key)) {
            return line.mid(line.indexOf(':') + 1).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return 0;
}

void printMemoryAndQuit()
{
    // After the shown page has been laid out and painted (the next turns of the event loop).
    QTimer::singleShot(100, qApp, [] {
        QFile file(QStringLiteral("/proc/self/status"));
        const QByteArray status = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        std::printf("memory %lld %lld\n", statusKb(status, "VmRSS"), statusKb(status, "VmHWM"));
        std::fflush(stdout);
        QApplication::quit();
    });
}

} // namespace

void reportStartupForBenchmark(MainWindow& window, const QElapsedTimer& started)
{
    auto* sidebar = window.findChild<QListWidget*>();
    const int listRow = sidebar ? pageRow(*sidebar, QStringLiteral("allDossiers")) : -1;
    auto* list = window.findChild<QWidget*>(QStringLiteral("allDossiersPage"));
    auto* model = list ? list->findChild<DossierTableModel*>() : nullptr;
    if (listRow < 0 || model == nullptr) {
        std::fputs("motcua: --bench-startup: this user has no all-dossiers list\n", stderr);
        QTimer::singleShot(0, qApp, [] { QApplication::exit(1); });
        return;
    }
    sidebar->setCurrentRow(listRow);
    const auto openDashboard = [&window, sidebar] {
        auto* dashboard = window.findChild<DashboardView*>();
        const int row = pageRow(*sidebar, QStringLiteral("dashboard"));
        if (dashboard == nullptr || row < 0) {
            printMemoryAndQuit();
            return;
        }
        sidebar->setCurrentRow(row);
        if (!dashboard->isLoading()) {
            printMemoryAndQuit();
            return;
        }
        QObject::connect(dashboard, &DashboardView::refreshed, qApp, printMemoryAndQuit, Qt::SingleShotConnection);
    };
    // The first page is in when rows are (or, on an empty database, when loading is over with the total known).
    auto reported = std::make_shared<bool>(false);
    const auto check = [model, started, reported, openDashboard] {
        if (*reported || (model->rowCount() == 0 && (model->isLoading() || model->totalCount() < 0))) {
            return;
        }
        *reported = true;
        std::printf("list-ready %.1f\n", static_cast<double>(started.nsecsElapsed()) / 1e6);
        std::fflush(stdout);
        QTimer::singleShot(0, qApp, openDashboard);
    };
    QObject::connect(model, &DossierTableModel::rowsInserted, qApp, check);
    QObject::connect(model, &DossierTableModel::modelReset, qApp, check);
    QObject::connect(model, &DossierTableModel::loadingChanged, qApp, check);
    QObject::connect(model, &DossierTableModel::totalCountChanged, qApp, check);
    check();
}

} // namespace motcua::ui
