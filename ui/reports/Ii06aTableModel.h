#pragma once

#include "core/reports/Ii06aTable.h"

#include <QAbstractTableModel>

namespace motcua::ui {

// Form II.06a on screen: one row per line of the report and the total last, one column per column of the form
// (core/reports/Ii06aTable.h), headed by its number and its own name, its whole header path as a tooltip.
class Ii06aTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        ValueRole = Qt::UserRole + 1, // QVariant: the cell's value (qint64 count, double share or days, invalid: none)
        TotalRowRole,                 // bool: the total row
    };

    explicit Ii06aTableModel(QObject* parent = nullptr);

    void setReport(const reports::Ii06aReport& report);
    void clear();
    bool hasReport() const { return m_hasReport; }
    const reports::Ii06aReport& report() const { return m_report; }
    // The column showing `column` of the form; -1 when it is not shown.
    int columnOf(reports::Ii06aColumn column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const reports::Ii06aCounts& countsOf(int row) const;

    reports::Ii06aReport m_report;
    QList<reports::Ii06aColumnInfo> m_columns;
    bool m_hasReport = false;
};

} // namespace motcua::ui
