#include "ui/dossier/DossierTableModel.h"

#include "core/calendar/DeadlineCalculator.h"
#include "core/calendar/Explanation.h"
#include "core/common/Clock.h"
#include "ui/common/DatabaseWorker.h"
#include "ui/widgets/DueColours.h"
#include "ui/widgets/PlainText.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace motcua::ui {

using calendar::WorkCalendar;
using dossier::DossierStatus;
using storage::DossierFilter;
using storage::DossierQueries;
using storage::DossierSummary;

namespace {} // namespace

DossierTableModel::DossierTableModel(const Session& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_worker(std::make_unique<DatabaseWorker>(session.database, QStringLiteral("DossierTableModel loader")))
{
    setNow(session.clock.now());
    connect(m_worker.get(), &DatabaseWorker::busyChanged, this, &DossierTableModel::loadingChanged);
    connect(m_worker.get(), &DatabaseWorker::failed, this, &DossierTableModel::stopFetching);
}

DossierTableModel::~DossierTableModel() = default;

bool DossierTableModel::isLoading() const
{
    return m_worker->isBusy();
}

void DossierTableModel::setFilter(const DossierFilter& filter)
{
    m_filter = filter;
    m_filter.limit = kPageSize;
    m_filter.offset = 0;
    m_filter.after.reset();
    reload(0);
}

void DossierTableModel::refresh()
{
    reload(static_cast<int>(m_rows.size()));
}

void DossierTableModel::reload(int rows)
{
    m_worker->newGeneration();
    setNow(m_session.clock.now());
    m_fetching = true; // a view (or the model tester) asking for more during the reset gets nothing twice
    const bool hadCount = m_totalCount >= 0;
    m_totalCount = -1;
    if (rows == 0) {
        beginResetModel();
        m_rows.clear();
        m_atEnd = false;
        endResetModel();
    }
    if (hadCount) {
        emit totalCountChanged(m_totalCount);
    }
    DossierFilter page = m_filter;
    page.limit = std::max(kPageSize, rows);
    requestPage(page, rows > 0);
    requestCount();
}

void DossierTableModel::updateCountdowns()
{
    setNow(m_session.clock.now());
    if (!m_rows.isEmpty()) {
        emit dataChanged(
            index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1),
            {Qt::DisplayRole, Qt::ToolTipRole, Qt::BackgroundRole, Qt::ForegroundRole, OverdueRole, DueSoonRole});
    }
}

int DossierTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DossierTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool DossierTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void DossierTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd || m_fetching) {
        return;
    }
    DossierFilter page = m_filter;
    if (!m_rows.isEmpty()) {
        page.after = DossierQueries::cursorAfter(m_filter, m_rows.constLast());
    }
    requestPage(page, false);
}

void DossierTableModel::requestPage(const DossierFilter& page, bool replace)
{
    m_fetching = true;
    m_worker->run([this, page, replace](storage::Database& database) -> std::function<void()> {
        auto rows = DossierQueries(database).list(page);
        return [this, rows = std::move(rows), asked = page.limit, replace]() mutable {
            if (!rows) {
                stopFetching(rows.error().message);
            } else if (replace) {
                replaceRows(std::move(rows).value(), asked);
            } else {
                appendRows(std::move(rows).value(), asked);
            }
        };
    });
}

void DossierTableModel::requestCount()
{
    m_worker->run([this, filter = m_filter](storage::Database& database) -> std::function<void()> {
        const auto count = DossierQueries(database).count(filter);
        return [this, count] {
            if (!count) {
                emit loadFailed(count.error().message);
                return;
            }
            m_totalCount = *count;
            emit totalCountChanged(m_totalCount);
        };
    });
}

void DossierTableModel::stopFetching(const QString& error)
{
    m_fetching = false;
    m_atEnd = true; // do not ask again and again: refresh() or a new filter tries again
    emit loadFailed(error);
}

void DossierTableModel::appendRows(QList<DossierSummary> rows, int asked)
{
    m_atEnd = rows.size() < asked;
    if (rows.isEmpty()) {
        m_fetching = false;
        return;
    }
    // A view (or the model tester) may ask for the next page from any of these signals: only once the rows are
    // in does the cursor move past them.
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    m_rows.append(std::move(rows));
    m_fetching = false;
    endInsertRows();
}

