#pragma once

#include "core/workflow/CalendarChangeService.h"

#include <QAbstractTableModel>

namespace motcua::ui {

// The preview of a calendar change: the open dossiers whose due moment would move, with the old and the new
// due moment and the move in working time. At most the open dossiers: loaded whole.
class MovedDueModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Code, Applicant, DueBefore, DueAfter, Move, ColumnCount };
    enum Role { CodeRole = Qt::UserRole + 1 };

    explicit MovedDueModel(QObject* parent = nullptr);

    void setMoved(const QList<workflow::MovedDue>& moved);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<workflow::MovedDue> m_moved;
};

} // namespace motcua::ui
