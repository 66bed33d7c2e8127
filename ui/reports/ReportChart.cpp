#include "ui/reports/ReportChart.h"

#include "print/ReportDocument.h"
#include "ui/print/PrinterDefaults.h"
#include "ui/widgets/FileDialog.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLineSeries>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace motcua::ui {

ReportChart::ReportChart(const QString& name, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(name);
    m_view = new QChartView(this);
    m_view->setObjectName(name + QStringLiteral("View"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(200);
    m_saveButton = new QPushButton(tr("Save as PNG…"), this);
    m_saveButton->setObjectName(name + QStringLiteral("PngButton"));
    m_printButton = new QPushButton(tr("Print…"), this);
    m_printButton->setObjectName(name + QStringLiteral("PrintButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &ReportChart::savePng);
    connect(m_printButton, &QPushButton::clicked, this, &ReportChart::print);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_printButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    clear();
}

void ReportChart::clear()
{
    setData({}, Kind::Bars, {}, {});
}

void ReportChart::setData(const QString& title, Kind kind, const QStringList& categories, const QList<Series>& series,
                          double maximum)
{
    m_title = title;
    m_categories = categories;
    m_series = series;
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setVisible(series.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    chart->addAxis(axisX, Qt::AlignBottom);
    auto* axisY = new QValueAxis;
    double top = maximum;
    if (top <= 0) {
        for (const Series& one : series) {
            for (double value : one.values) {
                top = std::max(top, value);
            }
        }
        top = std::max(1.0, std::ceil(top * 1.1));
    }
    axisY->setRange(0, top);
    axisY->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axisY, Qt::AlignLeft);
    if (kind == Kind::Bars) {
        auto* bars = new QBarSeries;
        for (int s = 0; s < series.size(); ++s) {
            auto* set = new QBarSet(series.at(s).name);
            for (double value : series.at(s).values) {
                *set << value;
            }
            bars->append(set);
            connect(set, &QBarSet::hovered, this, [this, s](bool over, int index) {
                if (over) {
                    showTip(s, index);
                } else {
                    QToolTip::hideText();
                }
            });
        }
        chart->addSeries(bars);
        bars->attachAxis(axisX);
        bars->attachAxis(axisY);
    } else {
        for (int s = 0; s < series.size(); ++s) {
            auto* line = new QLineSeries;
            line->setName(series.at(s).name);
            line->setPointsVisible(true);
            for (int i = 0; i < series.at(s).values.size(); ++i) {
                if (!std::isnan(series.at(s).values.at(i))) {
                    line->append(i, series.at(s).values.at(i));
                }
            }
            chart->addSeries(line);
            line->attachAxis(axisX);
            line->attachAxis(axisY);
            connect(line, &QLineSeries::hovered, this, [this, s](const QPointF& point, bool over) {
                if (over) {
                    showTip(s, static_cast<int>(std::lround(point.x())));
                } else {
                    QToolTip::hideText();
                }
            });
        }
    }
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    m_saveButton->setEnabled(hasData());
    m_printButton->setEnabled(hasData());
}

QString ReportChart::showTip(int series, int index)
{
    m_lastTip = m_series.value(series).tips.value(index);
    if (!m_lastTip.isEmpty()) {
        QToolTip::showText(QCursor::pos(), m_lastTip, m_view);
    }
    return m_lastTip;
}

bool ReportChart::writePng(const QString& path) const
{
    return m_view->grab().save(path, "PNG");
}

bool ReportChart::savePng()
{
    const QString path =
        FileDialog::saveFileName(this, tr("Save the chart"), {}, tr("PNG image (*.png)"), QStringLiteral("png"));
    return !path.isEmpty() && writePng(path);
}

void ReportChart::paintOn(QPagedPaintDevice* device) const
{
    device->setPageLayout(print::ReportDocument::pageLayout());
    const QPixmap image = m_view->grab();
    QPainter painter(device);
    const QRect page = painter.viewport();
    const QSize size = image.size().scaled(page.size(), Qt::KeepAspectRatio);
    painter.setViewport(page.x(), page.y(), size.width(), size.height());
    painter.setWindow(image.rect());
    painter.drawPixmap(0, 0, image);
}

void ReportChart::print()
{
    QPrinter printer(QPrinter::HighResolution);
    applyPrinterDefaults(printer, true);
    printer.setDocName(m_title);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print the chart"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* target) { paintOn(target); });
    preview.exec();
}

} // namespace motcua::ui
