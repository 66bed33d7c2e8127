#include "ui/widgets/ReadOnlyTable.h"

#include <QHeaderView>
#include <QTableView>

namespace motcua::ui {

void makeReadOnlyTable(QTableView* view, const ReadOnlyTableLook& look)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(look.oneRow ? QAbstractItemView::SingleSelection : QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->setWordWrap(look.wrap);
    view->horizontalHeader()->setStretchLastSection(look.stretchLast);
}

QTableView* readOnlyTable(const QString& name, QAbstractItemModel* model, QWidget* parent,
                          const ReadOnlyTableLook& look)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    makeReadOnlyTable(view, look);
    return view;
}

} // namespace motcua::ui
