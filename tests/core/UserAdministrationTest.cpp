#include "core/identity/Accounts.h"
#include "core/storage/AdminLog.h"
#include "core/storage/Settings.h"
#include "core/storage/SignInLog.h"
#include "tests/support/CatchQt.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace motcua;
using namespace motcua::identity;
using Outcome = storage::SignInLogEntry::Outcome;

namespace {

struct Staff {
    test::TempDatabase temp;
    Accounts accounts{temp.database(), temp.clock()};
    User admin;
    User clerk;

    Staff()
    {
        admin = *accounts.createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Quản trị"),
                                           QStringLiteral("admin-pass-1"));
        User given;
        given.login = QStringLiteral("le.thi.lan");
        given.fullName = QStringLiteral("Lê Thị Lan");
        given.roles = {Role::Clerk};
        clerk = *accounts.addUser(admin, given, QStringLiteral("clerk-pass-1"));
    }

    QStringList adminActions()
    {
        QStringList actions;
        const auto entries = storage::AdminLog(temp.database(), temp.clock()).entries();
        REQUIRE(entries.ok());
        for (const storage::AdminLogEntry& entry : *entries) {
            actions.prepend(entry.action);
        }
        return actions;
    }
};

} // namespace

TEST_CASE("Passwords: at least 10 characters and not the login", "[accounts][admin]")
{
    CHECK(Accounts::validatePassword(QStringLiteral("nine-char"), QStringLiteral("password"), QStringLiteral("x"))
              .error()
              .field == QStringLiteral("password"));
    CHECK(Accounts::validatePassword(QStringLiteral("ten-chars!"), QStringLiteral("password"), QStringLiteral("x"))
              .ok());
    CHECK_FALSE(Accounts::validatePassword(QStringLiteral("nguyen.van.an"), QStringLiteral("password"),
                                           QStringLiteral("nguyen.van.an"))
                    .ok());
}

TEST_CASE("Users: edit, disable and enable, each change in the administration log", "[accounts][admin]")
{
    Staff staff;
    User changed = staff.clerk;
    changed.fullName = QStringLiteral("Lê Thị Lan Anh");
    changed.roles = {Role::Clerk, Role::Specialist};
    auto edited = staff.accounts.editUser(staff.admin, changed);
    REQUIRE(edited.ok());
    CHECK(edited->fullName == QStringLiteral("Lê Thị Lan Anh"));
    CHECK(edited->roles == QList<Role>{Role::Clerk, Role::Specialist});
    changed.roles.clear();
    CHECK(staff.accounts.editUser(staff.admin, changed).error().field == QStringLiteral("roles"));
    CHECK(staff.accounts.editUser(staff.clerk, changed).error().code == ErrorCode::Forbidden);

    REQUIRE(staff.accounts.setActive(staff.admin, QStringLiteral("le.thi.lan"), false).ok());
    const auto refused = staff.accounts.authenticate(QStringLiteral("le.thi.lan"), QStringLiteral("clerk-pass-1"));
    CHECK(refused.error().code == ErrorCode::IllegalState);
    CHECK(refused.error().message.contains(QStringLiteral("le.thi.lan")));
    CHECK(staff.accounts.byLogin(QStringLiteral("le.thi.lan"))->active == false); // never deleted
    CHECK(staff.accounts.setActive(staff.admin, QStringLiteral("admin"), false).error().code ==
          ErrorCode::IllegalState);
    REQUIRE(staff.accounts.setActive(staff.admin, QStringLiteral("le.thi.lan"), true).ok());
    CHECK(staff.accounts.authenticate(QStringLiteral("le.thi.lan"), QStringLiteral("clerk-pass-1")).ok());

    CHECK(staff.adminActions() == QStringList{QStringLiteral("user.added"), QStringLiteral("user.added"),
                                              QStringLiteral("user.edited"), QStringLiteral("user.disabled"),
                                              QStringLiteral("user.enabled")});
    const auto last = storage::AdminLog(staff.temp.database(), staff.temp.clock()).entries()->constFirst();
    CHECK(last.userLogin == QStringLiteral("admin"));
    CHECK(last.details.value(QStringLiteral("login")).toString() == QStringLiteral("le.thi.lan"));
    QSqlQuery query(staff.temp.database().connection());
    CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM admin_log")));
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE sign_in_log SET outcome = 'success'")));
}

