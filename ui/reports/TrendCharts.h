#pragma once

#include "core/reports/TrendReport.h"

#include <QWidget>

namespace motcua::ui {

class ReportChart;

// The charts of the Reports screen: dossiers received and resolved per month, the share resolved early or on time
// per month and per department, and the dossiers overdue now by the step they stand at; each with its tooltip, PNG
// and print.
class TrendCharts : public QWidget {
    Q_OBJECT

public:
    explicit TrendCharts(QWidget* parent = nullptr);

    void setReport(const reports::TrendReport& report);
    void clear();
    bool hasReport() const { return m_hasReport; }

    ReportChart* perMonth() const { return m_perMonth; }
    ReportChart* onTimePerMonth() const { return m_onTimePerMonth; }
    ReportChart* onTimePerDepartment() const { return m_onTimePerDepartment; }
    ReportChart* overdueBySteps() const { return m_overdueBySteps; }
    QList<ReportChart*> charts() const;

private:
    ReportChart* m_perMonth = nullptr;
    ReportChart* m_onTimePerMonth = nullptr;
    ReportChart* m_onTimePerDepartment = nullptr;
    ReportChart* m_overdueBySteps = nullptr;
    bool m_hasReport = false;
};

} // namespace motcua::ui
