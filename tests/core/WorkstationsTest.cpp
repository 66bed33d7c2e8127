// Several workstations on one database, each with its own connection: what the office's shared server must
// guarantee (and the embedded file as well, where several programs open it).
#include "core/storage/DossierRepository.h"
#include "core/storage/SqlQuery.h"
#include "core/workflow/HandoverService.h"
#include "core/workflow/IntakeService.h"
#include "tests/support/CatchQt.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/Scalar.h"
#include "tests/support/WaitFor.h"
#include "tests/support/WorkflowFixture.h"

#include <catch2/catch.hpp>

#include <QSet>
#include <QSqlQuery>

#include <atomic>
#include <chrono>
#include <thread>

using namespace motcua;
using test::scalar;
using namespace motcua::dossier;
using namespace motcua::workflow;
using test::count;

namespace {

// What one workstation did, collected in its thread and checked in the test's (Catch is not thread-safe).
struct Workstation {
    QStringList codes;
    QList<int> registerEntries;
    QStringList errors;
};

// A workstation of its own: its connection opened in its thread, `intakes` receipts by the clerk.
void receiveMany(const QString& location, test::WorkflowFixture& f, int intakes, Workstation& out)
{
    const test::MockClock clock(f.db.clock().now());
    auto database = storage::Database::open(location, clock);
    if (!database) {
        out.errors << database.error().message;
        return;
    }
    auto context = WorkflowContext::forDatabase(**database, clock, *f.calendar, f.users.value(QStringLiteral("clerk")));
    for (int i = 0; i < intakes; ++i) {
        auto received = IntakeService(context).receive(test::WorkflowFixture::bulletinRequest());
        if (received) {
            out.codes << received->code;
            out.registerEntries << received->registerEntry;
        } else {
            out.errors << received.error().message;
        }
    }
}

QSet<int> oneTo(int last)
{
    QSet<int> numbers;
    for (int i = 1; i <= last; ++i) {
        numbers.insert(i);
    }
    return numbers;
}

} // namespace

TEST_CASE("Workstations: two receiving at once get distinct codes and register entries, numbered without gaps",
          "[workstations][concurrency]")
{
    test::WorkflowFixture f;
    const int intakes = 50;
    Workstation first;
    Workstation second;
    {
        std::thread a(receiveMany, f.db.path(), std::ref(f), intakes, std::ref(first));
        std::thread b(receiveMany, f.db.path(), std::ref(f), intakes, std::ref(second));
        a.join();
        b.join();
    }
    CHECK(first.errors.join(QLatin1Char('\n')).toStdString().empty());
    CHECK(second.errors.join(QLatin1Char('\n')).toStdString().empty());
    const QStringList codes = first.codes + second.codes;
    REQUIRE(codes.size() == 2 * intakes);
    QSet<int> dayNumbers;
    for (const QString& code : codes) {
        dayNumbers.insert(code.section(QLatin1Char('-'), -1).toInt());
    }
    CHECK(dayNumbers == oneTo(2 * intakes)); // one day: 1…100, each once
    const QList<int> entries = first.registerEntries + second.registerEntries;
    CHECK(QSet<int>(entries.cbegin(), entries.cend()) == oneTo(2 * intakes));
    CHECK(count(f, QStringLiteral("dossier")) == 2 * intakes);
}

TEST_CASE("Workstations: a change saved on one connection makes the other's copy stale", "[workstations][concurrency]")
{
    test::WorkflowFixture f;
    const Dossier received = f.receive();
    auto other = f.db.openAgain();
    storage::DossierRepository here(f.db.database());
    storage::DossierRepository there(*other);
    Dossier mine = *here.byCode(received.code);
    Dossier theirs = *there.byCode(received.code);
    mine.resultNote = QStringLiteral("đã kiểm tra");
    REQUIRE(f.db.database().transaction([&] { return here.save(mine); }).ok());
    theirs.resultNote = QStringLiteral("ghi đè");
    const Status stale = other->transaction([&] { return there.save(theirs); });
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::Conflict);
    CHECK(stale.error().message.contains(received.code));
    CHECK(stale.error().message.contains(QStringLiteral("người khác")));
    const Dossier stored = *there.byCode(received.code);
    CHECK(stored.resultNote == QStringLiteral("đã kiểm tra"));
    CHECK(stored.version == 2);
}

