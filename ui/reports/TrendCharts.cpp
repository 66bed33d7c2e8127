#include "ui/reports/TrendCharts.h"

#include "ui/reports/ReportChart.h"

#include <QGridLayout>

#include <cmath>
#include <limits>

namespace motcua::ui {

using namespace motcua::reports;

namespace {

QString percent(const std::optional<double>& share)
{
    return share ? QString::number(*share * 100, 'f', 1) + QStringLiteral(" %") : QStringLiteral("–");
}

double percentValue(const std::optional<double>& share)
{
    return share ? *share * 100 : std::numeric_limits<double>::quiet_NaN();
}

} // namespace

TrendCharts::TrendCharts(QWidget* parent)
    : QWidget(parent)
{
    m_perMonth = new ReportChart(QStringLiteral("perMonthChart"), this);
    m_onTimePerMonth = new ReportChart(QStringLiteral("onTimePerMonthChart"), this);
    m_onTimePerDepartment = new ReportChart(QStringLiteral("onTimePerDepartmentChart"), this);
    m_overdueBySteps = new ReportChart(QStringLiteral("overdueByStepsChart"), this);
    auto* layout = new QGridLayout(this);
    layout->addWidget(m_perMonth, 0, 0);
    layout->addWidget(m_onTimePerMonth, 0, 1);
    layout->addWidget(m_onTimePerDepartment, 1, 0);
    layout->addWidget(m_overdueBySteps, 1, 1);
}

QList<ReportChart*> TrendCharts::charts() const
{
    return {m_perMonth, m_onTimePerMonth, m_onTimePerDepartment, m_overdueBySteps};
}

void TrendCharts::clear()
{
    for (ReportChart* chart : charts()) {
        chart->clear();
    }
    m_hasReport = false;
}

void TrendCharts::setReport(const TrendReport& report)
{
    QStringList months;
    ReportChart::Series received{tr("Received"), {}, {}};
    ReportChart::Series resolved{tr("Resolved"), {}, {}};
    ReportChart::Series onTime{tr("Early or on time, %"), {}, {}};
    for (const MonthFigures& month : report.months) {
        const QString name = month.period.from.toString(QStringLiteral("MM/yyyy"));
        months << month.period.from.toString(QStringLiteral("MM/yy")); // "01/26": the same width for every month
        received.values << static_cast<double>(month.received);
        received.tips << tr("%1: %2 received, %3 resolved").arg(name).arg(month.received).arg(month.resolved);
        resolved.values << static_cast<double>(month.resolved);
        resolved.tips << received.tips.constLast();
        onTime.values << percentValue(month.onTimeShare());
        onTime.tips << tr("%1: %2 early or on time (%3 of %4 resolved)")
                           .arg(name, percent(month.onTimeShare()))
                           .arg(month.earlyOrOnTime)
                           .arg(month.resolved);
    }
    m_perMonth->setData(tr("Dossiers received and resolved per month"), ReportChart::Kind::Bars, months,
                        {received, resolved});
    m_onTimePerMonth->setData(tr("Share resolved early or on time per month, %"), ReportChart::Kind::Lines, months,
                              {onTime}, 100);

    QStringList departments;
    ReportChart::Series byDepartment{tr("Early or on time, %"), {}, {}};
    for (const DepartmentFigures& department : report.departments) {
        departments << department.code;
        byDepartment.values << percentValue(department.onTimeShare());
        byDepartment.tips << tr("%1 (%2): %3 early or on time (%4 of %5 resolved)")
                                 .arg(department.name, department.code, percent(department.onTimeShare()))
                                 .arg(department.earlyOrOnTime)
                                 .arg(department.resolved);
    }
    for (double& value : byDepartment.values) {
        value = std::isnan(value) ? 0 : value;
    }
    m_onTimePerDepartment->setData(tr("Share resolved early or on time per department, %"), ReportChart::Kind::Bars,
                                   departments, {byDepartment}, 100);

    QStringList steps;
    ReportChart::Series overdue{tr("Overdue now"), {}, {}};
    for (const auto& [step, count] : report.overdueBySteps) {
        steps << tr("Step %1").arg(step);
        overdue.values << static_cast<double>(count);
        overdue.tips << tr("Step %1: %2 dossiers overdue now").arg(step).arg(count);
    }
    m_overdueBySteps->setData(tr("Dossiers overdue now by step"), ReportChart::Kind::Bars, steps, {overdue});
    m_hasReport = true;
}

} // namespace motcua::ui
