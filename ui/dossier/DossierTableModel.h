#pragma once

#include "core/storage/DossierQueries.h"
#include "ui/common/Session.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include <memory>

namespace motcua::ui {

class DatabaseWorker;

// The dossiers of a worklist (all, or "my work"), read from SQL a page at a time so that a database of a million
// dossiers opens at once: the first page when the filter is set, the next one when the view scrolls to the end
// (canFetchMore / fetchMore). Pages continue after the last row loaded (keyset paging), never with OFFSET.
//
// Queries run on a DatabaseWorker (a loading thread with its own connection to the database file), so a slow search
// never freezes the window; every reset starts a new generation and pages of an older one are dropped.
class DossierTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Code, Applicant, Procedure, Received, Due, Status, Step, Assignee, Remaining, ColumnCount };
    enum Role {
        CodeRole = Qt::UserRole + 1, // QString: the dossier code
        DueRole,                     // QDateTime: the due moment
        StatusRole,                  // int: the portal status code
        OverdueRole,                 // bool: in progress and past its due moment
        DueSoonRole,                 // bool: in progress, due within one working day
    };
    static constexpr int kPageSize = 200;

    explicit DossierTableModel(const Session& session, QObject* parent = nullptr);
    ~DossierTableModel() override;

    // Drops the rows, then loads the first page of `filter` (its limit, offset and cursor are the model's own)
    // and counts its rows.
    void setFilter(const storage::DossierFilter& filter);
    const storage::DossierFilter& filter() const { return m_filter; }
    // Loads the same filter again from the top, as many rows as are loaded now, and counts again.
    void refresh();
    // Reads the clock again and repaints the remaining time and colours, without a query.
    void updateCountdowns();

    qint64 totalCount() const { return m_totalCount; } // -1 until counted
    bool isLoading() const;
    const storage::DossierSummary& summary(int row) const { return m_rows.at(row); }
    QDateTime now() const { return m_now; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void totalCountChanged(qint64 total);
    void loadingChanged(bool loading);
    void loadFailed(const QString& message);

private:
    void reload(int rows);
    void requestPage(const storage::DossierFilter& page, bool replace);
    void requestCount();
    void stopFetching(const QString& error);
    void appendRows(QList<storage::DossierSummary> rows, int asked);
    void replaceRows(QList<storage::DossierSummary> rows, int asked);

    bool isRunning(const storage::DossierSummary& row) const;
    qint64 remainingMinutes(const storage::DossierSummary& row) const;
    bool isOverdue(const storage::DossierSummary& row) const;
    bool isDueSoon(const storage::DossierSummary& row) const;
    void setNow(const QDateTime& now);
    QString remainingText(const storage::DossierSummary& row) const;

    const Session& m_session;
    storage::DossierFilter m_filter;
    QList<storage::DossierSummary> m_rows;
    QDateTime m_now;
    QDateTime m_dueSoonEnd; // one working day after m_now: computed with it, not for every cell drawn
    qint64 m_totalCount = -1;
    bool m_atEnd = true;
    bool m_fetching = false;
    std::unique_ptr<DatabaseWorker> m_worker; // last: stopped first
};

} // namespace motcua::ui
