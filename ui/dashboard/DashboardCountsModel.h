#pragma once

#include "core/storage/DashboardQueries.h"

#include <QAbstractTableModel>
#include <QList>

namespace motcua::ui {

// The dashboard's counts per handling department and step (overdue, due today, due within one working day,
// paused), with a last row of totals. The rows are few (departments × steps): they are replaced as a whole.
class DashboardCountsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Department, Step, Overdue, DueToday, DueSoon, Paused, ColumnCount };
    enum Role {
        DepartmentCodeRole = Qt::UserRole + 1, // QString: the department code, empty on the total row
        StepRole,                              // int: the step position, 0 on the total row
        StepNameRole,                          // QString: the step's content, empty on the total row
        CountRole,                             // qint64: the count of a count column
        TotalRowRole,                          // bool: the row of totals
    };

    explicit DashboardCountsModel(QObject* parent = nullptr);

    void setRows(QList<storage::DashboardRow> rows);
    const QList<storage::DashboardRow>& rows() const { return m_rows; }
    // The totals over every row (department and step empty).
    const storage::DashboardRow& total() const { return m_total; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static qint64 count(const storage::DashboardRow& row, int column);

    QList<storage::DashboardRow> m_rows;
    storage::DashboardRow m_total;
};

} // namespace motcua::ui
