#pragma once

#include "core/reports/ReportTable.h"

#include <QAbstractTableModel>

namespace motcua::ui {

// A report that is one table (core/reports/ReportTable.h: the overdue, per-person and per-step reports) on screen,
// one column per column of the table, the cells as every export writes them.
class ReportTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        ValueRole = Qt::UserRole + 1, // QVariant: the cell's value (qint64 count, double share or days, text)
    };

    explicit ReportTableModel(QObject* parent = nullptr);

    void setTable(const reports::ReportTable& table);
    void clear();
    bool hasTable() const { return m_hasTable; }
    const reports::ReportTable& table() const { return m_table; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    reports::ReportTable m_table;
    bool m_hasTable = false;
};

} // namespace motcua::ui
