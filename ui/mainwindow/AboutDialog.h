#pragma once

#include <QDialog>

namespace motcua::ui {

// Help → About: the program, its version and its licence.
class AboutDialog : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);
};

} // namespace motcua::ui
