#include "ui/admin/HistoryCheckDialog.h"

#include "ui/admin/AuditFindingsModel.h"
#include "ui/common/DatabaseWorker.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/ReadOnlyTable.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace motcua::ui {

HistoryCheckDialog::HistoryCheckDialog(const Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_worker(new DatabaseWorker(session.database, QStringLiteral("history-check"), this))
    , m_cancelled(std::make_shared<std::atomic_bool>(false))
    , m_model(new AuditFindingsModel(this))
{
    setObjectName(QStringLiteral("historyCheckDialog"));
    setWindowTitle(tr("Integrity of the histories"));
    m_messageBar = new MessageBar(this);
    m_explanation = new QLabel(tr("Walks the hash chain of the dossiers' events and of the administration log, then "
                                  "checks every dossier's status, step, assignee, pause and due moment against its "
                                  "events, and the counts of dossiers by department and status against the dossiers. "
                                  "What was changed outside MotCua is listed below."),
                               this);
    m_explanation->setWordWrap(true);
    m_part = new QLabel(this);
    m_part->setObjectName(QStringLiteral("partLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_table = readOnlyTable(QStringLiteral("findingsTable"), m_model, this);
    m_table->setColumnWidth(AuditFindingsModel::Table, 110);
    m_table->setColumnWidth(AuditFindingsModel::Row, 70);
    m_table->setColumnWidth(AuditFindingsModel::Dossier, 190);
    m_table->setColumnWidth(AuditFindingsModel::Kind, 120);

    m_start = new QPushButton(tr("&Check now"), this);
    m_start->setObjectName(QStringLiteral("startButton"));
    m_cancel = new QPushButton(MessageBox::buttonText(QMessageBox::Cancel), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setVisible(false);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(MessageBox::buttonText(QMessageBox::Close), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &HistoryCheckDialog::reject);
    connect(m_start, &QPushButton::clicked, this, &HistoryCheckDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &HistoryCheckDialog::cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_explanation);
    auto* progress = new QHBoxLayout;
    progress->addWidget(m_part);
    progress->addWidget(m_progress, 1);
    layout->addLayout(progress);
    layout->addWidget(m_table, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_start);
    bottom->addWidget(m_cancel);
    bottom->addStretch(1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    resize(1000, 560);
}

HistoryCheckDialog::~HistoryCheckDialog()
{
    // The check stops at its next batch; the worker's thread is joined before anything it reports to goes.
    m_cancelled->store(true);
    delete m_worker;
    m_worker = nullptr;
}

void HistoryCheckDialog::start()
{
    if (m_running) {
        return;
    }
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_model->clear();
    m_messageBar->clear();
    m_progress->setValue(0);
    setRunning(true);
    const std::shared_ptr<std::atomic_bool> cancelled = m_cancelled;
    m_worker->newGeneration();
    m_worker->run([this, cancelled, &clock = m_session.clock](storage::Database& database) {
        QList<storage::AuditFinding> found;
        const auto deliver = [this, &found] {
            if (found.isEmpty()) {
                return;
            }
            QMetaObject::invokeMethod(this, [this, batch = found] { m_model->append(batch); }, Qt::QueuedConnection);
            found.clear();
        };
        storage::HistoryAudit audit(database.connection(), database.dialect());
        audit.checkDossiersAlongside(database.another(clock));
        auto outcome = audit.run([&found](const storage::AuditFinding& finding) { found.append(finding); },
                                 [this, &deliver](const QString& part, qint64 done, qint64 total) {
                                     deliver();
                                     QMetaObject::invokeMethod(
                                         this, [this, part, done, total] { showProgress(part, done, total); },
                                         Qt::QueuedConnection);
                                 },
                                 [cancelled] { return cancelled->load(); });
        deliver();
        return std::function<void()>([this, outcome] { showOutcome(outcome); });
    });
}

void HistoryCheckDialog::cancel()
{
    m_cancelled->store(true);
    m_cancel->setEnabled(false);
}

void HistoryCheckDialog::reject()
{
    cancel();
    QDialog::reject();
}

void HistoryCheckDialog::showProgress(const QString& part, qint64 done, qint64 total)
{
    static const QHash<QString, const char*> parts{
        {QStringLiteral("dossier_event"), QT_TR_NOOP("Dossiers' events")},
        {QStringLiteral("admin_log"), QT_TR_NOOP("Administration log")},
        {QStringLiteral("dossier"), QT_TR_NOOP("Dossiers")},
    };
    const QLocale locale;
    m_part->setText(tr("%1: %2 of %3").arg(tr(parts.value(part, "")), locale.toString(done), locale.toString(total)));
    // Three parts, a third of the bar each.
    const int index = part == QLatin1String("dossier_event") ? 0 : part == QLatin1String("admin_log") ? 1 : 2;
    const double share = total > 0 ? std::min(1.0, static_cast<double>(done) / static_cast<double>(total)) : 1.0;
    m_progress->setValue(static_cast<int>((index + share) * 1000 / 3));
}

void HistoryCheckDialog::showOutcome(const Result<storage::HistoryAudit::Outcome>& outcome)
{
    setRunning(false);
    if (!outcome) {
        m_messageBar->showError(outcome.error().message);
        emit checkEnded(false);
        return;
    }
    const QLocale locale;
    const QString counted = tr("%1 history entries and %2 dossiers in %3 s")
                                .arg(locale.toString(outcome->entries), locale.toString(outcome->dossiers),
                                     locale.toString(outcome->elapsedMs / 1000.0, 'f', 1));
    if (outcome->cancelled) {
        m_messageBar->showInfo(tr("The check was cancelled: %1 checked, nothing concluded.").arg(counted));
    } else if (m_model->total() == 0) {
        m_progress->setValue(m_progress->maximum());
        m_messageBar->showInfo(tr("Everything holds: %1, nothing changed outside MotCua.").arg(counted));
    } else {
        m_progress->setValue(m_progress->maximum());
        m_messageBar->showError(
            m_model->total() > m_model->rowCount()
                ? tr("%1 findings (the first %2 are listed; motcua-cli verify lists them all): %3.")
                      .arg(locale.toString(m_model->total()), locale.toString(m_model->rowCount()), counted)
                : tr("%1 findings: the database was changed outside MotCua (%2).")
                      .arg(locale.toString(m_model->total()), counted));
    }
    emit checkEnded(outcome->cancelled);
}

void HistoryCheckDialog::setRunning(bool running)
{
    m_running = running;
    m_start->setEnabled(!running);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
}

} // namespace motcua::ui
