#pragma once

#include <QList>
#include <QObject>

#include <utility>

class QTableView;

namespace motcua::ui {

// Sizes the columns of a table: most fit their contents (codes, dates, short names stay whole), and the weighted
// ones share the width that is left by weight (where QHeaderView::Stretch shares it evenly), so that long names
// and procedures get the room, wrap when the view wraps, and the table fits its view without a horizontal scroll
// bar as long as each share stays above `minimumWidth`. Sizes again when the view is resized and when its rows
// change. Install it after the view's model is set; the view owns it.
class WeightedColumns : public QObject {
    Q_OBJECT

public:
    // How the columns without a weight are sized: to their contents, or kept as the view set them (a lazily
    // loaded list whose contents change as it scrolls keeps fixed widths).
    enum class Others { FitContents, Keep };

    // `weights`: (column, weight) pairs.
    WeightedColumns(QTableView* view, QList<std::pair<int, int>> weights, int minimumWidth = 80,
                    Others others = Others::FitContents);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool isWeighted(int column) const;
    void schedule();
    void apply();

    QTableView* m_view;
    // The viewport watched, kept as it was installed: while the view is being destroyed its events still come, and
    // the view can no longer be asked for its viewport.
    QWidget* m_viewport = nullptr;
    QList<std::pair<int, int>> m_weights;
    int m_minimumWidth;
    Others m_others;
    bool m_scheduled = false;
};

} // namespace motcua::ui
