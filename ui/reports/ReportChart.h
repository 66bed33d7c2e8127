#pragma once

#include <QStringList>
#include <QWidget>

class QBarCategoryAxis;
class QChartView;
class QLabel;
class QPagedPaintDevice;
class QPushButton;

namespace motcua::ui {

// One chart of the Reports screen (Qt Charts): bars (one set per series, side by side) or lines over categories.
// Hovering a bar or a point shows its values as a tooltip and in the line under the chart (which keeps them, for a
// touchpad); the chart saves as a PNG image and prints. The category labels stay whole at any width: level while
// they fit, upright when they do not, and level on every n-th category when even upright ones would overlap.
class ReportChart : public QWidget {
    Q_OBJECT

public:
    enum class Kind { Bars, Lines };
    struct Series {
        QString name;
        QList<double> values; // one per category
        QStringList tips;     // what hovering each value shows
    };

    explicit ReportChart(const QString& name, QWidget* parent = nullptr);

    // `maximum` > 0 fixes the value axis (100 for percentages).
    void setData(const QString& title, Kind kind, const QStringList& categories, const QList<Series>& series,
                 double maximum = 0);
    void clear();

    QString title() const { return m_title; }
    QStringList categories() const { return m_categories; }
    QList<Series> series() const { return m_series; }
    // What hovering value `index` of series `series` shows; shows it as the tooltip too.
    QString showTip(int series, int index);
    // The last tooltip shown.
    QString lastTip() const { return m_lastTip; }
    bool hasData() const { return !m_categories.isEmpty(); }

    // Saves the chart to `path` as a PNG image; false when it could not be written.
    bool writePng(const QString& path) const;
    // Saves to a file asked for through FileDialog.
    bool savePng();
    // Paints the chart on one page of `device`, scaled to fit.
    void paintOn(QPagedPaintDevice* device) const;
    // Print preview of the chart.
    void print();
    QChartView* view() const { return m_view; }
    // The line under the chart with the values last pointed at.
    QLabel* hoverLabel() const { return m_hoverLabel; }
    // The category labels as the axis shows them now (every n-th one, the others blank) and their angle.
    QStringList shownLabels() const;
    int labelsAngle() const;

private:
    // Chooses the labels' angle and how many to show for the plot's width.
    void fitLabels();

    QChartView* m_view = nullptr;
    QBarCategoryAxis* m_axisX = nullptr;
    QLabel* m_hoverLabel = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QString m_title;
    QStringList m_categories;
    QList<Series> m_series;
    QString m_lastTip;
};

} // namespace motcua::ui
