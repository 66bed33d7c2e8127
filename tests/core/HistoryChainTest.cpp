#include "core/storage/AdminLog.h"
#include "core/storage/Backup.h"
#include "core/storage/HistoryAudit.h"
#include "core/storage/HistoryChain.h"
#include "core/storage/SqlQuery.h"
#include "core/workflow/AssignmentService.h"
#include "core/workflow/HandoverService.h"
#include "core/workflow/PauseService.h"
#include "tests/support/CatchQt.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/Scalar.h"
#include "tests/support/WorkflowFixture.h"

#include <catch2/catch.hpp>

#include <QJsonObject>
#include <QTemporaryDir>

using namespace motcua;
using storage::AuditFinding;
using storage::HistoryChain;
using storage::HistoryTable;

namespace {

// A small office's history: four dossiers received, one handed over and assigned, one paused, one resumed, and
// three lines of the administration log.
QString described(const QList<AuditFinding>& found)
{
    QStringList lines;
    for (const AuditFinding& finding : found) {
        lines << finding.check + QLatin1Char(' ') + finding.line();
    }
    return lines.join(QLatin1Char('\n'));
}

struct History {
    test::WorkflowFixture f;
    QStringList codes;
    QList<qint64> eventIds; // in id order
    QList<qint64> logIds;

    History()
    {
        for (int i = 0; i < 4; ++i) {
            codes << f.receive().code;
            f.db.clock().advanceMinutes(11);
        }
        auto clerk = f.as(QStringLiteral("clerk"));
        auto head = f.as(QStringLiteral("head.bcxb"));
        require(workflow::HandoverService(clerk).handover(codes.at(0), {}).ok());
        require(workflow::AssignmentService(head).assign(codes.at(0), QStringLiteral("cv.bcxb")).ok());
        require(workflow::HandoverService(clerk).handover(codes.at(1), {}).ok());
        require(workflow::PauseService(head).pause(codes.at(1), dossier::PauseReason::Supplement, {}).ok());
        f.db.clock().advanceMinutes(60);
        require(workflow::PauseService(clerk).resume(codes.at(1), {}).ok());
        storage::AdminLog log(f.db.database(), f.db.clock());
        const qint64 admin = f.users.value(QStringLiteral("admin")).id;
        for (const char* action : {"setting.changed", "user.disabled", "backup.automatic"}) {
            require(f.db.database()
                        .transaction([&] { return log.append(admin, QString::fromLatin1(action), {}); })
                        .ok());
        }
        eventIds = ids(QStringLiteral("dossier_event"));
        logIds = ids(QStringLiteral("admin_log"));
    }

    static void require(bool ok)
    {
        if (!ok) {
            throw std::runtime_error("the history could not be written");
        }
    }

    QList<qint64> ids(const QString& table)
    {
        QList<qint64> all;
        QSqlQuery query(f.db.database().connection());
        query.exec(QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(table));
        while (query.next()) {
            all << query.value(0).toLongLong();
        }
        return all;
    }

    qint64 dossierId(int index)
    {
        return test::scalar(f.db.database(), QStringLiteral("SELECT id FROM dossier WHERE code = '%1'").arg(codes.at(index)))
            .toLongLong();
    }

    // What an attacker does first: the triggers that keep the histories append-only dropped, as the owner.
    void dropTriggers()
    {
        QSqlQuery query(f.db.database().connection());
        const bool server = f.db.database().dialect().engine() == storage::SqlEngine::PostgreSql;
        for (const auto& [table, trigger] :
             {std::pair{"dossier_event", "dossier_event_no_update"}, std::pair{"dossier_event", "dossier_event_no_delete"},
              std::pair{"admin_log", "admin_log_no_update"}, std::pair{"admin_log", "admin_log_no_delete"}}) {
            const QString name = QString::fromLatin1(trigger);
            const QString sql = server ? QStringLiteral("DROP TRIGGER %1 ON %2").arg(name, QString::fromLatin1(table))
                                       : QStringLiteral("DROP TRIGGER %1").arg(name);
            REQUIRE(query.exec(sql));
        }
    }

    void sql(const QString& statement)
    {
        QSqlQuery query(f.db.database().connection());
        INFO(statement.toStdString());
        REQUIRE(query.exec(statement));
    }

