#include "ui/widgets/WeightedColumns.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace motcua::ui {

WeightedColumns::WeightedColumns(QTableView* view, QList<std::pair<int, int>> weights, int minimumWidth, Others others)
    : QObject(view)
    , m_view(view)
    , m_weights(std::move(weights))
    , m_minimumWidth(minimumWidth)
    , m_others(others)
{
    QHeaderView* header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    m_viewport = view->viewport();
    m_viewport->installEventFilter(this);
    QAbstractItemModel* model = view->model();
    if (m_others == Others::Keep) {
        schedule(); // only the view's width moves the shares
        return;
    }
    connect(model, &QAbstractItemModel::modelReset, this, &WeightedColumns::schedule);
    connect(model, &QAbstractItemModel::layoutChanged, this, &WeightedColumns::schedule);
    connect(model, &QAbstractItemModel::rowsInserted, this, &WeightedColumns::schedule);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &WeightedColumns::schedule);
    connect(model, &QAbstractItemModel::dataChanged, this, &WeightedColumns::schedule);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &WeightedColumns::schedule);
    schedule();
}

bool WeightedColumns::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_viewport && event->type() == QEvent::Resize) {
        apply();
    }
    return QObject::eventFilter(watched, event);
}

bool WeightedColumns::isWeighted(int column) const
{
    return std::any_of(m_weights.begin(), m_weights.end(), [column](const auto& pair) { return pair.first == column; });
}

// Once the model has finished changing (several signals may come in a row).
void WeightedColumns::schedule()
{
    if (!m_scheduled) {
        m_scheduled = true;
        QMetaObject::invokeMethod(this, &WeightedColumns::apply, Qt::QueuedConnection);
    }
}

void WeightedColumns::apply()
{
    m_scheduled = false;
    const QAbstractItemView* view = m_view; // sizeHintForColumn is public there
    QHeaderView* header = m_view->horizontalHeader();
    int left = m_viewport->width();
    int totalWeight = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column) || isWeighted(column)) {
            continue;
        }
        if (m_others == Others::Keep) {
            left -= header->sectionSize(column);
            continue;
        }
        const int width = std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column));
        header->resizeSection(column, width);
        left -= width;
    }
    // A share below the minimum takes the minimum, and the others share what is left after it.
    QList<std::pair<int, int>> sharing;
    for (const auto& [column, weight] : std::as_const(m_weights)) {
        if (!header->isSectionHidden(column)) {
            sharing.append({column, weight});
            totalWeight += weight;
        }
    }
    bool settled = false;
    while (!settled && totalWeight > 0) {
        settled = true;
        for (qsizetype i = 0; i < sharing.size(); ++i) {
            const auto [column, weight] = sharing.at(i);
            if (left * weight / totalWeight < m_minimumWidth) {
                header->resizeSection(column, m_minimumWidth);
                left -= m_minimumWidth;
                totalWeight -= weight;
                sharing.removeAt(i);
                settled = false;
                break;
            }
        }
    }
    for (const auto& [column, weight] : std::as_const(sharing)) {
        header->resizeSection(column, left * weight / totalWeight);
    }
}

} // namespace motcua::ui
