#pragma once

#include "ui/common/Session.h"

#include <QDateTime>
#include <QWidget>

#include <memory>

class QLabel;
class QModelIndex;
class QPushButton;
class QToolButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace motcua::ui {

class DashboardCountsModel;
class DatabaseWorker;
class MessageBar;
class OverdueListModel;

// The overdue dashboard of heads and leaders: four large counts for the whole agency (overdue, due today, due
// within one working day, paused), the same counts per department and step ("B3 · Thẩm định hồ sơ") beneath them,
// and the dossiers behind whichever count or line was clicked last (the overdue ones at first), sortable, with how
// late each is, exportable as CSV. Reads again every minute, and whenever refresh() is called (after a change
// made elsewhere in the window). The queries run on a DatabaseWorker: the window never waits for them, and a
// reading overtaken by a newer one is dropped.
class DashboardView : public QWidget {
    Q_OBJECT

public:
    static constexpr int kOverdueListLimit = 500;
    static constexpr int kRefreshIntervalMs = 60 * 1000;

    // Which dossiers the list shows: a count column of DashboardCountsModel.
    enum class Category { Overdue, DueToday, DueSoon, Paused };
    // … and where: every department (empty code, step 0), or one line of the counts.
    struct Scope {
        QString departmentCode;
        QString departmentName;
        int step = 0;
        QString stepName;
    };

    explicit DashboardView(const Session& session, QWidget* parent = nullptr);
    ~DashboardView() override;

    DashboardCountsModel* countsModel() const { return m_countsModel; }
    OverdueListModel* overdueModel() const { return m_overdueModel; }
    QSortFilterProxyModel* overdueProxy() const { return m_overdueProxy; }
    // The clock's moment of the reading shown; invalid until the first one arrives.
    QDateTime lastRefresh() const { return m_lastRefresh; }
    bool isLoading() const;
    Category category() const { return m_category; }
    const Scope& scope() const { return m_scope; }
    // Shows the dossiers of `category` in `scope` (as a click on a count does) and reads them.
    void select(Category category, const Scope& scope);
    void select(Category category) { select(category, Scope()); }
    // Writes the list as shown to a CSV file, asked for through FileDialog; false when cancelled or not written.
    bool exportList();

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
    void selectCountsCell(const QModelIndex& index);

private:
    struct Reading;

    void showReading(const Reading& reading);
    void showLoading(bool loading);
    void showTiles();
    QString listTitle(qint64 shown, qint64 total) const;

    const Session& m_session;
    DashboardCountsModel* m_countsModel = nullptr;
    OverdueListModel* m_overdueModel = nullptr;
    QSortFilterProxyModel* m_overdueProxy = nullptr;
    QTableView* m_countsTable = nullptr;
    QTableView* m_overdueTable = nullptr;
    QLabel* m_updatedLabel = nullptr;
    QLabel* m_overdueLabel = nullptr;
    QList<QToolButton*> m_tiles; // by Category
    QPushButton* m_exportButton = nullptr;
    Category m_category = Category::Overdue;
    Scope m_scope;
    MessageBar* m_messageBar = nullptr;
    QTimer* m_timer = nullptr;
    QDateTime m_lastRefresh;
    std::unique_ptr<DatabaseWorker> m_worker; // last: stopped first
};

} // namespace motcua::ui
