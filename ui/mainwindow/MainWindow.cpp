#include "ui/mainwindow/MainWindow.h"

#include "ui/mainwindow/AboutDialog.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>

namespace motcua::ui {

MainWindow::MainWindow(const QString& databasePath, QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("MotCua — One-stop shop"));
    createMenus();

    auto* welcome = new QLabel(tr("<h2>One-stop shop</h2><p>Receiving dossiers and returning results.</p>"), this);
    welcome->setAlignment(Qt::AlignCenter);
    setCentralWidget(welcome);

    auto* database = new QLabel(tr("Database: %1").arg(databasePath), this);
    database->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(database);
    resize(1100, 720);
}

void MainWindow::createMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QMainWindow::close);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    QAction* about = helpMenu->addAction(tr("&About MotCua"));
    about->setObjectName(QStringLiteral("aboutAction"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

} // namespace motcua::ui
