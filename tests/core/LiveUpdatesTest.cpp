#include "core/storage/DossierChanges.h"
#include "core/storage/SqlQuery.h"
#include "core/workflow/HandoverService.h"
#include "tests/support/CatchQt.h"
#include "tests/support/Scalar.h"
#include "tests/support/WaitFor.h"
#include "tests/support/WorkflowFixture.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::dossier;
using namespace motcua::workflow;

// PostgreSQL only: NOTIFY is the server's; on the file there is no other connection to tell.
TEST_CASE("Live updates: a dossier received or changed on one connection is announced on the other",
          "[workstations][live][postgresql-only]")
{
    test::WorkflowFixture f;
    auto other = f.db.openAgain();
    storage::DossierChanges changes(*other);
    REQUIRE(changes.isListening());
    QList<qint64> announced;
    QObject context;
    QObject::connect(&changes, &storage::DossierChanges::dossierChanged, &context,
                     [&announced](qint64 id) { announced << id; });

    const Dossier received = f.receive();
    REQUIRE(test::waitFor([&] { return announced.contains(received.id); }, 2000));

    announced.clear();
    auto clerk = f.as(QStringLiteral("clerk"));
    REQUIRE(HandoverService(clerk).handover(received.code, {}, {}, received.version).ok());
    REQUIRE(test::waitFor([&] { return announced.contains(received.id); }, 2000));

    // A refused change writes nothing and announces nothing; the listener's own changes are not announced to it.
    announced.clear();
    REQUIRE_FALSE(HandoverService(clerk).handover(received.code, {}, {}, received.version).ok());
    auto otherClerk =
        WorkflowContext::forDatabase(*other, f.db.clock(), *f.calendar, f.users.value(QStringLiteral("clerk")));
    const Dossier mine = *IntakeService(otherClerk).receive(test::WorkflowFixture::bulletinRequest());
    const Dossier third = f.receive();
    REQUIRE(test::waitFor([&] { return announced.contains(third.id); }, 2000));
    CHECK(announced == QList<qint64>{third.id});
    CHECK_FALSE(announced.contains(mine.id));
}

// PostgreSQL only: as above, after the listening connection was lost and opened again.
TEST_CASE("Live updates: a listening connection opened again after a loss listens again",
          "[workstations][live][postgresql-only]")
{
    test::WorkflowFixture f;
    auto other = f.db.openAgain();
    storage::DossierChanges changes(*other);
    QList<qint64> announced;
    QObject context;
    QObject::connect(&changes, &storage::DossierChanges::dossierChanged, &context,
                     [&announced](qint64 id) { announced << id; });
    const QVariant backend = test::scalar(*other, QStringLiteral("SELECT pg_backend_pid()"));
    QSqlQuery killer(f.db.database().connection());
    REQUIRE(storage::exec(killer, QStringLiteral("SELECT pg_terminate_backend(?)"), {backend}).ok());
    QSqlQuery probe(other->connection());
    // Found gone, opened again and the read run once more there.
    REQUIRE(storage::exec(probe, QStringLiteral("SELECT 1")).ok());
    CHECK(test::scalar(*other, QStringLiteral("SELECT pg_backend_pid()")) != backend);

    const Dossier received = f.receive();
    REQUIRE(test::waitFor([&] { return announced.contains(received.id); }, 2000));
}

TEST_CASE("Live updates: the embedded file has nothing to listen to", "[workstations][live][sqlite-only]")
{
    // SQLite only: the file's connections are in one program or another, never told by the database.
    test::TempDatabase temp;
    storage::DossierChanges changes(temp.database());
    CHECK_FALSE(changes.isListening());
}

// PostgreSQL only: as above, with two listeners on one connection (a window rebuilt before the old one goes).
TEST_CASE("Live updates: a listener that goes leaves the others of its connection listening",
          "[workstations][live][postgresql-only]")
{
    test::WorkflowFixture f;
    auto other = f.db.openAgain();
    storage::DossierChanges kept(*other);
    QList<qint64> announced;
    QObject context;
    QObject::connect(&kept, &storage::DossierChanges::dossierChanged, &context,
                     [&announced](qint64 id) { announced << id; });
    {
        storage::DossierChanges gone(*other);
        REQUIRE(gone.isListening());
    }
    const Dossier received = f.receive();
    REQUIRE(test::waitFor([&] { return announced.contains(received.id); }, 2000));
}
