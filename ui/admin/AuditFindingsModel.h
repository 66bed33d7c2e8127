#pragma once

#include "core/storage/HistoryAudit.h"

#include <QAbstractTableModel>

namespace motcua::ui {

// What the integrity check found, in the order found: where (table, row, dossier), what kind of change and why.
// Keeps at most kLimit rows (a database changed everywhere would give millions); the count goes on past it.
class AuditFindingsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Table, Row, Dossier, Kind, Reason, ColumnCount };
    enum Role { CheckRole = Qt::UserRole + 1 };
    static constexpr int kLimit = 10000;

    explicit AuditFindingsModel(QObject* parent = nullptr);

    void clear();
    void append(const QList<storage::AuditFinding>& findings);
    qint64 total() const { return m_total; }
    const storage::AuditFinding& finding(int row) const { return m_findings.at(row); }

    // For people: "edited" → "Sửa", "status" → "Trạng thái", …
    static QString kindName(const QString& check);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<storage::AuditFinding> m_findings;
    qint64 m_total = 0;
};

} // namespace motcua::ui
