// PostgreSQL only: roles and rights exist on a server, not in a database file. The office's server as
// docs/postgresql.md sets it up: an owner who migrates, an application role that works on the rows only.
#include "core/calendar/CalendarService.h"
#include "core/catalogue/CatalogueJson.h"
#include "core/identity/PasswordHasher.h"
#include "core/storage/CatalogueRepository.h"
#include "core/storage/ServerRoles.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/UserRepository.h"
#include "core/workflow/IntakeService.h"
#include "tests/support/MockClock.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/Scalar.h"
#include "tests/support/WorkflowFixture.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace motcua;
using test::scalar;

namespace {

// A database owned by a role of its own, and an application role, both new on the test server.
struct OfficeServer {
    explicit OfficeServer(const QString& name)
        : database(QStringLiteral("office_%1").arg(name))
        , owner(QStringLiteral("owner_%1").arg(name))
        , app(QStringLiteral("app_%1").arg(name))
    {
        test::PostgresServer& server = test::PostgresServer::instance();
        server.admin(QStringLiteral("CREATE ROLE %1 LOGIN").arg(owner));
        server.admin(QStringLiteral("CREATE ROLE %1 LOGIN").arg(app));
        server.admin(QStringLiteral("CREATE DATABASE %1 OWNER %2 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE "
                                    "'C.UTF-8' TEMPLATE template0")
                         .arg(database, owner));
        // What the administrator does once (docs/postgresql.md): nobody but the owner creates in the schema.
        server.adminOn(database, QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(database));
        server.adminOn(database, QStringLiteral("REVOKE CREATE ON SCHEMA public FROM PUBLIC"));
    }
    ~OfficeServer()
    {
        test::PostgresServer& server = test::PostgresServer::instance();
        server.dropDatabase(database);
        server.admin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(app));
        server.admin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(owner));
    }
    QString url(const QString& role) const { return test::PostgresServer::instance().url(database, role); }

    test::MockClock clock;
    QString database;
    QString owner;
    QString app;
};

// The server's answer to a statement the application's role sends.
QString refusal(storage::Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    if (query.exec(sql)) {
        return QStringLiteral("accepted");
    }
    return query.lastError().nativeErrorCode();
}

} // namespace

TEST_CASE("Least privilege: the application's role receives dossiers but cannot rewrite history nor the schema",
          "[least-privilege][postgresql-only]")
{
    OfficeServer office(QStringLiteral("rights"));
    {
        auto owner = storage::Database::open(office.url(office.owner), office.clock);
        REQUIRE(owner);
        REQUIRE(storage::ServerRoles::grantApplication(**owner, office.app));
        const Status self = storage::ServerRoles::grantApplication(**owner, office.owner);
        REQUIRE_FALSE(self);
        CHECK(self.error().field == QStringLiteral("ROLE"));
        CHECK(storage::ServerRoles::grantApplication(**owner, QStringLiteral("nobody")).error().field ==
              QStringLiteral("ROLE"));
    }
    // The schema is current: opening as the application's role runs no DDL.
    auto app = storage::Database::open(office.url(office.app), office.clock);
    REQUIRE(app);
    storage::Database& db = **app;
    CHECK(db.schemaVersion() == storage::Database::latestSchemaVersion());
    CHECK(scalar(db, QStringLiteral("SELECT current_user")).toString() == office.app);

    // The first start's data and a receipt, as the application does them.
    calendar::CalendarService calendarService(db, office.clock);
    REQUIRE(calendarService.installShippedData());
    storage::CatalogueRepository catalogue(db);
    REQUIRE(catalogue.import(catalogue::CatalogueJson::shipped()));
    identity::User clerk;
    clerk.login = QStringLiteral("clerk");
    clerk.fullName = QStringLiteral("Lê Thị Lan");
    const auto departments = catalogue.departments();
    REQUIRE(departments);
    for (const auto& department : *departments) {
        if (department.code == QLatin1String("VP")) {
            clerk.departmentId = department.id;
        }
    }
    clerk.roles = {identity::Role::Clerk};
    auto added = storage::UserRepository(db).add(clerk, identity::PasswordHasher::hash(QStringLiteral("password-1")),
                                                 office.clock.now());
    REQUIRE(added);
    const auto calendar = calendarService.workCalendar();
    REQUIRE(calendar);
    auto context = workflow::WorkflowContext::forDatabase(db, office.clock, **calendar, *added);
    auto received = workflow::IntakeService(context).receive(test::WorkflowFixture::bulletinRequest());
    REQUIRE(received);
    const QString events = QStringLiteral("SELECT count(*) FROM dossier_event WHERE dossier_id = %1").arg(received->id);
    const int before = scalar(db, events).toInt();
    CHECK(before >= 1);

    // Refused by the server itself (SQLSTATE 42501, insufficient privilege), before any trigger.
    const QString denied = QStringLiteral("42501");
    CHECK(refusal(db, QStringLiteral("UPDATE dossier_event SET details = '{}'")) == denied);
    CHECK(refusal(db, QStringLiteral("DELETE FROM dossier_event")) == denied);
    CHECK(refusal(db, QStringLiteral("TRUNCATE dossier_event")) == denied);
    CHECK(refusal(db, QStringLiteral("DELETE FROM admin_log")) == denied);
    CHECK(refusal(db, QStringLiteral("UPDATE sign_in_log SET at = at")) == denied);
    CHECK(refusal(db, QStringLiteral("ALTER TABLE dossier ADD COLUMN secret TEXT")) == denied);
    CHECK(refusal(db, QStringLiteral("DROP TABLE setting")) == denied);
    CHECK(refusal(db, QStringLiteral("CREATE TABLE mine (id INTEGER)")) == denied);
    CHECK(refusal(db, QStringLiteral("DELETE FROM schema_migration")) == denied);
    CHECK(scalar(db, events).toInt() == before);
    // What the application does to the other tables stays allowed.
    CHECK(refusal(db, QStringLiteral("UPDATE setting SET value = value")) == QStringLiteral("accepted"));
}

