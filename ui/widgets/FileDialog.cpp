#include "ui/widgets/FileDialog.h"

#include "ui/widgets/MessageBox.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QQueue>

namespace motcua::ui {

namespace {

QQueue<QString>& nextPaths()
{
    static QQueue<QString> paths;
    return paths;
}

} // namespace

QString FileDialog::openFileName(QWidget* parent, const QString& caption, const QString& directory,
                                 const QString& filter)
{
    return ask(parent, caption, directory, filter, false, {});
}

QString FileDialog::saveFileName(QWidget* parent, const QString& caption, const QString& directory,
                                 const QString& filter, const QString& defaultSuffix)
{
    return ask(parent, caption, directory, filter, true, defaultSuffix);
}

QString FileDialog::existingDirectory(QWidget* parent, const QString& caption, const QString& directory)
{
    if (!nextPaths().isEmpty()) {
        return nextPaths().dequeue();
    }
    QFileDialog dialog(parent, caption, directory);
    dialog.setObjectName(QStringLiteral("fileDialog"));
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    dialog.setLabelText(QFileDialog::LookIn, tr("Look in:"));
    dialog.setLabelText(QFileDialog::FileName, tr("Folder:"));
    dialog.setLabelText(QFileDialog::Accept, tr("&Choose"));
    dialog.setLabelText(QFileDialog::Reject, tr("Cancel"));
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty()) {
        return dialog.selectedFiles().constFirst();
    }
    return {};
}

QString FileDialog::ask(QWidget* parent, const QString& caption, const QString& directory, const QString& filter,
                        bool save, const QString& defaultSuffix)
{
    if (!nextPaths().isEmpty()) {
        return nextPaths().dequeue();
    }
    QFileDialog dialog(parent, caption, directory, filter);
    dialog.setObjectName(QStringLiteral("fileDialog"));
    dialog.setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog.setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    dialog.setOption(QFileDialog::DontConfirmOverwrite); // asked below, in our words
    dialog.setDefaultSuffix(defaultSuffix);
    dialog.setLabelText(QFileDialog::LookIn, tr("Look in:"));
    dialog.setLabelText(QFileDialog::FileName, tr("File name:"));
    dialog.setLabelText(QFileDialog::FileType, tr("Files of type:"));
    dialog.setLabelText(QFileDialog::Accept, save ? tr("&Save") : tr("&Open"));
    dialog.setLabelText(QFileDialog::Reject, tr("Cancel"));
    while (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty()) {
        const QString path = dialog.selectedFiles().constFirst();
        if (!save || !QFileInfo::exists(path) ||
            MessageBox::question(parent, caption,
                                 tr("%1 already exists. Replace it?").arg(QFileInfo(path).fileName())) ==
                QMessageBox::Yes) {
            return path;
        }
    }
    return {};
}

void FileDialog::setNextPath(const QString& path)
{
    nextPaths().enqueue(path);
}

int FileDialog::pendingPaths()
{
    return static_cast<int>(nextPaths().size());
}

void FileDialog::clearNextPaths()
{
    nextPaths().clear();
}

} // namespace motcua::ui