    // The check on one connection, and again with the dossiers checked on a second connection and thread (as verify
    // and the administrator's screen run it): the same findings in the same order, the same counts.
    QList<AuditFinding> verify()
    {
        QList<AuditFinding> found;
        storage::HistoryAudit audit(f.db.database().connection(), f.db.database().dialect());
        auto outcome = audit.run([&](const AuditFinding& finding) { found.append(finding); });
        REQUIRE(outcome);
        CHECK(outcome->findings == found.size());
        CHECK_FALSE(outcome->cancelled);

        auto another = f.db.database().another(f.db.clock());
        REQUIRE(another);
        audit.checkDossiersAlongside(another);
        QList<AuditFinding> alongside;
        QStringList parts;
        auto twoThreads = audit.run([&](const AuditFinding& finding) { alongside.append(finding); },
                                    [&](const QString& part, qint64, qint64) {
                                        if (parts.isEmpty() || parts.constLast() != part) {
                                            parts << part;
                                        }
                                    });
        REQUIRE(twoThreads);
        CHECK(described(alongside).toStdString() == described(found).toStdString());
        CHECK(twoThreads->findings == outcome->findings);
        CHECK(twoThreads->entries == outcome->entries);
        CHECK(twoThreads->dossiers == outcome->dossiers);
        CHECK(parts == QStringList{QStringLiteral("dossier_event"), QStringLiteral("admin_log"),
                                   QStringLiteral("dossier")});
        return found;
    }
};

bool names(const QList<AuditFinding>& found, const QString& table, qint64 id, const QString& check)
{
    for (const AuditFinding& finding : found) {
        if (finding.table == table && finding.id == id && finding.check == check) {
            return true;
        }
    }
    return false;
}


} // namespace

TEST_CASE("History chain: the canonical content and its SHA-256 link are those docs/history-chain.md gives",
          "[storage][history-chain]")
{
    const QByteArray event = HistoryChain::eventContent(1, QStringLiteral("2026-11-23T08:00:00+07:00"), 2,
                                                        QStringLiteral("receive"), QStringLiteral("{}"));
    CHECK(event == QByteArray("\x01" "13:dossier_event\x01" "1:1\x01" "25:2026-11-23T08:00:00+07:00\x01" "1:2\x01"
                              "7:receive\x01" "2:{}"));
    const QByteArray line = HistoryChain::adminLogContent(QStringLiteral("2026-11-23T08:00:00+07:00"), 0,
                                                          QStringLiteral("backup.automatic"),
                                                          QStringLiteral("{\"file\":\"a\"}"));
    CHECK(line.contains(QByteArray("+07:00\x00\x01", 8))); // no user: NULL, not an empty text
    const HistoryChain::Linked linked = HistoryChain::linkAll(HistoryChain::genesis(), {event, line});
    REQUIRE(linked.hashes.size() == 2);
    CHECK(linked.hashes.at(0).toHex() == "b6701446c339340b9d031be10d45a1a54318d6caca95f5d4106303e6b195a020");
    CHECK(linked.hashes.at(1).toHex() == "844872458804f9798d369cacb481579cf1d8af2a27b4c185c5b7082bfe9a3259");
    CHECK(linked.head == linked.hashes.at(1));
    CHECK(HistoryChain::linkAll(linked.head, {}).head == linked.head);
    CHECK(HistoryChain::eventContent(1, QStringLiteral("x"), 0, QStringLiteral("a"), QStringLiteral("{}")) !=
          HistoryChain::eventContent(1, QStringLiteral("x"), 1, QStringLiteral("a"), QStringLiteral("{}")));
}

TEST_CASE("History chain: what the application writes verifies, and the heads follow every writer",
          "[storage][history-chain]")
{
    History h;
    CHECK(described(h.verify()).isEmpty());
    auto events = HistoryChain::read(h.f.db.database().connection(), HistoryTable::DossierEvent);
    REQUIRE(events);
    CHECK(events->entries == h.eventIds.size());
    CHECK(events->lastId == h.eventIds.constLast());
    CHECK(events->hash == test::scalar(h.f.db.database(), QStringLiteral("SELECT hash FROM dossier_event WHERE id = %1")
                                                              .arg(h.eventIds.constLast()))
                              .toByteArray());
    auto log = HistoryChain::read(h.f.db.database().connection(), HistoryTable::AdminLog);
    REQUIRE(log);
    CHECK(log->entries == h.logIds.size());
    CHECK(log->hash.size() == HistoryChain::kHashSize);
    // 32 bytes a row, not text.
    CHECK(test::scalar(h.f.db.database(), QStringLiteral("SELECT max(length(hash)) FROM dossier_event")).toInt() == 32);
}

