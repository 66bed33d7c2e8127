#include "core/storage/TableCatalog.h"

#include "core/storage/SqlQuery.h"

#include <QCryptographicHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace motcua::storage {

namespace {

// Not the data of the agency: each database keeps its own record of its migrations, and a backup its manifest.
const QSet<QString> kOwnTables{QStringLiteral("schema_migration"), QStringLiteral("backup_manifest")};

} // namespace

TableCatalog::TableCatalog(QSqlDatabase db, const SqlDialect& dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{}

Result<QStringList> TableCatalog::names(const QString& sql, const QString& table) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (Status status = exec(query, sql, table.isNull() ? QVariantList{} : QVariantList{table}); !status) {
        return status.error();
    }
    QStringList result;
    while (query.next()) {
        result << query.value(0).toString();
    }
    return result;
}

Result<QStringList> TableCatalog::tables() const
{
    auto all = names(m_dialect.listTables());
    if (!all) {
        return all;
    }
    QStringList result;
    for (const QString& name : *all) {
        if (!kOwnTables.contains(name)) {
            result << name;
        }
    }
    std::sort(result.begin(), result.end());
    return result;
}

Result<QStringList> TableCatalog::columns(const QString& table) const
{
    return names(m_dialect.listColumns(), table);
}

Result<QStringList> TableCatalog::identityColumns(const QString& table) const
{
    if (m_dialect.listIdentityColumns().isEmpty()) {
        return QStringList{};
    }
    return names(m_dialect.listIdentityColumns(), table);
}

Result<QStringList> TableCatalog::fillingOrder() const
{
    auto all = tables();
    if (!all) {
        return all;
    }
    QMap<QString, QSet<QString>> parents;
    for (const QString& table : *all) {
        auto linked = names(m_dialect.listParentTables(), table);
        if (!linked) {
            return linked;
        }
        QSet<QString> others(linked->cbegin(), linked->cend());
        others.remove(table); // a table pointing at itself is filled in key order
        parents.insert(table, others);
    }
    QStringList order;
    QSet<QString> placed;
    while (order.size() < all->size()) {
        bool progressed = false;
        for (const QString& table : *all) {
            if (placed.contains(table)) {
                continue;
            }
            bool ready = true;
            for (const QString& parent : parents.value(table)) {
                ready = ready && (placed.contains(parent) || !parents.contains(parent));
            }
            if (ready) {
                order << table;
                placed.insert(table);
                progressed = true;
            }
        }
        if (!progressed) {
            return Error::storage(QStringLiteral("The foreign keys of the tables form a cycle."));
        }
    }
    return order;
}

Result<QString> TableCatalog::keyOrder(const QString& table) const
{
    QSqlQuery query(m_db);
    if (Status status = exec(query, m_dialect.listPrimaryKey(), {table}); !status) {
        return status.error();
    }
    QStringList terms;
    while (query.next()) {
        const QString column = query.value(0).toString();
        terms << (query.value(1).toBool() ? m_dialect.codePointOrder(column) : SqlDialect::quoted(column));
    }
    if (terms.isEmpty()) {
        auto all = columns(table);
        if (!all) {
            return all.error();
        }
        for (const QString& column : *all) {
            terms << m_dialect.codePointOrder(column);
        }
    }
    return QStringLiteral(" ORDER BY ") + terms.join(QStringLiteral(", "));
}

Result<qint64> TableCatalog::rowCount(const QString& table) const
{
    QSqlQuery query(m_db);
    if (Status status = exec(query, QStringLiteral("SELECT count(*) FROM ") + SqlDialect::quoted(table)); !status) {
        return status.error();
    }
    query.next();
    return query.value(0).toLongLong();
}

Result<TableContent> TableCatalog::content(const QString& table) const
{
    auto all = columns(table);
    if (!all) {
        return all.error();
    }
    QStringList sorted = *all;
    std::sort(sorted.begin(), sorted.end());
    auto order = keyOrder(table);
    if (!order) {
        return order.error();
    }
    QStringList selected;
    for (const QString& column : sorted) {
        selected << SqlDialect::quoted(column);
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (Status status = exec(query, QStringLiteral("SELECT %1 FROM %2%3")
                                        .arg(selected.join(QStringLiteral(", ")), SqlDialect::quoted(table), *order));
        !status) {
        return status.error();
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto addPart = [&hash](char kind, const QByteArray& bytes) {
        hash.addData(QByteArrayView(&kind, 1));
        hash.addData(QByteArray::number(bytes.size()) + ':');
        hash.addData(bytes);
    };
    for (const QString& column : sorted) {
        addPart('c', column.toUtf8());
    }
    TableContent result{table, 0, {}};
    while (query.next()) {
        ++result.rows;
        hash.addData(QByteArrayView("r", 1));
        for (int column = 0; column < sorted.size(); ++column) {
            if (query.isNull(column)) {
                addPart('n', {});
                continue;
            }
            const QVariant value = query.value(column);
            if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float) {
                addPart('v', QByteArray::number(value.toDouble(), 'g', 17));
            } else if (value.typeId() == QMetaType::QByteArray) {
                addPart('v', value.toByteArray().toHex());
            } else {
                addPart('v', value.toString().toUtf8());
            }
        }
    }
    result.sha256 = hash.result().toHex();
    return result;
}

} // namespace motcua::storage