void DossierTableModel::replaceRows(QList<DossierSummary> rows, int asked)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_atEnd = m_rows.size() < asked;
    m_fetching = false;
    endResetModel();
}

bool DossierTableModel::isRunning(const DossierSummary& row) const
{
    return dossier::isIn(dossier::StatusGroup::InProgress, row.status) && !row.paused;
}

qint64 DossierTableModel::remainingMinutes(const DossierSummary& row) const
{
    return m_session.calendar->workingMinutesBetween(WorkCalendar::stamp(m_now), WorkCalendar::stamp(row.dueAt));
}

bool DossierTableModel::isOverdue(const DossierSummary& row) const
{
    return isRunning(row) && row.dueAt.isValid() && row.dueAt < m_now;
}

void DossierTableModel::setNow(const QDateTime& now)
{
    m_now = now;
    m_dueSoonEnd = calendar::DeadlineCalculator(*m_session.calendar).dueSoonEnd(now);
}

bool DossierTableModel::isDueSoon(const DossierSummary& row) const
{
    return isRunning(row) && row.dueAt.isValid() && !isOverdue(row) && row.dueAt <= m_dueSoonEnd;
}

QString DossierTableModel::remainingText(const DossierSummary& row) const
{
    if (row.paused || dossier::isPaused(row.status)) {
        return dossier::statusName(row.status);
    }
    if (!isRunning(row) || !row.dueAt.isValid()) {
        return {};
    }
    const int dayMinutes = m_session.calendar->hours().standardDayMinutes();
    const qint64 minutes = remainingMinutes(row);
    if (isOverdue(row)) {
        return tr("Overdue %1").arg(calendar::formatWorkingDurationShort(std::max<qint64>(0, -minutes), dayMinutes));
    }
    return calendar::formatWorkingDurationShort(minutes, dayMinutes);
}

QVariant DossierTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const DossierSummary& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Code:
            return row.code;
        case Applicant:
            return row.applicantName;
        case Procedure:
            return row.procedureName;
        case Received:
            return calendar::formatShortMoment(row.receivedAt);
        case Due:
            return calendar::formatShortMoment(row.dueAt);
        case Status:
            return dossier::statusName(row.status);
        case Step:
            return row.currentStep > 0 ? QString::number(row.currentStep) : QString();
        case Assignee:
            return row.assigneeName;
        case Remaining:
            return remainingText(row);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Applicant:
            return plainToolTip(row.applicantName); // the column may elide it
        case Procedure:
            return plainToolTip(QStringLiteral("%1 — %2").arg(row.procedureCode, row.procedureName));
        case Assignee:
            return plainToolTip(row.departmentName);
        case Due:
        case Remaining:
            return row.dueAt.isValid() ? calendar::formatMoment(row.dueAt) : QString();
        default:
            return {};
        }
    case Qt::BackgroundRole:
        if (isOverdue(row)) {
            return QBrush(overdueColour());
        }
        if (isDueSoon(row)) {
            return QBrush(dueSoonColour());
        }
        return {};
    case Qt::ForegroundRole:
        // Dark text on the light warning colours, whatever the palette (a dark theme has light text).
        return isOverdue(row) || isDueSoon(row) ? QVariant(QBrush(QColor(Qt::black))) : QVariant();
    case CodeRole:
        return row.code;
    case DueRole:
        return row.dueAt;
    case StatusRole:
        return static_cast<int>(row.status);
    case OverdueRole:
        return isOverdue(row);
    case DueSoonRole:
        return isDueSoon(row);
    default:
        return {};
    }
}

QVariant DossierTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Code:
        return tr("Code");
    case Applicant:
        return tr("Applicant");
    case Procedure:
        return tr("Procedure");
    case Received:
        return tr("Received");
    case Due:
        return tr("Due");
    case Status:
        return tr("Status");
    case Step:
        return tr("Step");
    case Assignee:
        return tr("Assignee");
    case Remaining:
        return tr("Remaining");
    default:
        return {};
    }
}

} // namespace motcua::ui
