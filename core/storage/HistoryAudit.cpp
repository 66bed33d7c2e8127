#include "core/storage/HistoryAudit.h"

#include "core/dossier/StateFromHistory.h"
#include "core/storage/Backup.h"
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/StoredMoment.h"

#include <QElapsedTimer>
#include <QHash>

#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <thread>
#include <utility>

namespace motcua::storage {

namespace {

constexpr int kChainBatch = 5000;
constexpr int kDossierBatch = 1000;

struct Row {
    qint64 id = 0;
    QByteArray stored;
    QByteArray content;
};

} // namespace

QString AuditFinding::line() const
{
    const QString where = !dossierCode.isEmpty() ? QStringLiteral("%1 %2").arg(table, dossierCode)
                          : id > 0               ? QStringLiteral("%1 %2").arg(table).arg(id)
                                                 : table;
    return QStringLiteral("%1: %2").arg(where, reason);
}

QJsonObject AuditFinding::toJson() const
{
    QJsonObject object{{QStringLiteral("table"), table}, {QStringLiteral("check"), check},
                       {QStringLiteral("reason"), reason}};
    if (id > 0) {
        object.insert(QStringLiteral("id"), id);
    }
    if (!dossierCode.isEmpty()) {
        object.insert(QStringLiteral("dossier"), dossierCode);
    }
    return object;
}

// What one run carries from part to part.
struct HistoryAudit::Walk {
    const Found& found;
    const Progress& progress;
    const Cancelled& cancelled;
    Outcome outcome;

