#include "ui/reports/ReportChart.h"

#include "print/ReportDocument.h"
#include "ui/print/PrinterDefaults.h"
#include "ui/widgets/FileDialog.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
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
    m_hoverLabel = new QLabel(this);
    m_hoverLabel->setObjectName(name + QStringLiteral("HoverLabel"));
    m_hoverLabel->setTextFormat(Qt::PlainText);
    m_hoverLabel->setWordWrap(true);
    // Two lines always, so that the chart does not move when a longer text comes.
    m_hoverLabel->setFixedHeight(2 * m_hoverLabel->fontMetrics().lineSpacing() + 2);
    m_hoverLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    connect(m_saveButton, &QPushButton::clicked, this, &ReportChart::savePng);
    connect(m_printButton, &QPushButton::clicked, this, &ReportChart::print);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_hoverLabel, 1);
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
    m_hoverLabel->setText(hasData() ? tr("Point at a bar or a point to see its values.") : QString());
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setVisible(series.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    chart->addAxis(axisX, Qt::AlignBottom);
    axisX->setTruncateLabels(false); // fitLabels() keeps them apart instead
    m_axisX = axisX;
    connect(chart, &QChart::plotAreaChanged, this, &ReportChart::fitLabels);
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
    if (maximum <= 0) {
        // Counts: ticks on whole numbers (1, 2 or 5 times a power of ten, at most five of them: the charts are small
        // on an office screen), never 0, 0, 1, 2, 2.
        double step = 1;
        while (top / step > 4) {
            step *= (QString::number(step).startsWith(QLatin1Char('2')) ? 2.5 : 2);
        }
        axisY->setRange(0, std::ceil(top / step) * step);
        axisY->setTickType(QValueAxis::TicksDynamic);
        axisY->setTickAnchor(0);
        axisY->setTickInterval(step);
    }
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
        m_hoverLabel->setText(m_lastTip);
    }
    return m_lastTip;
}

void ReportChart::fitLabels()
{
    const qsizetype count = m_categories.size();
    if (!m_axisX || count == 0) {
        return;
    }
    // Qt Charts gives each label the width of one category and cuts it to "..." beyond; it cuts none here, and
    // this picks what fits: every label level, else every label upright, else level labels on every n-th
    // category, n a divisor of 12 (then whole years) so that months keep their places from one year to the next.
    const qreal slot = m_view->chart()->plotArea().width() / static_cast<qreal>(count);
    const QFontMetrics metrics(m_axisX->labelsFont());
    int widest = 0;
    for (const QString& label : m_categories) {
        widest = std::max(widest, metrics.horizontalAdvance(label));
    }
    constexpr int kGap = 8; // between two labels
    int angle = 0;
    qsizetype every = 1;
    if (widest + kGap > slot) {
        if (metrics.height() + kGap <= slot) {
            angle = -90;
        } else {
            const qreal needed = (widest + kGap) / std::max<qreal>(slot, 0.5);
            every = 12;
            for (const qsizetype step : {2, 3, 4, 6}) {
                if (static_cast<qreal>(step) >= needed) {
                    every = step;
                    break;
                }
            }
            while (static_cast<qreal>(every) < needed) {
                every += 12;
            }
        }
    }
    // Thinned, the first label named is the first whose level text stays inside the plot (Qt Charts hides one that
    // would stick out at either end), and so is the last.
    const qreal plotWidth = slot * static_cast<qreal>(count);
    const auto inside = [&](qsizetype i) {
        const qreal centre = (static_cast<qreal>(i) + 0.5) * slot;
        return every == 1 || (centre - widest / 2.0 >= 0 && centre + widest / 2.0 <= plotWidth);
    };
    qsizetype first = 0;
    while (first < every - 1 && !inside(first)) {
        ++first;
    }
    QStringList shown;
    for (qsizetype i = 0; i < count; ++i) {
        // A category axis wants distinct names: each one not shown is a blank of its own length (i zero-width
        // spaces), so that every bar keeps its own category.
        const bool named = i >= first && (i - first) % every == 0 && inside(i);
        shown << (named ? m_categories.at(i) : QString(i, QChar(0x200B)));
    }
    if (m_axisX->labelsAngle() == angle && m_axisX->categories() == shown) {
        return;
    }
    m_axisX->setLabelsAngle(angle);
    m_axisX->setCategories(shown);
}

QStringList ReportChart::shownLabels() const
{
    return m_axisX ? m_axisX->categories() : QStringList();
}

int ReportChart::labelsAngle() const
{
    return m_axisX ? m_axisX->labelsAngle() : 0;
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
