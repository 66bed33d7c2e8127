#include "ui/dashboard/DashboardView.h"

#include "core/calendar/DeadlineCalculator.h"
#include "core/common/AgencyTime.h"
#include "core/storage/DashboardQueries.h"
#include "core/storage/DossierQueries.h"
#include "ui/common/DatabaseWorker.h"
#include "ui/dashboard/DashboardCountsModel.h"
#include "ui/dashboard/OverdueListModel.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/WeightedColumns.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace motcua::ui {

using calendar::WorkCalendar;

namespace {

// The end of the last office session of `now`'s day; `now` itself when the office is already closed (or does not
// open that day).
QDateTime endOfOfficeDay(const WorkCalendar& calendar, const QDateTime& now)
{
    const QDateTime local = toAgencyTime(now);
    const auto& sessions = calendar.sessionsOn(local.date());
    if (sessions.isEmpty()) {
        return local;
    }
    const QDateTime end = WorkCalendar::toDateTime(WorkCalendar::stamp(local.date(), sessions.constLast().end));
    return std::max(end, local);
}

QTableView* makeTable(const QString& objectName, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

// What one refresh reads, on the worker's connection: plain values handed over to the GUI thread.
struct DashboardView::Reading {
    QDateTime now;
    QString error;
    QList<storage::DashboardRow> counts;
    QList<storage::DossierSummary> overdue;
    qint64 overdueCount = 0;

    static Reading read(storage::Database& database, const QDateTime& now, const QDateTime& endOfToday,
                        const QDateTime& oneWorkingDayLater)
    {
        Reading reading;
        reading.now = now;
        auto counts = storage::DashboardQueries(database).counts(now, endOfToday, oneWorkingDayLater);
        if (!counts) {
            reading.error = counts.error().message;
            return reading;
        }
        reading.counts = std::move(counts).value();
        storage::DossierFilter filter;
        filter.overdueAt = now;
        filter.limit = kOverdueListLimit;
        const storage::DossierQueries queries(database);
        auto overdue = queries.list(filter);
        auto total = queries.count(filter);
        if (!overdue || !total) {
            reading.error = !overdue ? overdue.error().message : total.error().message;
            return reading;
        }
        reading.overdue = std::move(overdue).value();
        reading.overdueCount = *total;
        return reading;
    }
};

DashboardView::DashboardView(const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_worker(std::make_unique<DatabaseWorker>(session.database, QStringLiteral("DashboardView loader")))
{
    m_countsModel = new DashboardCountsModel(this);
    m_overdueModel = new OverdueListModel(session.calendar, this);
    m_overdueProxy = new QSortFilterProxyModel(this);
    m_overdueProxy->setSourceModel(m_overdueModel);
    m_overdueProxy->setSortRole(OverdueListModel::SortRole);

    auto* title = new QLabel(tr("Overdue dashboard"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    title->setFont(titleFont);
    m_updatedLabel = new QLabel(this);
    m_updatedLabel->setObjectName(QStringLiteral("updatedLabel"));
    m_messageBar = new MessageBar(this);

    m_countsTable = makeTable(QStringLiteral("countsTable"), this);
    m_countsTable->setModel(m_countsModel);
    m_countsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_countsTable->horizontalHeader()->setSectionResizeMode(DashboardCountsModel::Department, QHeaderView::Stretch);
    m_countsTable->horizontalHeader()->setStretchLastSection(false);

    m_overdueLabel = new QLabel(this);
    m_overdueLabel->setObjectName(QStringLiteral("overdueLabel"));
    m_overdueTable = makeTable(QStringLiteral("overdueTable"), this);
    m_overdueTable->setModel(m_overdueProxy);
    m_overdueTable->setSortingEnabled(true);
    m_overdueTable->sortByColumn(OverdueListModel::DaysLate, Qt::DescendingOrder);
    // Whole codes, names of assignees, dates and days; the applicant, the procedure and the department share the
    // room that is left, the procedure the most, wrapped on as many lines as they need.
    new WeightedColumns(
        m_overdueTable,
        {{OverdueListModel::Applicant, 3}, {OverdueListModel::Procedure, 5}, {OverdueListModel::Department, 3}});
    m_overdueTable->setWordWrap(true);
    m_overdueTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_updatedLabel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_countsTable, 1);
    layout->addWidget(m_overdueLabel);
    layout->addWidget(m_overdueTable, 2);

    // Enter on the current row and a double click both activate it.
    connect(m_overdueTable, &QAbstractItemView::activated, this, &DashboardView::openRow);

    m_timer = new QTimer(this);
    m_timer->setInterval(kRefreshIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &DashboardView::refresh);
    m_timer->start();

    connect(m_worker.get(), &DatabaseWorker::busyChanged, this, &DashboardView::showLoading);
    connect(m_worker.get(), &DatabaseWorker::failed, this, [this](const QString& message) {
        m_messageBar->showError(message);
        emit refreshed();
    });
    refresh();
}

DashboardView::~DashboardView() = default;

bool DashboardView::isLoading() const
{
    return m_worker->isBusy();
}

void DashboardView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Coming back to the dashboard after more than a minute elsewhere: read again at once.
    if (m_lastRefresh.isValid() && m_lastRefresh.secsTo(m_session.clock.now()) >= kRefreshIntervalMs / 1000) {
        refresh();
    }
}

void DashboardView::refresh()
{
    // The moments come from the session's clock here, on the GUI thread; only the queries go to the worker.
    const QDateTime now = m_session.clock.now();
    const WorkCalendar& calendar = *m_session.calendar;
    const QDateTime endOfToday = endOfOfficeDay(calendar, now);
    const QDateTime oneWorkingDayLater = calendar::DeadlineCalculator(calendar).dueSoonEnd(now);

    m_worker->newGeneration(); // a reading still under way is overtaken by this one
    m_worker->run([this, now, endOfToday, oneWorkingDayLater](storage::Database& database) -> std::function<void()> {
        return [this, reading = Reading::read(database, now, endOfToday, oneWorkingDayLater)] {
            showReading(reading);
        };
    });
}

void DashboardView::showReading(const Reading& reading)
{
    if (!reading.error.isEmpty()) {
        m_messageBar->showError(reading.error);
        emit refreshed();
        return;
    }
    m_messageBar->clear();
    m_countsModel->setRows(reading.counts);
    m_overdueModel->setRows(reading.overdue, reading.now);
    if (reading.overdueCount > kOverdueListLimit) {
        m_overdueLabel->setText(
            tr("Overdue dossiers: the %1 most overdue of %2").arg(kOverdueListLimit).arg(reading.overdueCount));
    } else {
        m_overdueLabel->setText(tr("Overdue dossiers: %1").arg(reading.overdueCount));
    }
    m_lastRefresh = reading.now;
    showLoading(false);
    m_timer->start(); // the next reading a full minute after this one
    emit refreshed();
}

void DashboardView::showLoading(bool loading)
{
    if (loading) {
        m_updatedLabel->setText(tr("Loading…"));
    } else if (m_lastRefresh.isValid()) {
        m_updatedLabel->setText(tr("Updated %1").arg(toAgencyTime(m_lastRefresh).toString(QStringLiteral("HH:mm"))));
    } else {
        m_updatedLabel->clear();
    }
}

void DashboardView::openRow(const QModelIndex& proxyIndex)
{
    if (!proxyIndex.isValid()) {
        return;
    }
    const QString code = proxyIndex.data(OverdueListModel::CodeRole).toString();
    if (!code.isEmpty()) {
        emit openDossierRequested(code);
    }
}

} // namespace motcua::ui
