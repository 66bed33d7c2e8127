#pragma once

#include "core/reports/Ii06aReport.h"
#include "ui/common/Session.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace motcua::ui {

class DatabaseWorker;
class Ii06aTableModel;
class MessageBar;
class OnTimeChart;

// The Reports screen (Báo cáo) of heads, leaders and administrators: form II.06a for a period picked by preset
// (this month, quarter, half-year, year) or from–to, by field or by procedure, shown as a table with the share on
// time of each line as a chart, exported as CSV or XLSX and printed on A4 landscape. A head sees the procedures of
// their department, leaders and administrators all. The report is computed on a DatabaseWorker with a busy bar;
// Cancel drops a reading under way.
class ReportsView : public QWidget {
    Q_OBJECT

public:
    enum class Preset { Month, Quarter, HalfYear, Year, Custom };

    explicit ReportsView(const Session& session, QWidget* parent = nullptr);
    ~ReportsView() override;

    Ii06aTableModel* model() const { return m_model; }
    OnTimeChart* chart() const { return m_chart; }
    reports::ReportPeriod period() const;
    void setPeriod(const reports::ReportPeriod& period);
    // The period of `preset` around the first day shown (or today's at first).
    void applyPreset(Preset preset);
    void setGrouping(reports::Ii06aGrouping grouping);
    bool isLoading() const;
    // The department whose procedures the user sees; 0 for all.
    qint64 departmentId() const { return m_departmentId; }

    // Writes the report shown as CSV or XLSX to a file asked for through FileDialog; false when cancelled or not
    // written (the error in the message bar).
    bool exportCsv();
    bool exportXlsx();
    // The report shown, as the HTML that prints (core/reports ii06aHtml); empty before a report.
    QString printableHtml() const;
    // Print preview of the report, A4 landscape.
    void print();

signals:
    // A report, or its error in the message bar, has been shown.
    void reportShown();

public slots:
    // Computes the report of the period and grouping chosen, in the background.
    void showReport();
    void cancel();

private:
    bool exportTo(const QString& filter, const QString& suffix,
                  const std::function<Status(const reports::Ii06aReport&, const QString&)>& write);
    void showLoading(bool loading);
    void showResult(const Result<reports::Ii06aReport>& report);

    Session m_session;
    qint64 m_departmentId = 0;
    DatabaseWorker* m_worker = nullptr;
    QComboBox* m_preset = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_grouping = nullptr;
    QPushButton* m_showButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_csvButton = nullptr;
    QPushButton* m_xlsxButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_title = nullptr;
    MessageBar* m_messageBar = nullptr;
    QTableView* m_table = nullptr;
    Ii06aTableModel* m_model = nullptr;
    OnTimeChart* m_chart = nullptr;
};

} // namespace motcua::ui