TEST_CASE("Sign-in: locked after 5 failures for 15 minutes, logged, unlocked by the administrator",
          "[accounts][admin]")
{
    Staff staff;
    const QString login = QStringLiteral("le.thi.lan");
    for (int i = 0; i < 4; ++i) {
        CHECK(staff.accounts.authenticate(login, QStringLiteral("wrong-one")).error().code == ErrorCode::Forbidden);
    }
    const auto fifth = staff.accounts.authenticate(login, QStringLiteral("wrong-one"));
    CHECK(fifth.error().code == ErrorCode::IllegalState);
    CHECK(fifth.error().message.contains(QStringLiteral("08:15 23/11/2026")));
    // Locked: even the right password is refused, until the lock ends.
    CHECK(staff.accounts.authenticate(login, QStringLiteral("clerk-pass-1")).error().code == ErrorCode::IllegalState);
    staff.temp.clock().advanceMinutes(15);
    CHECK(staff.accounts.authenticate(login, QStringLiteral("clerk-pass-1")).ok());

    // Settings change the numbers; the administrator unlocks before the time.
    storage::Settings settings(staff.temp.database(), staff.temp.clock());
    CHECK(settings.set(staff.admin.id, storage::Settings::Key::LockoutAttempts, 0).error().field ==
          QStringLiteral("lockout.attempts"));
    REQUIRE(settings.set(staff.admin.id, storage::Settings::Key::LockoutAttempts, 2).ok());
    REQUIRE(settings.set(staff.admin.id, storage::Settings::Key::LockoutMinutes, 60).ok());
    CHECK(settings.lockoutAttempts() == 2);
    CHECK(staff.accounts.authenticate(login, QStringLiteral("wrong-one")).error().code == ErrorCode::Forbidden);
    CHECK(staff.accounts.authenticate(login, QStringLiteral("wrong-one")).error().code == ErrorCode::IllegalState);
    CHECK(staff.accounts.byLogin(login)->lockedUntil == staff.temp.clock().now().addSecs(3600));
    CHECK(staff.accounts.unlock(staff.clerk, login).error().code == ErrorCode::Forbidden);
    REQUIRE(staff.accounts.unlock(staff.admin, login).ok());
    CHECK(staff.accounts.authenticate(login, QStringLiteral("clerk-pass-1")).ok());
    CHECK(staff.accounts.unlock(staff.admin, login).error().code == ErrorCode::IllegalState);

    QList<Outcome> outcomes;
    const auto entries = *staff.accounts.signInLog();
    for (const storage::SignInLogEntry& entry : entries) {
        outcomes.prepend(entry.outcome);
        CHECK_FALSE(entry.workstation.isEmpty());
    }
    CHECK(outcomes == QList<Outcome>{Outcome::Failure, Outcome::Failure, Outcome::Failure, Outcome::Failure,
                                     Outcome::Locked, Outcome::Locked, Outcome::Success, Outcome::Failure,
                                     Outcome::Locked, Outcome::Unlocked, Outcome::Success});
    CHECK(staff.adminActions().mid(2) ==
          QStringList{QStringLiteral("setting.changed"), QStringLiteral("setting.changed"),
                      QStringLiteral("user.unlocked")});
}

TEST_CASE("Password reset: a temporary password that must be changed", "[accounts][admin]")
{
    Staff staff;
    const QString login = QStringLiteral("le.thi.lan");
    auto temporary = staff.accounts.resetPassword(staff.admin, login);
    REQUIRE(temporary.ok());
    CHECK(temporary->size() >= 10);
    CHECK_FALSE(staff.accounts.authenticate(login, QStringLiteral("clerk-pass-1")).ok());
    auto signedIn = staff.accounts.authenticate(login, *temporary);
    REQUIRE(signedIn.ok());
    CHECK(signedIn->mustChangePassword);
    CHECK(staff.accounts.changePassword(*signedIn, *temporary, login).error().field == QStringLiteral("new_password"));
    REQUIRE(staff.accounts.changePassword(*signedIn, *temporary, QStringLiteral("my-own-pass-9")).ok());
    auto again = staff.accounts.authenticate(login, QStringLiteral("my-own-pass-9"));
    REQUIRE(again.ok());
    CHECK_FALSE(again->mustChangePassword);
    CHECK(staff.accounts.resetPassword(staff.admin, login, QStringLiteral("short")).error().field ==
          QStringLiteral("password"));
    CHECK(staff.accounts.resetPassword(staff.admin, QStringLiteral("nobody"), {}).error().code ==
          ErrorCode::NotFound);
}