    void report(AuditFinding finding)
    {
        ++outcome.findings;
        found(finding);
    }
    bool stop()
    {
        outcome.cancelled = outcome.cancelled || (cancelled && cancelled());
        return outcome.cancelled;
    }
    void tell(const QString& part, qint64 done, qint64 total) const
    {
        if (progress) {
            progress(part, done, total);
        }
    }
};

Status HistoryAudit::walkChain(HistoryTable table, Walk& walk) const
{
    const QString name = historyTableName(table);
    auto head = HistoryChain::read(m_db, table);
    if (!head) {
        return head.error();
    }
    const qint64 findingsBefore = walk.outcome.findings;
    const auto report = [&](qint64 id, const QString& check, const QString& reason) {
        walk.report({name, id, {}, check, reason});
    };
    QByteArray link = HistoryChain::genesis();
    qint64 linkId = 0;
    qint64 linked = 0;
    qint64 firstAfterHead = 0;
    std::optional<Row> pending;
    // A row whose hash does not follow from the one before it: its content changed, or rows before it are gone.
    const auto editedOrDeleted = [&](const Row& row) {
        if (row.id > linkId + 1) {
            report(row.id, QStringLiteral("deleted"),
                   tr("the entries before it (after id %1) are missing, or it was edited: its hash does not follow "
                      "from the entry before it")
                       .arg(linkId));
        } else {
            report(row.id, QStringLiteral("edited"), tr("its content was edited: it no longer matches its hash"));
        }
    };
    const auto accept = [&](const Row& row) {
        link = row.stored;
        linkId = row.id;
        ++linked;
        if (firstAfterHead == 0 && row.id > head->lastId) {
            firstAfterHead = row.id;
        }
    };
    const int columns = table == HistoryTable::DossierEvent ? 5 : 4;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    qint64 lastRead = 0;
    qint64 done = 0;
    for (;;) {
        if (walk.stop()) {
            return {};
        }
        if (Status status = exec(query,
                                 QStringLiteral("SELECT id, hash, %1 FROM %2 WHERE id > ? ORDER BY id LIMIT %3")
                                     .arg(HistoryChain::contentColumns(table), name)
                                     .arg(kChainBatch),
                                 {lastRead});
            !status) {
            return status;
        }
        int inBatch = 0;
        while (query.next()) {
            ++inBatch;
            Row row;
            row.id = query.value(0).toLongLong();
            row.stored = query.isNull(1) ? QByteArray() : query.value(1).toByteArray();
            QVariantList values;
            values.reserve(columns);
            for (int column = 2; column < 2 + columns; ++column) {
                values << (query.isNull(column) ? QVariant() : query.value(column));
            }
            row.content = HistoryChain::content(table, values);
            lastRead = row.id;
            if (row.stored.size() != HistoryChain::kHashSize) {
                report(row.id, QStringLiteral("inserted"),
                       tr("it has no hash: it was written behind the application's back"));
                continue;
            }
            if (pending) {
                if (row.stored == HistoryChain::link(link, row.content)) {
                    report(pending->id, QStringLiteral("inserted"),
                           tr("it was inserted out of order: the entry after it (id %1) follows the one before it "
                              "(id %2)")
                               .arg(row.id)
                               .arg(linkId));
                    pending.reset();
                    accept(row);
                    continue;
                }
                editedOrDeleted(*pending);
                accept(*pending);
                pending.reset();
            }
            if (row.stored == HistoryChain::link(link, row.content)) {
                accept(row);
            } else {
                pending = row;
            }
        }
        query.finish();
        done += inBatch;
        walk.outcome.entries += inBatch;
        walk.tell(name, done, head->entries);
        if (inBatch < kChainBatch) {
            break;
        }
    }
    if (pending) {
        if (head->hash == link) {
            report(pending->id, QStringLiteral("inserted"),
                   tr("it was added after the last entry the history's head records (id %1)").arg(head->lastId));
        } else {
            editedOrDeleted(*pending);
            accept(*pending);
        }
    }
    if (head->lastId > linkId) {
        report(head->lastId, QStringLiteral("deleted"),
               tr("the last entries are missing: the history's head records the chain up to id %1, the table ends at "
                  "id %2")
                   .arg(head->lastId)
                   .arg(linkId));
    } else if (head->lastId < linkId) {
        report(firstAfterHead, QStringLiteral("inserted"),
               tr("it was added behind the application's back after the last entry the history's head records (id %1)")
                   .arg(head->lastId));
    } else if (head->hash != link) {
        report(linkId, QStringLiteral("head"),
               tr("the hash of the last entry is not the one the history's head records: the entry or the head was "
                  "changed"));
    } else if (walk.outcome.findings == findingsBefore && linked != head->entries) {
        report(0, QStringLiteral("head"),
               tr("the chain has %1 entries where its head counts %2").arg(linked).arg(head->entries));
    }
    return {};
}

Status HistoryAudit::checkDossiers(Walk& walk) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (Status status = exec(query, QStringLiteral("SELECT count(*) FROM dossier")); !status) {
        return status;
    }
    const qint64 total = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    QStringList quoted;
    for (const QString& action : dossier::StateFromHistory::actions()) {
        quoted << QLatin1Char('\'') + action + QLatin1Char('\'');
    }
    const QString events = QStringLiteral("SELECT dossier_id, action, details FROM dossier_event WHERE dossier_id > ? "
                                          "AND dossier_id <= ? AND action IN (%1) ORDER BY dossier_id, id")
                               .arg(quoted.join(QStringLiteral(", ")));
    struct Stored {
        qint64 id;
        QString code;
        dossier::StateFromHistory::Stored state;
    };
    qint64 lastRead = 0;
    for (;;) {
        if (walk.stop()) {
            return {};
        }
        if (Status status = exec(query,
                                 QStringLiteral("SELECT d.id, coalesce(d.code, ''), d.status, coalesce(d.current_step, "
                                                "0), coalesce(d.assignee_id, 0), d.paused, d.due_at, (SELECT count(*) "
                                                "FROM process_step s WHERE s.process_id = d.process_id) FROM dossier d "
                                                "WHERE d.id > ? ORDER BY d.id LIMIT %1")
                                     .arg(kDossierBatch),
                                 {lastRead});
            !status) {
            return status;
        }
        QList<Stored> batch;
        while (query.next()) {
            batch.append({query.value(0).toLongLong(),
                          query.value(1).toString(),
                          {static_cast<dossier::DossierStatus>(query.value(2).toInt()), query.value(3).toInt(),
                           query.value(4).toLongLong(), query.value(5).toInt() != 0, momentFromStored(query.value(6)),
                           query.value(7).toInt()}});
        }
        query.finish();
        if (batch.isEmpty()) {
            break;
        }
        const qint64 from = lastRead;
        lastRead = batch.constLast().id;
        QHash<qint64, dossier::StateFromHistory> histories;
        if (Status status = exec(query, events, {from, lastRead}); !status) {
            return status;
        }
        while (query.next()) {
            histories[query.value(0).toLongLong()].add(query.value(1).toString(), query.value(2).toString());
        }
        query.finish();
        if (Status status = exec(query,
                                 QStringLiteral("SELECT dossier_id, position, coalesce(assignee_id, 0) FROM "
                                                "step_instance WHERE dossier_id > ? AND dossier_id <= ? AND "
                                                "finished_at IS NULL ORDER BY dossier_id, id"),
                                 {from, lastRead});
            !status) {
            return status;
        }
        while (query.next()) {
            histories[query.value(0).toLongLong()].addOpenStep(query.value(1).toInt(), query.value(2).toLongLong());
        }
        query.finish();
        for (const Stored& stored : batch) {
            for (const auto& mismatch : histories.value(stored.id).check(stored.state)) {
                walk.report({QStringLiteral("dossier"), stored.id, stored.code, mismatch.check, mismatch.reason});
            }
        }
        walk.outcome.dossiers += batch.size();
        walk.tell(QStringLiteral("dossier"), walk.outcome.dossiers, total);
        if (batch.size() < kDossierBatch) {
            break;
        }
    }
    return {};
}

