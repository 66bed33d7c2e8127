#include "ui/admin/AuditFindingsModel.h"

#include <QHash>

namespace motcua::ui {

AuditFindingsModel::AuditFindingsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AuditFindingsModel::clear()
{
    beginResetModel();
    m_findings.clear();
    m_total = 0;
    endResetModel();
}

void AuditFindingsModel::append(const QList<storage::AuditFinding>& findings)
{
    m_total += findings.size();
    const qsizetype room = std::max<qsizetype>(0, kLimit - m_findings.size());
    const qsizetype taken = std::min(room, findings.size());
    if (taken == 0) {
        return;
    }
    const int first = static_cast<int>(m_findings.size());
    beginInsertRows({}, first, first + static_cast<int>(taken) - 1);
    m_findings.append(findings.mid(0, taken));
    endInsertRows();
}

QString AuditFindingsModel::kindName(const QString& check)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("edited"), QT_TR_NOOP("Edited")},
        {QStringLiteral("deleted"), QT_TR_NOOP("Deleted")},
        {QStringLiteral("inserted"), QT_TR_NOOP("Inserted")},
        {QStringLiteral("head"), QT_TR_NOOP("Chain head")},
        {QStringLiteral("backup"), QT_TR_NOOP("Against the backup")},
        {QStringLiteral("history"), QT_TR_NOOP("No history")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("paused"), QT_TR_NOOP("Pause")},
        {QStringLiteral("step"), QT_TR_NOOP("Step")},
        {QStringLiteral("assignee"), QT_TR_NOOP("Assignee")},
        {QStringLiteral("due"), QT_TR_NOOP("Due moment")},
    };
    const auto it = names.constFind(check);
    return it == names.cend() ? check : tr(it.value());
}

int AuditFindingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_findings.size());
}

int AuditFindingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditFindingsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const storage::AuditFinding& finding = m_findings.at(index.row());
    if (role == CheckRole) {
        return finding.check;
    }
    if (role == Qt::TextAlignmentRole && index.column() == Row) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case Table:
        return finding.table;
    case Row:
        return finding.id > 0 ? QVariant(finding.id) : QVariant();
    case Dossier:
        return finding.dossierCode;
    case Kind:
        return kindName(finding.check);
    case Reason:
        return finding.reason;
    default:
        return {};
    }
}

QVariant AuditFindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Table:
        return tr("Table");
    case Row:
        return tr("Row");
    case Dossier:
        return tr("Dossier");
    case Kind:
        return tr("Kind");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace motcua::ui
