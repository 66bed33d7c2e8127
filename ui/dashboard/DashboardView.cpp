#include "ui/dashboard/DashboardView.h"

#include "core/calendar/DeadlineCalculator.h"
#include "core/common/AgencyTime.h"
#include "core/common/Csv.h"
#include "core/storage/DashboardQueries.h"
#include "core/storage/DossierQueries.h"
#include "ui/common/DatabaseWorker.h"
#include "ui/dashboard/DashboardCountsModel.h"
#include "ui/dashboard/OverdueListModel.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/WeightedColumns.h"
#include "ui/widgets/ReadOnlyTable.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace motcua::ui {

using calendar::WorkCalendar;

namespace {

QTableView* makeTable(const QString& objectName, QWidget* parent)
{
    QTableView* table = readOnlyTable(objectName, nullptr, parent, {.oneRow = true});
    table->setAlternatingRowColors(true);
    return table;
}

} // namespace

// What one refresh reads, on the worker's connection: plain values handed over to the GUI thread.
struct DashboardView::Reading {
    QDateTime now;
    QString error;
    QList<storage::DashboardRow> counts;
    QList<storage::DossierSummary> listed;
    qint64 listedCount = 0;

    static Reading read(storage::Database& database, const QDateTime& now, const QDateTime& endOfToday,
                        const QDateTime& oneWorkingDayLater, const storage::DossierFilter& list)
    {
        Reading reading;
        reading.now = now;
        auto counts = storage::DashboardQueries(database).counts(now, endOfToday, oneWorkingDayLater);
        if (!counts) {
            reading.error = counts.error().message;
            return reading;
        }
        reading.counts = std::move(counts).value();
        const storage::DossierQueries queries(database);
        auto listed = queries.list(list);
        auto total = queries.count(list);
        if (!listed || !total) {
            reading.error = !listed ? listed.error().message : total.error().message;
            return reading;
        }
        reading.listed = std::move(listed).value();
        reading.listedCount = *total;
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

    // The four counts of the whole agency, large and clickable; the one whose dossiers are listed stays pressed.
    auto* tiles = new QHBoxLayout;
    const QList<std::pair<QString, QString>> tileNames{{QStringLiteral("overdueTile"), QStringLiteral("#c62828")},
                                                       {QStringLiteral("dueTodayTile"), QStringLiteral("#e65100")},
                                                       {QStringLiteral("dueSoonTile"), QStringLiteral("#f9a825")},
                                                       {QStringLiteral("pausedTile"), QStringLiteral("#546e7a")}};
    for (qsizetype i = 0; i < tileNames.size(); ++i) {
        auto* tile = new QToolButton(this);
        tile->setObjectName(tileNames.at(i).first);
        tile->setCheckable(true);
        tile->setAutoExclusive(true);
        tile->setToolButtonStyle(Qt::ToolButtonTextOnly);
        tile->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        tile->setMinimumHeight(64);
        tile->setStyleSheet(QStringLiteral("QToolButton { border: 1px solid #c0c0c0; border-left: 6px solid %1; "
                                           "border-radius: 4px; padding: 6px; font-size: 13pt; }"
                                           "QToolButton:checked { background: #e3ecf7; border-color: #1565c0; "
                                           "border-left: 6px solid %1; }")
                                .arg(tileNames.at(i).second));
        const auto category = static_cast<Category>(i);
        connect(tile, &QToolButton::clicked, this, [this, category] { select(category); });
        tiles->addWidget(tile);
        m_tiles << tile;
    }
    m_tiles.front()->setChecked(true);

    m_countsTable = makeTable(QStringLiteral("countsTable"), this);
    m_countsTable->setModel(m_countsModel);
    // The counts keep their width; the department and the step's name share the rest, wrapped.
    new WeightedColumns(m_countsTable, {{DashboardCountsModel::Department, 2}, {DashboardCountsModel::Step, 5}});
    m_countsTable->setWordWrap(true);
    m_countsTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_overdueLabel = new QLabel(this);
    m_overdueLabel->setObjectName(QStringLiteral("overdueLabel"));
    m_overdueLabel->setTextFormat(Qt::PlainText);
    m_exportButton = new QPushButton(tr("&Export CSV…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    connect(m_exportButton, &QPushButton::clicked, this, &DashboardView::exportList);
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
    layout->addLayout(tiles);
    layout->addWidget(m_countsTable, 1);
    auto* listHeader = new QHBoxLayout;
    listHeader->addWidget(m_overdueLabel, 1);
    listHeader->addWidget(m_exportButton);
    layout->addLayout(listHeader);
    layout->addWidget(m_overdueTable, 2);

    // Enter on the current row and a double click both activate it.
    connect(m_overdueTable, &QAbstractItemView::activated, this, &DashboardView::openRow);
    // A click (or Enter) on a line of the counts lists its dossiers; on a count, those of that count.
    connect(m_countsTable, &QAbstractItemView::clicked, this, &DashboardView::selectCountsCell);
    connect(m_countsTable, &QAbstractItemView::activated, this, &DashboardView::selectCountsCell);

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
    const QDateTime endOfToday = calendar::DeadlineCalculator(calendar).endOfOfficeDay(now);
    const QDateTime oneWorkingDayLater = calendar::DeadlineCalculator(calendar).dueSoonEnd(now);

    storage::DossierFilter list;
    list.limit = kOverdueListLimit;
    switch (m_category) {
    case Category::Overdue:
        list.overdueAt = now;
        break;
    case Category::DueToday:
        list.dueBetweenFrom = now;
        list.dueBetweenTo = endOfToday;
        break;
    case Category::DueSoon:
        list.dueBetweenFrom = now;
        list.dueBetweenTo = oneWorkingDayLater;
        break;
    case Category::Paused:
        list.pausedOnly = true;
        break;
    }
    list.departmentCode = m_scope.departmentCode;
    if (m_scope.step > 0) {
        list.currentStep = m_scope.step;
        list.stepName = m_scope.stepName;
    }

    m_worker->newGeneration(); // a reading still under way is overtaken by this one
    m_worker->run(
        [this, now, endOfToday, oneWorkingDayLater, list](storage::Database& database) -> std::function<void()> {
            return [this, reading = Reading::read(database, now, endOfToday, oneWorkingDayLater, list)] {
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
    // The line whose dossiers are listed stays selected across readings.
    m_countsTable->clearSelection();
    for (int row = 0; row < m_countsModel->rowCount(); ++row) {
        const QModelIndex first = m_countsModel->index(row, DashboardCountsModel::Department);
        if (!m_scope.departmentCode.isEmpty() &&
            first.data(DashboardCountsModel::DepartmentCodeRole).toString() == m_scope.departmentCode &&
            first.data(DashboardCountsModel::StepRole).toInt() == m_scope.step &&
            first.data(DashboardCountsModel::StepNameRole).toString() == m_scope.stepName) {
            m_countsTable->selectRow(row);
        }
    }
    m_overdueModel->setRows(reading.listed, reading.now);
    m_overdueLabel->setText(listTitle(reading.listed.size(), reading.listedCount));
    m_exportButton->setEnabled(!reading.listed.isEmpty());
    showTiles();
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

void DashboardView::select(Category category, const Scope& scope)
{
    m_category = category;
    m_scope = scope;
    m_tiles.at(static_cast<int>(category))->setChecked(true);
    refresh();
}

void DashboardView::selectCountsCell(const QModelIndex& index)
{
    if (!index.isValid()) {
        return;
    }
    Scope scope;
    if (!index.data(DashboardCountsModel::TotalRowRole).toBool()) {
        const QModelIndex first = index.siblingAtColumn(DashboardCountsModel::Department);
        scope = {first.data(DashboardCountsModel::DepartmentCodeRole).toString(), first.data().toString(),
                 first.data(DashboardCountsModel::StepRole).toInt(),
                 first.data(DashboardCountsModel::StepNameRole).toString()};
    }
    const int column = index.column();
    const bool isCount = column >= DashboardCountsModel::Overdue && column <= DashboardCountsModel::Paused;
    select(isCount ? static_cast<Category>(column - DashboardCountsModel::Overdue) : m_category, scope);
}

void DashboardView::showTiles()
{
    const storage::DashboardRow& total = m_countsModel->total();
    const QList<std::pair<qint64, QString>> counts{{total.overdue, tr("Overdue")},
                                                   {total.dueToday, tr("Due today")},
                                                   {total.dueSoon, tr("Due within 1 working day")},
                                                   {total.paused, tr("Paused")}};
    for (qsizetype i = 0; i < counts.size(); ++i) {
        m_tiles.at(i)->setText(
            QStringLiteral("%1\n%2").arg(QLocale().toString(counts.at(i).first), counts.at(i).second));
        m_tiles.at(i)->setToolTip(tr("Show these dossiers below"));
    }
}

QString DashboardView::listTitle(qint64 shown, qint64 total) const
{
    QString what;
    switch (m_category) {
    case Category::Overdue:
        what = tr("Overdue dossiers");
        break;
    case Category::DueToday:
        what = tr("Dossiers due today");
        break;
    case Category::DueSoon:
        what = tr("Dossiers due within 1 working day");
        break;
    case Category::Paused:
        what = tr("Paused dossiers");
        break;
    }
    if (!m_scope.departmentCode.isEmpty() || m_scope.step > 0) {
        QStringList where{m_scope.departmentName};
        if (m_scope.step > 0) {
            where << (m_scope.stepName.isEmpty() ? tr("B%1").arg(m_scope.step)
                                                 : tr("B%1 · %2").arg(m_scope.step).arg(m_scope.stepName));
        }
        what = tr("%1 — %2").arg(what, where.join(QStringLiteral(", ")));
    }
    if (total > shown) {
        return tr("%1: the first %2 of %3").arg(what).arg(shown).arg(total);
    }
    return tr("%1: %2").arg(what).arg(total);
}

bool DashboardView::exportList()
{
    const QString path =
        FileDialog::saveFileName(this, tr("Export the list"), {}, tr("CSV file (*.csv)"), QStringLiteral("csv"));
    if (path.isEmpty()) {
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv(m_overdueModel->table())) < 0 || !file.commit()) {
        m_messageBar->showError(tr("The list could not be written to %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_messageBar->showInfo(tr("The list was written to %1.").arg(path));
    return true;
}

} // namespace motcua::ui