TEST_CASE("Least privilege: a schema behind the program is migrated by the owner, the application's role is told so",
          "[least-privilege][postgresql-only]")
{
    OfficeServer office(QStringLiteral("behind"));
    const int latest = storage::Database::latestSchemaVersion();
    {
        auto owner = storage::Database::openAtVersion(office.url(office.owner), office.clock, latest - 1);
        REQUIRE(owner);
        REQUIRE(storage::ServerRoles::grantApplication(**owner, office.app));
    }
    auto refused = storage::Database::open(office.url(office.app), office.clock);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("motcua-cli migrate")));
    CHECK(refused.error().message.contains(QString::number(latest)));
    {
        auto owner = storage::Database::open(office.url(office.owner), office.clock);
        REQUIRE(owner);
        CHECK((*owner)->schemaVersion() == latest);
    }
    auto app = storage::Database::open(office.url(office.app), office.clock);
    REQUIRE(app);
    // The tables the last migration made are the application's to use through the owner's default privileges;
    // their rights are set once more as after every upgrade (motcua-cli grant), for a new history table.
    CHECK(scalar(**app, QStringLiteral("SELECT count(*) FROM sign_in_log")).toInt() == 0);
    CHECK(refusal(**app, QStringLiteral("INSERT INTO setting (key, value) VALUES ('k', 'v')")) ==
          QStringLiteral("accepted"));
    {
        auto owner = storage::Database::open(office.url(office.owner), office.clock);
        REQUIRE(owner);
        REQUIRE(storage::ServerRoles::grantApplication(**owner, office.app));
    }
    CHECK(refusal(**app, QStringLiteral("DELETE FROM sign_in_log")) == QStringLiteral("42501"));
}

TEST_CASE("Least privilege: migrate gives the application's role its rights on the tables a migration added",
          "[least-privilege][postgresql-only]")
{
    OfficeServer office(QStringLiteral("regrant"));
    {
        // Granted at schema 8, before the administration log and the sign-in log existed.
        auto owner = storage::Database::openAtVersion(office.url(office.owner), office.clock, 8);
        REQUIRE(owner);
        REQUIRE(storage::ServerRoles::grantApplication(**owner, office.app));
        CHECK(*storage::ServerRoles::applicationRoles(**owner) == QStringList{office.app});
    }
    auto owner = storage::Database::open(office.url(office.owner), office.clock);
    REQUIRE(owner);
    REQUIRE((*owner)->schemaVersion() == storage::Database::latestSchemaVersion());
    {
        // Without it, the new history tables took only the owner's default privileges: the role could delete.
        auto app = storage::Database::open(office.url(office.app), office.clock);
        REQUIRE(app);
        CHECK(refusal(**app, QStringLiteral("DELETE FROM sign_in_log")) == QStringLiteral("accepted"));
    }
    // What `motcua-cli migrate` runs after the migrations.
    const auto regranted = storage::ServerRoles::regrantApplications(**owner);
    REQUIRE(regranted);
    CHECK(*regranted == QStringList{office.app});
    auto app = storage::Database::open(office.url(office.app), office.clock);
    REQUIRE(app);
    CHECK(refusal(**app, QStringLiteral("DELETE FROM sign_in_log")) == QStringLiteral("42501"));
    CHECK(refusal(**app, QStringLiteral("UPDATE admin_log SET at = at")) == QStringLiteral("42501"));
    CHECK(refusal(**app, QStringLiteral("TRUNCATE dossier_event")) == QStringLiteral("42501"));
    CHECK(refusal(**app, QStringLiteral("UPDATE setting SET value = value")) == QStringLiteral("accepted"));
}

TEST_CASE("Server database: an encoding or collation other than UTF8 and C.UTF-8 is refused at connection",
          "[least-privilege][postgresql-only]")
{
    test::PostgresServer& server = test::PostgresServer::instance();
    test::MockClock clock;
    const auto check = [&](const QString& name, const QString& options) {
        server.admin(QStringLiteral("CREATE DATABASE %1 %2 TEMPLATE template0").arg(name, options));
        auto opened = storage::Database::open(server.url(name), clock);
        QString message = opened ? QString() : opened.error().message;
        if (opened) {
            CHECK((*opened)->schemaVersion() == storage::Database::latestSchemaVersion());
        }
        server.dropDatabase(name);
        return message;
    };
    const QString latin = check(QStringLiteral("enc_latin"), QStringLiteral("ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C'"));
    CHECK(latin.contains(QStringLiteral("LATIN1")));
    CHECK(latin.contains(QStringLiteral("UTF8")));
    CHECK(latin.contains(QStringLiteral("docs/postgresql.md")));
    const QString bytewise = check(QStringLiteral("enc_c"), QStringLiteral("ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"));
    CHECK(bytewise.contains(QStringLiteral("C.UTF-8")));
    CHECK(check(QStringLiteral("enc_ok"), QStringLiteral("ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"))
              .isEmpty());
}
