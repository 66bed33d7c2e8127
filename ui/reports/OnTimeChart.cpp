#include "ui/reports/OnTimeChart.h"

#include "ui/widgets/FileDialog.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QPushButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

namespace motcua::ui {

using namespace motcua::reports;

OnTimeChart::OnTimeChart(QWidget* parent)
    : QWidget(parent)
{
    m_view = new QChartView(this);
    m_view->setObjectName(QStringLiteral("onTimeChart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    m_saveButton = new QPushButton(tr("Save the chart as PNG…"), this);
    m_saveButton->setObjectName(QStringLiteral("savePngButton"));
    m_saveButton->setEnabled(false);
    connect(m_saveButton, &QPushButton::clicked, this, &OnTimeChart::savePng);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_saveButton, 0, Qt::AlignRight);
    clear();
}

void OnTimeChart::clear()
{
    setReport({});
}

void OnTimeChart::setReport(const Ii06aReport& report)
{
    m_labels.clear();
    m_details.clear();
    auto* chart = new QChart;
    chart->setTitle(tr("Share resolved early or on time, %"));
    chart->legend()->hide();
    m_set = new QBarSet(tr("Early or on time"));
    for (const Ii06aRow& row : report.rows) {
        const auto share = row.counts.onTimeShare();
        if (!share) {
            continue;
        }
        m_labels << row.label(report.grouping);
        m_details << tr("%1: %2 % early or on time (%3 early, %4 on time, %5 late of %6 resolved)")
                         .arg(m_labels.constLast(), QString::number(*share * 100, 'f', 1))
                         .arg(row.counts.early)
                         .arg(row.counts.onTime)
                         .arg(row.counts.late)
                         .arg(row.counts.resolved);
        *m_set << *share * 100;
    }
    auto* series = new QHorizontalBarSeries;
    series->append(m_set);
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(m_labels);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto* values = new QValueAxis;
    values->setRange(0, 100);
    values->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    connect(series, &QHorizontalBarSeries::hovered, this, [this](bool over, int index, QBarSet*) {
        if (over) {
            QToolTip::showText(QCursor::pos(), barText(index), m_view);
        } else {
            QToolTip::hideText();
        }
    });
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    m_saveButton->setEnabled(!m_labels.isEmpty());
}

QList<double> OnTimeChart::percentages() const
{
    QList<double> shares;
    for (int i = 0; m_set && i < m_set->count(); ++i) {
        shares << m_set->at(i);
    }
    return shares;
}

QString OnTimeChart::barText(int index) const
{
    return m_details.value(index);
}

bool OnTimeChart::savePng()
{
    const QString path =
        FileDialog::saveFileName(this, tr("Save the chart"), {}, tr("PNG image (*.png)"), QStringLiteral("png"));
    if (path.isEmpty()) {
        return false;
    }
    return m_view->grab().save(path, "PNG");
}

} // namespace motcua::ui
