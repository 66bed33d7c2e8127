#pragma once

#include "core/reports/Ii06aReport.h"
#include "core/reports/ReportTable.h"
#include "ui/common/Session.h"

#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class QAbstractItemModel;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace motcua::ui {

class DatabaseWorker;
class Ii06aTableModel;
class MessageBar;
class OnTimeChart;
class ReportTableModel;
class TrendCharts;

// The Reports screen (Báo cáo) of heads, leaders and administrators, one tab per report for a period picked by
// preset (this month, quarter, half-year, year) or from–to: form II.06a by field or by procedure with the share on
// time of each line as a chart; the overdue report (a department or all, within N working days); the per-person
// and the per-step reports; and the charts over the months of the period. A head sees their department, leaders
// and administrators all. Each table exports as CSV, XLSX and PDF and prints on A4 landscape. Reports are computed
// on a DatabaseWorker with a progress bar; Cancel stops the charts' work between months and drops any reading under
// way.
class ReportsView : public QWidget {
    Q_OBJECT

public:
    enum class Preset { Month, Quarter, HalfYear, Year, Custom };
    enum class Page { Ii06a, Overdue, People, Steps, Charts };

    explicit ReportsView(const Session& session, QWidget* parent = nullptr);
    ~ReportsView() override;

    Ii06aTableModel* model() const { return m_model; }
    OnTimeChart* chart() const { return m_chart; }
    // The table of the overdue, per-person or per-step page.
    ReportTableModel* tableModel(Page page) const;
    TrendCharts* charts() const { return m_charts; }
    Page page() const;
    void setPage(Page page);
    reports::ReportPeriod period() const;
    void setPeriod(const reports::ReportPeriod& period);
    // The period of `preset` around the first day shown (or today's at first).
    void applyPreset(Preset preset);
    void setGrouping(reports::Ii06aGrouping grouping);
    // The overdue page: a department's code (empty: all, for leaders and administrators) and the window.
    void setOverdueDepartment(const QString& code);
    void setWithinDays(int days);
    // A report is being computed (the busy bar shows).
    bool isLoading() const;
    // The worker still runs a job (a cancelled one too, until it stops).
    bool isWorking() const;
    // The department whose procedures the user sees; 0 for all.
    qint64 departmentId() const { return m_departmentId; }
    // How many months the last charts' work went through (it stops between months when cancelled).
    int monthsDone() const { return m_monthsDone ? m_monthsDone->load() : 0; }

    // Writes the report of the page shown as CSV, XLSX or PDF to a file asked for through FileDialog; false when
    // cancelled or not written (the error in the message bar).
    bool exportCsv();
    bool exportXlsx();
    bool exportPdf();
    // The report of the page shown, as the HTML that prints; empty before a report.
    QString printableHtml() const;
    // Print preview of the report, A4 landscape.
    void print();

signals:
    // A report, or its error in the message bar, has been shown.
    void reportShown();

public slots:
    // Computes the report of the page shown for the period chosen, in the background.
    void showReport();
    void cancel();

private:
    struct Exporter {
        std::function<Status(const reports::Ii06aReport&, const QString&)> ii06a;
        std::function<Status(const reports::ReportTable&, const QString&)> table;
    };
    QWidget* buildOverduePage();
    QTableView* newTable(QAbstractItemModel* model, const QString& name);
    bool exportTo(const QString& filter, const QString& suffix, const Exporter& write);
    bool hasReport() const;
    QString reportTitle() const;
    void showLoading(bool loading);
    void showProgress(int done, int total);
    void showResult(const Result<reports::Ii06aReport>& report);
    void showTable(Page page, const Result<reports::ReportTable>& table);
    void showFailure(const QString& message);
    // Drops the reading under way and stops the charts' work, then shows the busy bar.
    void beginJob();
    void startJob(const std::function<std::function<void()>(storage::Database&)>& job);

    Session m_session;
    qint64 m_departmentId = 0;
    DatabaseWorker* m_worker = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    std::shared_ptr<std::atomic_int> m_monthsDone;
    quint64 m_job = 0;
    bool m_loading = false;
    QComboBox* m_preset = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_grouping = nullptr;
    QPushButton* m_showButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_csvButton = nullptr;
    QPushButton* m_xlsxButton = nullptr;
    QPushButton* m_pdfButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_title = nullptr;
    MessageBar* m_messageBar = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_table = nullptr;
    Ii06aTableModel* m_model = nullptr;
    OnTimeChart* m_chart = nullptr;
    QComboBox* m_department = nullptr;
    QSpinBox* m_withinDays = nullptr;
    ReportTableModel* m_overdueModel = nullptr;
    ReportTableModel* m_peopleModel = nullptr;
    ReportTableModel* m_stepsModel = nullptr;
    TrendCharts* m_charts = nullptr;
};

} // namespace motcua::ui
