#pragma once

#include <QMainWindow>

namespace motcua::ui {

// The application window. The working screens (intake, worklists, dashboard) arrive feature by feature.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(const QString& databasePath, QWidget* parent = nullptr);

    void showAbout();

private:
    void createMenus();
};

} // namespace motcua::ui
