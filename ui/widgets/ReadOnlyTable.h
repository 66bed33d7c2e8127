#pragma once

#include <QString>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace motcua::ui {

// How a read-only table of a screen or dialog shows its rows. The defaults are the common case: rows selected whole,
// several at a time, text on one line (elided), the last column stretched to the view's edge.
struct ReadOnlyTableLook {
    bool oneRow = false;      // one row selected at a time (the current row drives the rest of the screen)
    bool wrap = false;        // long texts wrap onto more lines (the rows are sized by the caller)
    bool stretchLast = true;  // false when WeightedColumns or the caller sizes the columns
};

// Sets up `view` (a QTableView or QTableWidget) as a read-only table: rows selected whole, no editing, no row
// header, wrapping and the last column as `look` says. The one place these lines live (the review of stop 20).
void makeReadOnlyTable(QTableView* view, const ReadOnlyTableLook& look = {});

// A new read-only QTableView named `name` (tests find it by that name) showing `model`.
QTableView* readOnlyTable(const QString& name, QAbstractItemModel* model, QWidget* parent,
                          const ReadOnlyTableLook& look = {});

} // namespace motcua::ui
