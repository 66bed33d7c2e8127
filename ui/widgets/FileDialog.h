#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace motcua::ui {

// The one way the application asks for a file to open or to save: the dialog's labels and buttons carry our own
// translated texts, replacing a file on saving is confirmed through MessageBox, and a GUI test queues the next
// answers so that no dialog ever blocks.
class FileDialog {
    Q_DECLARE_TR_FUNCTIONS(motcua::ui::FileDialog)

public:
    // An existing file, or empty when cancelled. `filter` as in QFileDialog: "Catalogue (*.json)".
    static QString openFileName(QWidget* parent, const QString& caption, const QString& directory = {},
                                const QString& filter = {});
    // A file to write, with `defaultSuffix` ("pdf") added when the name has none; empty when cancelled.
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& directory = {},
                                const QString& filter = {}, const QString& defaultSuffix = {});

    // An existing folder, or empty when cancelled.
    static QString existingDirectory(QWidget* parent, const QString& caption, const QString& directory = {});

    // Tests: the next dialog answers `path` at once (an empty path: cancelled); answers queue up in order.
    static void setNextPath(const QString& path);
    static int pendingPaths();
    static void clearNextPaths();

private:
    static QString ask(QWidget* parent, const QString& caption, const QString& directory, const QString& filter,
                       bool save, const QString& defaultSuffix);
};

} // namespace motcua::ui
