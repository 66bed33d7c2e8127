#pragma once

#include "core/storage/HistoryAudit.h"
#include "ui/common/Session.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace motcua::ui {

class AuditFindingsModel;
class DatabaseWorker;
class MessageBar;

// Administration → Check the histories' integrity…: the check of motcua-cli verify (HistoryAudit) run off the GUI
// thread on a connection of its own, with a progress bar and a cancel that stops it at the next batch; what it
// finds listed as it goes.
class HistoryCheckDialog : public QDialog {
    Q_OBJECT

public:
    explicit HistoryCheckDialog(const Session& session, QWidget* parent = nullptr);
    ~HistoryCheckDialog() override;

    AuditFindingsModel* model() const { return m_model; }
    bool isRunning() const { return m_running; }

signals:
    void checkEnded(bool cancelled);

public slots:
    void start();
    void cancel();
    // Closing stops a check under way.
    void reject() override;

private:
    void showProgress(const QString& part, qint64 done, qint64 total);
    void showOutcome(const Result<storage::HistoryAudit::Outcome>& outcome);
    void setRunning(bool running);

    const Session& m_session;
    DatabaseWorker* m_worker = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    bool m_running = false;
    AuditFindingsModel* m_model = nullptr;
    MessageBar* m_messageBar = nullptr;
    QLabel* m_explanation = nullptr;
    QLabel* m_part = nullptr;
    QProgressBar* m_progress = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace motcua::ui
