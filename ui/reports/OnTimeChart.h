#pragma once

#include "core/reports/Ii06aReport.h"

#include <QWidget>

class QChartView;
class QBarSet;
class QPushButton;

namespace motcua::ui {

// The share resolved early or on time ((8) + (9)) / (7) of each line of form II.06a, as horizontal bars in
// percent (Qt Charts); lines with nothing resolved have no bar. Hovering a bar shows its line, share and counts;
// the chart saves as a PNG image.
class OnTimeChart : public QWidget {
    Q_OBJECT

public:
    explicit OnTimeChart(QWidget* parent = nullptr);

    void setReport(const reports::Ii06aReport& report);
    void clear();
    // The bars shown: the lines' labels and shares in percent, in order.
    QStringList labels() const { return m_labels; }
    QList<double> percentages() const;
    // The text shown on hovering bar `index`.
    QString barText(int index) const;
    // Saves the chart to a PNG file asked for through FileDialog; false when cancelled or not written.
    bool savePng();
    QChartView* view() const { return m_view; }

private:
    QChartView* m_view = nullptr;
    QPushButton* m_saveButton = nullptr;
    QBarSet* m_set = nullptr;
    QStringList m_labels;
    QStringList m_details;
};

} // namespace motcua::ui