TEST_CASE("History chain: verify names each change made behind the application's back", "[storage][history-chain]")
{
    History h;
    REQUIRE(h.eventIds.size() >= 8);
    h.dropTriggers();
    const qint64 middle = h.eventIds.at(3);
    const qint64 last = h.eventIds.constLast();

    SECTION("an edited event detail")
    {
        h.sql(QStringLiteral("UPDATE dossier_event SET details = '{\"reason\":\"x\"}' WHERE id = %1").arg(middle));
        const auto found = h.verify();
        INFO(described(found).toStdString());
        CHECK(names(found, QStringLiteral("dossier_event"), middle, QStringLiteral("edited")));
        CHECK(found.size() <= 2); // the chain resumes after it: one finding, perhaps the dossier's too
    }
    SECTION("an edited moment")
    {
        h.sql(QStringLiteral("UPDATE dossier_event SET at = '2026-11-20T08:00:00+07:00' WHERE id = %1").arg(middle));
        const auto found = h.verify();
        INFO(described(found).toStdString());
        CHECK(names(found, QStringLiteral("dossier_event"), middle, QStringLiteral("edited")));
    }
    SECTION("a deleted event in the middle")
    {
        h.sql(QStringLiteral("DELETE FROM dossier_event WHERE id = %1").arg(middle));
        const auto found = h.verify();
        INFO(described(found).toStdString());
        CHECK(names(found, QStringLiteral("dossier_event"), h.eventIds.at(4), QStringLiteral("deleted")));
    }
    SECTION("a deleted last event: the head no longer matches")
    {
        h.sql(QStringLiteral("DELETE FROM dossier_event WHERE id = %1").arg(last));
        const auto found = h.verify();
        INFO(described(found).toStdString());
        CHECK(names(found, QStringLiteral("dossier_event"), last, QStringLiteral("deleted")));
    }
    const auto insertLate = [&](const QString& hash) {
        h.sql(QStringLiteral("INSERT INTO dossier_event (dossier_id, at, actor_id, action, details, hash) VALUES "
                             "(%1, '2026-11-23T07:00:00+07:00', NULL, 'extend', '{}', %2)")
                  .arg(h.dossierId(2))
                  .arg(hash));
        const qint64 inserted = h.ids(QStringLiteral("dossier_event")).constLast();
        const auto found = h.verify();
        INFO(described(found).toStdString());
        CHECK(names(found, QStringLiteral("dossier_event"), inserted, QStringLiteral("inserted")));
    };
    SECTION("an event inserted out of order, without a hash")
    {
        insertLate(QStringLiteral("NULL"));
    }
    SECTION("an event inserted out of order, with another row's hash")
    {
        insertLate(QStringLiteral("(SELECT hash FROM dossier_event WHERE id = %1)").arg(middle));
    }
    SECTION("an event inserted in the middle of the chain")
    {
        // A gap made for it (the row moved up, its hash kept), then the forged row put into the gap.
        h.sql(QStringLiteral("UPDATE dossier_event SET id = %1 WHERE id = %2").arg(last + 10).arg(last));
        h.sql(QStringLiteral("UPDATE history_head SET last_id = %1 WHERE chain = 'dossier_event'").arg(last + 10));
        h.sql(QStringLiteral("INSERT INTO dossier_event (id, dossier_id, at, actor_id, action, details, hash) SELECT "
                             "%1, dossier_id, at, actor_id, 'stop', details, hash FROM dossier_event WHERE id = %2")
                  .arg(last + 1)
                  .arg(h.eventIds.at(h.eventIds.size() - 2)));
        const auto found = h.verify();
        INFO(described(found).toStdString());
        CHECK(names(found, QStringLiteral("dossier_event"), last + 1, QStringLiteral("inserted")));
    }
    SECTION("an edited line of the administration log")
    {
        h.sql(QStringLiteral("UPDATE admin_log SET action = 'setting.read' WHERE id = %1").arg(h.logIds.at(0)));
        const auto found = h.verify();
        INFO(described(found).toStdString());
        CHECK(names(found, QStringLiteral("admin_log"), h.logIds.at(0), QStringLiteral("edited")));
        CHECK(found.size() == 1);
    }
    SECTION("a dossier whose status was changed with UPDATE")
    {
        h.sql(QStringLiteral("UPDATE dossier SET status = 10 WHERE id = %1").arg(h.dossierId(3)));
        const auto found = h.verify();
        INFO(described(found).toStdString());
        CHECK(names(found, QStringLiteral("dossier"), h.dossierId(3), QStringLiteral("status")));
        CHECK(found.constFirst().dossierCode == h.codes.at(3));
    }
    SECTION("a due moment changed")
    {
        h.sql(QStringLiteral("UPDATE dossier SET due_at = '2027-06-30T17:00:00+07:00' WHERE id = %1").arg(h.dossierId(2)));
        const auto found = h.verify();
        INFO(described(found).toStdString());
        CHECK(names(found, QStringLiteral("dossier"), h.dossierId(2), QStringLiteral("due")));
        CHECK(found.size() == 1);
    }
    SECTION("an assignee, a step and a pause changed")
    {
        h.sql(QStringLiteral("UPDATE dossier SET assignee_id = %1 WHERE id = %2")
                  .arg(h.f.users.value(QStringLiteral("cv2.bcxb")).id)
                  .arg(h.dossierId(0)));
        h.sql(QStringLiteral("UPDATE dossier SET current_step = 3 WHERE id = %1").arg(h.dossierId(1)));
        h.sql(QStringLiteral("UPDATE dossier SET paused = 1 WHERE id = %1").arg(h.dossierId(2)));
        const auto found = h.verify();
        INFO(described(found).toStdString());
        CHECK(names(found, QStringLiteral("dossier"), h.dossierId(0), QStringLiteral("assignee")));
        CHECK(names(found, QStringLiteral("dossier"), h.dossierId(1), QStringLiteral("step")));
        CHECK(names(found, QStringLiteral("dossier"), h.dossierId(2), QStringLiteral("paused")));
    }
}

