#include "core/identity/Accounts.h"
#include "core/identity/PasswordHasher.h"
#include "tests/support/CatchQt.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace motcua;
using namespace motcua::identity;

TEST_CASE("Passwords: Argon2id hashes, never the password itself", "[accounts]")
{
    const QString hash = PasswordHasher::hash(QStringLiteral("mật-khẩu-1"));
    CHECK(hash.startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(hash.contains(QStringLiteral("mật-khẩu-1")));
    CHECK(PasswordHasher::verify(hash, QStringLiteral("mật-khẩu-1")));
    CHECK_FALSE(PasswordHasher::verify(hash, QStringLiteral("mật-khẩu-2")));
    CHECK(PasswordHasher::hash(QStringLiteral("mật-khẩu-1")) != hash); // salted
}

TEST_CASE("Accounts: first administrator, users, signing in", "[accounts]")
{
    test::TempDatabase temp;
    Accounts accounts(temp.database(), temp.clock());
    CHECK_FALSE(*accounts.hasAdmin());
    CHECK(accounts.createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Quản trị"), QStringLiteral("short"))
              .error()
              .field == QStringLiteral("password"));
    const auto admin =
        accounts.createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Quản trị"), QStringLiteral("admin-pass-1"));
    REQUIRE(admin.ok());
    CHECK(admin->has(Role::Admin));
    CHECK(accounts.createFirstAdmin(QStringLiteral("admin2"), QStringLiteral("X"), QStringLiteral("admin-pass-1"))
              .error()
              .code == ErrorCode::IllegalState);

    QSqlQuery query(temp.database().connection());
    REQUIRE(query.exec(QStringLiteral("SELECT password_hash FROM user_account")));
    REQUIRE(query.next());
    CHECK_FALSE(query.value(0).toString().contains(QStringLiteral("admin-pass-1")));

    User clerk;
    clerk.login = QStringLiteral("le.thi.lan");
    clerk.fullName = QStringLiteral("Lê Thị Lan");
    clerk.roles = {Role::Clerk, Role::Specialist};
    const auto added = accounts.addUser(*admin, clerk, QStringLiteral("clerk-pass-1"));
    REQUIRE(added.ok());
    CHECK(added->roles == QList<Role>{Role::Clerk, Role::Specialist});
    User twice = clerk;
    twice.login = QStringLiteral("twice");
    twice.roles = {Role::Clerk, Role::Clerk};
    CHECK(accounts.addUser(*admin, twice, QStringLiteral("clerk-pass-1"))->roles == QList<Role>{Role::Clerk});
    CHECK(accounts.addUser(*added, clerk, QStringLiteral("clerk-pass-1")).error().code == ErrorCode::Forbidden);
    CHECK(accounts.addUser(*admin, clerk, QStringLiteral("clerk-pass-1")).error().field == QStringLiteral("login"));
    User bad = clerk;
    bad.login = QStringLiteral("Bad Login");
    CHECK(accounts.addUser(*admin, bad, QStringLiteral("clerk-pass-1")).error().field == QStringLiteral("login"));
    bad.login = QStringLiteral("no.roles");
    bad.roles.clear();
    CHECK(accounts.addUser(*admin, bad, QStringLiteral("clerk-pass-1")).error().field == QStringLiteral("roles"));
    bad.roles = {Role::Clerk};
    bad.departmentId = 99;
    CHECK(accounts.addUser(*admin, bad, QStringLiteral("clerk-pass-1")).error().field == QStringLiteral("department"));

    CHECK(accounts.authenticate(QStringLiteral("le.thi.lan"), QStringLiteral("clerk-pass-1"))->fullName ==
          QStringLiteral("Lê Thị Lan"));
    CHECK(accounts.authenticate(QStringLiteral("le.thi.lan"), QStringLiteral("wrong")).error().code ==
          ErrorCode::Forbidden);
    CHECK(accounts.authenticate(QStringLiteral("nobody"), QStringLiteral("x")).error().code == ErrorCode::Forbidden);
    CHECK(accounts.list()->size() == 3);
}

TEST_CASE("Accounts: a user changes their own password after giving the current one", "[accounts]")
{
    test::TempDatabase temp;
    Accounts accounts(temp.database(), temp.clock());
    const auto admin =
        accounts.createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Quản trị"), QStringLiteral("admin-pass-1"));
    REQUIRE(admin.ok());

    const Status wrong = accounts.changePassword(*admin, QStringLiteral("not-the-one"), QStringLiteral("new-pass-22"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().field == QStringLiteral("current_password"));
    CHECK(accounts.changePassword(*admin, QStringLiteral("admin-pass-1"), QStringLiteral("short")).error().field ==
          QStringLiteral("new_password"));
    CHECK(accounts.changePassword(*admin, QStringLiteral("admin-pass-1"), QStringLiteral("admin-pass-1")).error().field ==
          QStringLiteral("new_password"));
    // Refused changes leave the password as it was.
    CHECK(accounts.authenticate(QStringLiteral("admin"), QStringLiteral("admin-pass-1")).ok());

    REQUIRE(accounts.changePassword(*admin, QStringLiteral("admin-pass-1"), QStringLiteral("new-pass-22")).ok());
    CHECK_FALSE(accounts.authenticate(QStringLiteral("admin"), QStringLiteral("admin-pass-1")).ok());
    CHECK(accounts.authenticate(QStringLiteral("admin"), QStringLiteral("new-pass-22")).ok());
}
