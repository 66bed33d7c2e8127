#pragma once

#include "core/calendar/WorkCalendar.h"
#include "core/storage/DossierQueries.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include <memory>

namespace motcua::ui {

// The dossiers listed under the dashboard's counts (overdue ones first of all), with how late each is ("trễ 2 ngày
// 3 giờ") or how long it has left, overdue rows in the overdue colour. The list is bounded by its caller
// (DashboardView shows at most a few hundred rows): it is replaced as a whole.
class OverdueListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Code, Applicant, Procedure, Department, Assignee, Due, DaysLate, ColumnCount };
    enum Role {
        CodeRole = Qt::UserRole + 1, // QString: the dossier code
        SortRole,                    // a value that sorts the column (moments and numbers, not their text)
        DaysLateRole,                // int: working days late
        MinutesLateRole,             // qint64: working minutes late (negative: still to go)
    };

    explicit OverdueListModel(std::shared_ptr<const calendar::WorkCalendar> calendar, QObject* parent = nullptr);

    // Replaces the rows; lateness is counted from `now`.
    void setRows(QList<storage::DossierSummary> rows, const QDateTime& now);
    const storage::DossierSummary& summary(int row) const { return m_rows.at(row).summary; }
    // Every row as shown, with the column titles first: what the CSV export writes.
    QList<QStringList> table() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        storage::DossierSummary summary;
        int daysLate = 0;
        qint64 minutesLate = 0;
    };
    QString latenessText(const Row& row) const;

    std::shared_ptr<const calendar::WorkCalendar> m_calendar;
    QList<Row> m_rows;
};

} // namespace motcua::ui
