#include "core/storage/DatabaseCopy.h"

#include "core/common/Logging.h"
#include "core/storage/SqlQuery.h"

#include <QMap>

#include <algorithm>

namespace motcua::storage {

namespace {

// Values per INSERT of several rows: far below SQLite's 32,766 bound parameters, and few round trips to a server.
constexpr int kValuesPerStatement = 2000;

} // namespace

DatabaseCopy::DatabaseCopy(Database& source, Database& target)
    : m_source(source)
    , m_target(target)
    , m_sourceCatalog(source.connection(), source.dialect())
    , m_targetCatalog(target.connection(), target.dialect())
{}

namespace {

const QString kHistoryHead = QStringLiteral("history_head");
// Counted from the copied dossiers once they are all in (as migration 012 fills it), then compared like every table.
const QString kDossierCount = QStringLiteral("dossier_count");
const QString kCountDossiers = QStringLiteral(
    "INSERT INTO dossier_count (department_id, status, n) SELECT coalesce(department_id, 0), status, count(*) FROM "
    "dossier WHERE received_at IS NOT NULL GROUP BY coalesce(department_id, 0), status");

} // namespace

Status DatabaseCopy::checkTarget(const QStringList& tables) const
{
    for (const QString& table : tables) {
        auto rows = m_targetCatalog.rowCount(table);
        if (!rows) {
            return rows.error();
        }
        if (table == kHistoryHead && *rows > 0) {
            // A new database has the heads of its empty chains (migration 010): replaced by the source's.
            QSqlQuery query(m_target.connection());
            if (Status status = exec(query, QStringLiteral("SELECT count(*) FROM history_head WHERE entries > 0"));
                !status) {
                return status;
            }
            rows = query.next() ? query.value(0).toLongLong() : 0;
        }
        if (*rows > 0) {
            return Error::invalid(QStringLiteral("--to"),
                                  tr("%1 is not empty (the table %2 holds %3 rows): copy only into a new, empty "
                                     "database.")
                                      .arg(m_target.displayName(), table)
                                      .arg(*rows));
        }
    }
    return {};
}

Status DatabaseCopy::copyTable(const QString& table, qint64 total, const Progress& progress)
{
    auto columns = m_targetCatalog.columns(table);
    if (!columns) {
        return columns.error();
    }
    auto sourceColumns = m_sourceCatalog.columns(table);
    if (!sourceColumns) {
        return sourceColumns.error();
    }
    QStringList sortedTarget = *columns;
    QStringList sortedSource = *sourceColumns;
    std::sort(sortedTarget.begin(), sortedTarget.end());
    std::sort(sortedSource.begin(), sortedSource.end());
    if (sortedTarget != sortedSource) {
        return Error::storage(
            tr("The table %1 has other columns in the source (%2) than in the target (%3).")
                .arg(table, sortedSource.join(QStringLiteral(", ")), sortedTarget.join(QStringLiteral(", "))));
    }
    auto order = m_sourceCatalog.keyOrder(table);
    if (!order) {
        return order.error();
    }
    QStringList names;
    for (const QString& column : *columns) {
        names << SqlDialect::quoted(column);
    }
    QSqlQuery read(m_source.connection());
    read.setForwardOnly(true);
    if (Status status = exec(read, QStringLiteral("SELECT %1 FROM %2%3")
                                       .arg(names.join(QStringLiteral(", ")), SqlDialect::quoted(table), *order));
        !status) {
        return status;
    }
    const int width = int(columns->size());
    const int rowsPerStatement = std::max(1, kValuesPerStatement / width);
    const QString head =
        QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(SqlDialect::quoted(table), names.join(QStringLiteral(", ")));
    const QString oneRow =
        QLatin1Char('(') + QStringList(width, QStringLiteral("?")).join(QStringLiteral(", ")) + QLatin1Char(')');
    QSqlQuery write(m_target.connection());
    QVariantList batch;
    int batchRows = 0;
    qint64 done = 0;
    const auto flush = [&]() -> Status {
        if (batchRows == 0) {
            return {};
        }
        const QString sql = head + QStringList(batchRows, oneRow).join(QStringLiteral(", "));
        Status status = exec(write, sql, batch);
        done += batchRows;
        batch.clear();
        batchRows = 0;
        if (status && progress) {
            progress(table, done, total);
        }
        return status;
    };
    while (read.next()) {
        for (int column = 0; column < width; ++column) {
            QVariant value = read.value(column);
            if (read.isNull(column)) {
                value = QVariant();
            } else if (value.typeId() == QMetaType::QString && value.toString().isNull()) {
                value = QString(QLatin1String("")); // a null QString would be bound as NULL
            }
            batch << value;
        }
        if (++batchRows == rowsPerStatement) {
            if (Status status = flush(); !status) {
                return status;
            }
        }
    }
    if (read.lastError().isValid()) {
        return sqlError(read);
    }
    if (Status status = flush(); !status) {
        return status;
    }
    if (done == 0 && progress) {
        progress(table, 0, total);
    }
    return {};
}

Status DatabaseCopy::resetIdentities(const QStringList& tables)
{
    QSqlQuery query(m_target.connection());
    for (const QString& table : tables) {
        auto identities = m_targetCatalog.identityColumns(table);
        if (!identities) {
            return identities.error();
        }
        for (const QString& column : *identities) {
            if (Status status = exec(query, m_target.dialect().resetIdentity(table, column)); !status) {
                return status;
            }
        }
    }
    return {};
}

Result<QList<CopiedTable>> DatabaseCopy::compare(const QStringList& tables) const
{
    QList<CopiedTable> result;
    for (const QString& table : tables) {
        auto source = m_sourceCatalog.content(table);
        if (!source) {
            return source.error();
        }
        auto target = m_targetCatalog.content(table);
        if (!target) {
            return target.error();
        }
        result.append({*source, *target});
    }
    return result;
}

Result<QList<CopiedTable>> DatabaseCopy::run(const Progress& progress)
{
    if (m_source.schemaVersion() != m_target.schemaVersion()) {
        return Error::invalid(QStringLiteral("--to"), tr("The source has schema %1 and the target schema %2.")
                                                          .arg(m_source.schemaVersion())
                                                          .arg(m_target.schemaVersion()));
    }
    auto tables = m_targetCatalog.tables();
    if (!tables) {
        return tables.error();
    }
    auto sourceTables = m_sourceCatalog.tables();
    if (!sourceTables) {
        return sourceTables.error();
    }
    if (*sourceTables != *tables) {
        return Error::storage(tr("The source's tables (%1) are not the target's (%2).")
                                  .arg(sourceTables->join(QStringLiteral(", ")), tables->join(QStringLiteral(", "))));
    }
    if (Status empty = checkTarget(*tables); !empty) {
        return empty.error();
    }
    auto order = m_targetCatalog.fillingOrder();
    if (!order) {
        return order.error();
    }
    // One snapshot of the source for the copy and its comparison, even while a workstation still writes to it.
    QSqlQuery snapshot(m_source.connection());
    if (!snapshot.exec(m_source.dialect().beginSnapshot())) {
        return sqlError(snapshot);
    }
    QMap<QString, qint64> totals;
    for (const QString& table : *order) {
        auto rows = m_sourceCatalog.rowCount(table);
        if (!rows) {
            snapshot.exec(QStringLiteral("ROLLBACK"));
            return rows.error();
        }
        totals.insert(table, *rows);
    }
    QList<CopiedTable> compared;
    const Status copied = m_target.transaction([&]() -> Status {
        QSqlQuery target(m_target.connection());
        if (Status status = exec(target, QStringLiteral("DELETE FROM history_head")); !status) {
            return status;
        }
        if (const QString suspend = m_target.dialect().suspendDossierCount(); !suspend.isEmpty()) {
            if (Status status = exec(target, suspend); !status) {
                return status;
            }
        }
        for (const QString& table : *order) {
            if (table != kDossierCount) {
                if (Status status = copyTable(table, totals.value(table), progress); !status) {
                    return status;
                }
            }
        }
        // The counter as the dossiers now are (what SQLite's triggers kept meanwhile, counted again).
        for (const QString& statement : {QStringLiteral("DELETE FROM dossier_count"), kCountDossiers}) {
            if (Status status = exec(target, statement); !status) {
                return status;
            }
        }
        if (progress) {
            progress(kDossierCount, totals.value(kDossierCount), totals.value(kDossierCount));
        }
        if (Status status = resetIdentities(*order); !status) {
            return status;
        }
        auto outcome = compare(*tables);
        if (!outcome) {
            return outcome.error();
        }
        compared = *outcome;
        for (const CopiedTable& table : compared) {
            if (!table.same()) {
                return Error::storage(tr("The copy of the table %1 differs from its source (%2 rows, %3 in the "
                                         "copy): nothing was copied.")
                                          .arg(table.source.table)
                                          .arg(table.source.rows)
                                          .arg(table.target.rows));
            }
        }
        return {};
    });
    snapshot.exec(QStringLiteral("ROLLBACK"));
    if (!copied) {
        qCWarning(lcStorage).noquote() << "Copy to" << m_target.displayName()
                                       << "failed:" << loggedError(copied.error());
        return copied.error();
    }
    qCInfo(lcStorage).noquote() << "Copied" << m_source.displayName() << "to" << m_target.displayName();
    return compared;
}

} // namespace motcua::storage