TEST_CASE("Workstations: two handing over the same dossier at once: one succeeds, the other is refused",
          "[workstations][concurrency]")
{
    test::WorkflowFixture f;
    const Dossier received = f.receive();
    QStringList outcomes(2);
    const auto handOver = [&](int workstation) {
        const test::MockClock clock(f.db.clock().now());
        auto database = storage::Database::open(f.db.path(), clock);
        if (!database) {
            outcomes[workstation] = database.error().message;
            return;
        }
        auto context =
            WorkflowContext::forDatabase(**database, clock, *f.calendar, f.users.value(QStringLiteral("clerk")));
        const auto done = HandoverService(context).handover(received.code, {}, {}, received.version);
        outcomes[workstation] = done ? QStringLiteral("ok") : QString::number(static_cast<int>(done.error().code));
    };
    {
        std::thread a(handOver, 0);
        std::thread b(handOver, 1);
        a.join();
        b.join();
    }
    const QString conflict = QString::number(static_cast<int>(ErrorCode::Conflict));
    CHECK(outcomes.count(QStringLiteral("ok")) == 1);
    CHECK(outcomes.count(conflict) == 1);
    const Dossier stored = test::load(f, received.code);
    CHECK(stored.version == received.version + 1);
    CHECK(stored.currentStep == 2);
}

TEST_CASE("Workstations: a refused statement is not taken for a lost connection", "[workstations]")
{
    test::TempDatabase temp;
    storage::Database& db = temp.database();
    const QVariant before = scalar(db, QStringLiteral("SELECT count(*) FROM schema_migration"));
    QSqlQuery query(db.connection());
    // A value missing for a placeholder (refused by Qt's SQLite driver, by the server on PostgreSQL).
    const Status refused = storage::exec(query, QStringLiteral("SELECT count(*) FROM setting WHERE key = ?"));
    REQUIRE_FALSE(refused.ok());
    CHECK_FALSE(refused.error().message.contains(QStringLiteral("Mất kết nối")));
    CHECK_FALSE(storage::connectionLost(db.connection()));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM schema_migration")) == before);
}

// PostgreSQL only: a server connection that dies (the file has no connection to lose).
TEST_CASE("Workstations: a connection lost in the middle of an action writes nothing and the next action reconnects",
          "[workstations][postgresql-only]")
{
    test::WorkflowFixture f;
    storage::Database& db = f.db.database();
    auto other = f.db.openAgain();
    const qint64 before = count(f, QStringLiteral("dossier_event"));
    const QVariant backend = scalar(db, QStringLiteral("SELECT pg_backend_pid()"));
    const Status lost = db.transaction([&]() -> Status {
        QSqlQuery query(db.connection());
        if (Status written = storage::exec(query, QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?)"),
                                           {QStringLiteral("half"), QStringLiteral("written")});
            !written) {
            return written;
        }
        QSqlQuery killer(other->connection());
        REQUIRE(storage::exec(killer, QStringLiteral("SELECT pg_terminate_backend(?)"), {backend}).ok());
        return storage::exec(query, QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?)"),
                             {QStringLiteral("second"), QStringLiteral("half")});
    });
    REQUIRE_FALSE(lost.ok());
    CHECK(lost.error().code == ErrorCode::Storage);
    CHECK(lost.error().message.contains(QStringLiteral("Mất kết nối")));
    CHECK(scalar(*other, QStringLiteral("SELECT count(*) FROM setting WHERE key IN ('half', 'second')")).toInt() == 0);

    // The next action connects again by itself and works.
    const Dossier received = f.receive();
    CHECK(scalar(db, QStringLiteral("SELECT pg_backend_pid()")) != backend);
    CHECK(scalar(*other, QStringLiteral("SELECT count(*) FROM dossier WHERE code = '%1'").arg(received.code)).toInt() ==
          1);
    CHECK(count(f, QStringLiteral("dossier_event")) > before);
}

