#pragma once

#include "ui/common/Session.h"

#include <QDateTime>
#include <QWidget>

#include <memory>

class QLabel;
class QModelIndex;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace motcua::ui {

class DashboardCountsModel;
class DatabaseWorker;
class MessageBar;
class OverdueListModel;

// The overdue dashboard of heads and leaders: counts per department and step (overdue, due today, due within one
// working day, paused) and the most overdue dossiers, sortable, with how many working days they are late. Reads
// again every minute, and whenever refresh() is called (after a change made elsewhere in the window). The queries
// run on a DatabaseWorker: the window never waits for them, and a reading overtaken by a newer one is dropped.
class DashboardView : public QWidget {
    Q_OBJECT

public:
    static constexpr int kOverdueListLimit = 500;
    static constexpr int kRefreshIntervalMs = 60 * 1000;

    explicit DashboardView(const Session& session, QWidget* parent = nullptr);
    ~DashboardView() override;

    DashboardCountsModel* countsModel() const { return m_countsModel; }
    OverdueListModel* overdueModel() const { return m_overdueModel; }
    QSortFilterProxyModel* overdueProxy() const { return m_overdueProxy; }
    // The clock's moment of the reading shown; invalid until the first one arrives.
    QDateTime lastRefresh() const { return m_lastRefresh; }
    bool isLoading() const;

signals:
    void openDossierRequested(const QString& code);
    // A reading has been shown (or its error, in the message bar).
    void refreshed();

public slots:
    // Reads the counts and the overdue list again, at the clock's current moment, in the background.
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private slots:
    void openRow(const QModelIndex& proxyIndex);

private:
    struct Reading;

    void showReading(const Reading& reading);
    void showLoading(bool loading);

    const Session& m_session;
    DashboardCountsModel* m_countsModel = nullptr;
    OverdueListModel* m_overdueModel = nullptr;
    QSortFilterProxyModel* m_overdueProxy = nullptr;
    QTableView* m_countsTable = nullptr;
    QTableView* m_overdueTable = nullptr;
    QLabel* m_updatedLabel = nullptr;
    QLabel* m_overdueLabel = nullptr;
    MessageBar* m_messageBar = nullptr;
    QTimer* m_timer = nullptr;
    QDateTime m_lastRefresh;
    std::unique_ptr<DatabaseWorker> m_worker; // last: stopped first
};

} // namespace motcua::ui
