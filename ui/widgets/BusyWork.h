#pragma once

#include <QApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace motcua::ui {

// A modal progress dialog without Cancel, shown at once: `maximum` 0 for a busy one, else steps from 0.
inline void setUpProgressDialog(QProgressDialog& dialog, const QString& name, const QString& title, int maximum)
{
    dialog.setObjectName(name);
    dialog.setWindowTitle(title);
    dialog.setLabelText(title);
    dialog.setRange(0, maximum);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(0);
    dialog.setCancelButton(nullptr);
}

// Runs `work` on a pool thread and returns its result, the window painted meanwhile: for the first moment behind a
// wait cursor (keys and clicks wait), then, when it lasts, behind a modal busy dialog saying `label`. `work` must
// not touch widgets nor the GUI thread's database connection: it opens its own.
template <typename T> T runBusy(QWidget* parent, const QString& label, std::function<T()> work)
{
    constexpr int kQuietMs = 300; // a short job shows no dialog at all
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    watcher.setFuture(QtConcurrent::run(std::move(work)));
    if (!watcher.isFinished()) {
        QTimer::singleShot(kQuietMs, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    if (!watcher.isFinished()) {
        QProgressDialog dialog(parent);
        setUpProgressDialog(dialog, QStringLiteral("busyDialog"), label, 0);
        dialog.show();
        if (!watcher.isFinished()) {
            loop.exec();
        }
    }
    QApplication::restoreOverrideCursor();
    return watcher.result();
}

} // namespace motcua::ui
