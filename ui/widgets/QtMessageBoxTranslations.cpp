// Qt's own texts in QMessageBox's details button, for our translation files (see ui/print/QtPrintDialogTranslations.cpp
// for how: Qt ships no Vietnamese catalogue, and our translator answers Qt's tr() calls in Qt's contexts).
// Checked against libQt6Widgets 6.4.2 (Debian 12).

#include <QtGlobal>

namespace motcua::ui {

namespace {

[[maybe_unused]] constexpr const char* kQMessageBox[] = {
    QT_TRANSLATE_NOOP("QMessageBox", "Show Details..."),
    QT_TRANSLATE_NOOP("QMessageBox", "Hide Details..."),
};

} // namespace

} // namespace motcua::ui