// PostgreSQL only: a server connection that dies (the file has no connection to lose).
TEST_CASE("Workstations: after a lost connection a read is run once more, a write never",
          "[workstations][postgresql-only]")
{
    test::WorkflowFixture f;
    storage::Database& db = f.db.database();
    auto other = f.db.openAgain();
    const auto kill = [&] {
        QSqlQuery killer(other->connection());
        REQUIRE(storage::exec(killer, QStringLiteral("SELECT pg_terminate_backend(?)"),
                              {scalar(db, QStringLiteral("SELECT pg_backend_pid()"))})
                    .ok());
    };
    kill();
    QSqlQuery read(db.connection());
    REQUIRE(storage::exec(read, QStringLiteral("SELECT count(*) FROM user_account")).ok());
    REQUIRE(read.next());
    CHECK(read.value(0).toInt() == f.users.size());

    kill();
    QSqlQuery write(db.connection());
    const Status written = storage::exec(write, QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?)"),
                                         {QStringLiteral("once"), QStringLiteral("only")});
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().message.contains(QStringLiteral("Mất kết nối")));
    CHECK(scalar(*other, QStringLiteral("SELECT count(*) FROM setting WHERE key = 'once'")).toInt() == 0);
    // The next action connects again.
    QSqlQuery again(db.connection());
    REQUIRE(storage::exec(again, QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?)"),
                          {QStringLiteral("once"), QStringLiteral("only")})
                .ok());
}

// PostgreSQL only: the office's server stopped and started again (the file has no server to lose).
TEST_CASE("Workstations: the server stopped during a run of receipts and started again loses no acknowledged receipt",
          "[workstations][postgresql-only]")
{
    test::WorkflowFixture f;
    test::PostgresServer& server = test::PostgresServer::instance();
    const QString location = f.db.path();
    std::atomic<int> acknowledged{0};
    std::atomic<bool> finish{false};
    Workstation counter;
    std::thread clerk([&] {
        const test::MockClock clock(f.db.clock().now());
        auto database = storage::Database::open(location, clock);
        if (!database) {
            counter.errors << database.error().message;
            return;
        }
        auto context =
            WorkflowContext::forDatabase(**database, clock, *f.calendar, f.users.value(QStringLiteral("clerk")));
        while (!finish) {
            auto received = IntakeService(context).receive(test::WorkflowFixture::bulletinRequest());
            if (received) {
                counter.codes << received->code;
                ++acknowledged;
            } else {
                counter.errors << received.error().message;
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
        }
        // Back at work: a read after the server's return.
        auto listed = storage::DossierRepository(**database).byCode(counter.codes.constLast());
        if (!listed) {
            counter.errors << QStringLiteral("read after the return: ") + listed.error().message;
        }
    });
    const auto waitForReceipts = [&](int total) {
        return test::waitFor([&] { return acknowledged >= total; }, 60'000);
    };
    const bool before = waitForReceipts(10);
    f.db.close(); // the fixture's own connection is not what is tested
    server.stop();
    const int atStop = acknowledged;
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    const int whileStopped = acknowledged;
    server.startAgain();
    const bool after = waitForReceipts(whileStopped + 10);
    finish = true;
    clerk.join();
    REQUIRE(before);
    REQUIRE(after);
    CHECK(whileStopped <= atStop + 1); // at most the one committed as the server went
    // The receipts refused while the server was gone said why, in Vietnamese, and nothing else went wrong.
    REQUIRE_FALSE(counter.errors.isEmpty());
    for (const QString& error : counter.errors) {
        INFO(error.toStdString());
        CHECK((error.contains(QStringLiteral("Mất kết nối")) || error.contains(QStringLiteral("Không mở được"))));
    }
    f.db.reopen();
    QSet<QString> stored;
    QSqlQuery query(f.db.database().connection());
    REQUIRE(query.exec(QStringLiteral("SELECT code FROM dossier")));
    while (query.next()) {
        stored.insert(query.value(0).toString());
    }
    const QSet<QString> acked(counter.codes.cbegin(), counter.codes.cend());
    CHECK(acked.size() == counter.codes.size());
    CHECK(QSet<QString>(acked).subtract(stored).isEmpty());
    // Whole dossiers only; at most one committed as the server went, whose answer was lost with the connection.
    CHECK(stored.size() - acked.size() <= 1);
    CHECK(scalar(f.db.database(), QStringLiteral("SELECT count(*) FROM dossier d WHERE NOT EXISTS (SELECT 1 FROM "
                                                 "dossier_event e WHERE e.dossier_id = d.id)"))
              .toInt() == 0);
}