TEST_CASE("History chain: a cancelled check stops between batches and says so", "[storage][history-chain]")
{
    History h;
    const storage::HistoryAudit audit(h.f.db.database().connection(), h.f.db.database().dialect());
    QStringList parts;
    auto outcome = audit.run([](const AuditFinding&) {},
                             [&](const QString& part, qint64, qint64) { parts << part; }, [] { return true; });
    REQUIRE(outcome);
    CHECK(outcome->cancelled);
    CHECK(outcome->entries == 0);
    CHECK(parts.isEmpty());
    auto whole = audit.run([](const AuditFinding&) {}, [&](const QString& part, qint64, qint64) { parts << part; });
    REQUIRE(whole);
    CHECK(parts == QStringList{QStringLiteral("dossier_event"), QStringLiteral("admin_log"), QStringLiteral("dossier")});
    CHECK(whole->entries == h.eventIds.size() + h.logIds.size());
    CHECK(whole->dossiers == 4);
}

TEST_CASE("History chain: a backup records the heads, and a history rewritten since with new hashes is caught",
          "[storage][history-chain][backup]")
{
    History h;
    QTemporaryDir folder;
    const bool server = h.f.db.database().dialect().engine() == storage::SqlEngine::PostgreSql;
    const QString file = folder.filePath(server ? QStringLiteral("copy.dump") : QStringLiteral("copy.sqlite"));
    auto taken = storage::Backup::create(h.f.db.database(), file, h.f.db.clock());
    REQUIRE(taken);
    auto verified = storage::Backup::verify(file);
    REQUIRE(verified);
    REQUIRE(verified->historyHeads.size() == 2);
    const storage::HistoryHead recorded = verified->historyHeads.value(QStringLiteral("dossier_event"));
    CHECK(recorded.lastId == h.eventIds.constLast());
    CHECK(recorded.entries == h.eventIds.size());
    CHECK(recorded.hash == HistoryChain::read(h.f.db.database().connection(), HistoryTable::DossierEvent)->hash);

    const storage::HistoryAudit audit(h.f.db.database().connection(), h.f.db.database().dialect());
    QList<AuditFinding> found;
    const auto collect = [&](const AuditFinding& finding) { found.append(finding); };
    CHECK(audit.checkBackup(*verified, collect).value() == 0);
    // More work after the backup keeps it true.
    h.f.receive();
    CHECK(audit.checkBackup(*verified, collect).value() == 0);

    // An attacker who knows the chain edits the first event and computes every hash and the head again: the chain
    // verifies on its own, the backup's head does not.
    h.dropTriggers();
    h.sql(QStringLiteral("UPDATE dossier_event SET details = '{}' WHERE id = %1").arg(h.eventIds.at(0)));
    QByteArray link = HistoryChain::genesis();
    qint64 lastId = 0;
    qint64 entries = 0;
    {
        QSqlQuery rows(h.f.db.database().connection());
        REQUIRE(rows.exec(QStringLiteral("SELECT id, dossier_id, at, actor_id, action, details FROM dossier_event ORDER BY id")));
        QList<std::pair<qint64, QByteArray>> rehashed;
        while (rows.next()) {
            link = HistoryChain::link(link, HistoryChain::eventContent(rows.value(1).toLongLong(), rows.value(2).toString(),
                                                                       rows.value(3).toLongLong(), rows.value(4).toString(),
                                                                       rows.value(5).toString()));
            lastId = rows.value(0).toLongLong();
            rehashed.append({lastId, link});
            ++entries;
        }
        QSqlQuery update(h.f.db.database().connection());
        for (const auto& [id, hash] : rehashed) {
            REQUIRE(storage::exec(update, QStringLiteral("UPDATE dossier_event SET hash = ? WHERE id = ?"), {hash, id}).ok());
        }
        REQUIRE(storage::exec(update, QStringLiteral("UPDATE history_head SET hash = ?, last_id = ?, entries = ? WHERE chain = 'dossier_event'"),
                              {link, lastId, entries})
                    .ok());
    }
    const auto chainFindings = h.verify();
    INFO(described(chainFindings).toStdString());
    for (const AuditFinding& finding : chainFindings) {
        CHECK(finding.table == QStringLiteral("dossier")); // the chain itself holds: nothing in it to see
    }
    CHECK(audit.checkBackup(*verified, collect).value() == 1);
    REQUIRE(found.size() == 1);
    CHECK(found.constFirst().table == QStringLiteral("dossier_event"));
    CHECK(found.constFirst().id == recorded.lastId);
    CHECK(found.constFirst().check == QStringLiteral("backup"));
}