Status HistoryAudit::checkDossiersOnSecondConnection(Walk& walk, const std::function<Status()>& walkChains) const
{
    struct Shared {
        std::mutex mutex;
        QList<AuditFinding> findings;
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
        std::atomic_bool stop{false};
        std::atomic_bool finished{false};
        qint64 dossiers = 0;
        Status status;
    } shared;
    std::thread dossiers([this, &shared] {
        {
            auto second = m_openSecond();
            if (!second) {
                shared.status = second.error();
            } else {
                const Found found = [&shared](const AuditFinding& finding) {
                    const std::lock_guard lock(shared.mutex);
                    shared.findings.append(finding);
                };
                const Progress progress = [&shared](const QString&, qint64 done, qint64 total) {
                    shared.total = total;
                    shared.done = done;
                };
                const Cancelled cancelled = [&shared] { return shared.stop.load(); };
                Walk own{found, progress, cancelled, {}};
                shared.status = HistoryAudit((*second)->connection(), (*second)->dialect()).checkDossiers(own);
                shared.dossiers = own.outcome.dossiers;
            } // the second connection closed on the thread that opened it
        }
        shared.finished = true;
    });
    const Status chains = walkChains();
    qint64 told = -1;
    while (!shared.finished) {
        if (!chains || walk.stop()) {
            shared.stop = true;
        } else if (shared.done != told) {
            told = shared.done;
            walk.tell(QStringLiteral("dossier"), told, shared.total);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    dossiers.join();
    if (!chains) {
        return chains;
    }
    for (AuditFinding& finding : shared.findings) {
        walk.report(std::move(finding));
    }
    walk.outcome.dossiers += shared.dossiers;
    if (shared.status && !walk.stop() && shared.done != told) {
        walk.tell(QStringLiteral("dossier"), shared.done, shared.total);
    }
    return shared.status;
}

Status HistoryAudit::checkCounts(Walk& walk) const
{
    // The counter of received dossiers by (department, status) that the worklists' totals read (migration 012),
    // held against the rows themselves: a difference means the counter or its triggers were changed outside the
    // application.
    using Key = std::pair<qint64, int>;
    const auto read = [this](const QString& sql, std::map<Key, qint64>& into) -> Status {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (Status status = exec(query, sql); !status) {
            return status;
        }
        while (query.next()) {
            into[{query.value(0).toLongLong(), query.value(1).toInt()}] = query.value(2).toLongLong();
        }
        return {};
    };
    std::map<Key, qint64> counted;
    std::map<Key, qint64> rows;
    if (Status status = read(QStringLiteral("SELECT department_id, status, n FROM dossier_count WHERE n <> 0"), counted);
        !status) {
        return status;
    }
    if (Status status = read(QStringLiteral("SELECT coalesce(department_id, 0), status, count(*) FROM dossier WHERE "
                                            "received_at IS NOT NULL GROUP BY coalesce(department_id, 0), status"),
                             rows);
        !status) {
        return status;
    }
    std::set<Key> keys;
    for (const auto& [key, n] : counted) {
        keys.insert(key);
    }
    for (const auto& [key, n] : rows) {
        keys.insert(key);
    }
    QHash<qint64, QString> departments;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (Status status = exec(query, QStringLiteral("SELECT id, code FROM department")); !status) {
        return status;
    }
    while (query.next()) {
        departments.insert(query.value(0).toLongLong(), query.value(1).toString());
    }
    for (const Key& key : keys) {
        const qint64 kept = counted.count(key) > 0 ? counted.at(key) : 0;
        const qint64 actual = rows.count(key) > 0 ? rows.at(key) : 0;
        if (kept != actual) {
            const QString department =
                key.first == 0 ? tr("no department") : departments.value(key.first, QString::number(key.first));
            walk.report({QStringLiteral("dossier_count"), 0, {}, QStringLiteral("count"),
                         tr("department %1, status %2: the counter holds %3 dossiers, the dossier table %4")
                             .arg(department)
                             .arg(key.second)
                             .arg(kept)
                             .arg(actual)});
        }
    }
    return {};
}

Result<HistoryAudit::Outcome> HistoryAudit::run(const Found& found, const Progress& progress,
                                                const Cancelled& cancelled) const
{
    QElapsedTimer timer;
    timer.start();
    Walk walk{found, progress, cancelled, {}};
    const auto walkChains = [this, &walk]() -> Status {
        for (HistoryTable table : historyTables()) {
            if (Status status = walkChain(table, walk); !status) {
                return status;
            }
        }
        return {};
    };
    if (m_openSecond) {
        if (Status status = checkDossiersOnSecondConnection(walk, walkChains); !status) {
            return status.error();
        }
    } else {
        if (Status status = walkChains(); !status) {
            return status.error();
        }
        if (Status status = checkDossiers(walk); !status) {
            return status.error();
        }
    }
    if (walk.stop()) {
        walk.outcome.elapsedMs = timer.elapsed();
        return walk.outcome;
    }
    if (Status status = checkCounts(walk); !status) {
        return status.error();
    }
    walk.outcome.elapsedMs = timer.elapsed();
    return walk.outcome;
}

Result<qint64> HistoryAudit::checkBackup(const BackupSummary& backup, const Found& found) const
{
    qint64 findings = 0;
    if (backup.historyHeads.isEmpty()) {
        ++findings;
        found({QStringLiteral("backup"), 0, {}, QStringLiteral("backup"),
               tr("the backup %1 records no history head (taken before version 010 of the schema)").arg(backup.file)});
        return findings;
    }
    QSqlQuery query(m_db);
    for (auto it = backup.historyHeads.cbegin(); it != backup.historyHeads.cend(); ++it) {
        const HistoryHead& recorded = it.value();
        if (recorded.lastId == 0 || !historyTableNames().contains(it.key())) {
            continue;
        }
        if (Status status = exec(query, QStringLiteral("SELECT hash FROM %1 WHERE id = ?").arg(it.key()),
                                 {recorded.lastId});
            !status) {
            return status.error();
        }
        if (!query.next()) {
            ++findings;
            found({it.key(), recorded.lastId, {}, QStringLiteral("backup"),
                   tr("the backup %1 recorded the history up to this entry, which is no longer in the database")
                       .arg(backup.file)});
        } else if (query.value(0).toByteArray() != recorded.hash) {
            ++findings;
            found({it.key(), recorded.lastId, {}, QStringLiteral("backup"),
                   tr("this entry no longer has the hash the backup %1 recorded: the history up to it was rewritten")
                       .arg(backup.file)});
        }
        query.finish();
    }
    return findings;
}

} // namespace motcua::storage