TEST_CASE("History chain: migration 010 hashes the rows already there, in id order", "[storage][history-chain][migrations]")
{
    // An empty database of its own (the test server's fresh ones are migrated already), written to at schema 9.
    const bool server = test::testBackend() == storage::SqlEngine::PostgreSql;
    QTemporaryDir folder;
    QString location = folder.filePath(QStringLiteral("v9.sqlite"));
    const QString name = QStringLiteral("history_chain_v9");
    if (server) {
        test::PostgresServer::instance().admin(QStringLiteral("CREATE DATABASE %1").arg(name));
        location = test::PostgresServer::instance().url(name);
    }
    test::MockClock clock;
    {
        auto old = storage::Database::openAtVersion(location, clock, HistoryChain::kSchemaVersion - 1);
        REQUIRE(old);
        REQUIRE((*old)->schemaVersion() == HistoryChain::kSchemaVersion - 1);
        storage::AdminLog log(**old, clock);
        for (int i = 0; i < 3; ++i) {
            REQUIRE((*old)->transaction([&] { return log.append(0, QStringLiteral("backup.automatic"), {}); }).ok());
            clock.advanceMinutes(5);
        }
    }
    auto migrated = storage::Database::open(location, clock);
    REQUIRE(migrated);
    auto head = HistoryChain::read((*migrated)->connection(), HistoryTable::AdminLog);
    REQUIRE(head);
    CHECK(head->entries == 3);
    QList<AuditFinding> found;
    auto outcome = storage::HistoryAudit((*migrated)->connection(), (*migrated)->dialect())
                       .run([&](const AuditFinding& finding) { found.append(finding); });
    REQUIRE(outcome);
    INFO(described(found).toStdString());
    CHECK(found.isEmpty());
    CHECK(outcome->entries == 3);
    // Append-only again after the migration.
    QSqlQuery query((*migrated)->connection());
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE admin_log SET details = '{}'")));
    // And the next line continues the chain.
    storage::AdminLog log(**migrated, clock);
    REQUIRE((*migrated)->transaction([&] { return log.append(0, QStringLiteral("backup.automatic"), {}); }).ok());
    found.clear();
    REQUIRE(storage::HistoryAudit((*migrated)->connection(), (*migrated)->dialect())
                .run([&](const AuditFinding& finding) { found.append(finding); }));
    CHECK(found.isEmpty());
}
