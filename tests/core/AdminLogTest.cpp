#include "tests/support/CatchQt.h"

#include "core/storage/AdminLog.h"
#include "core/storage/Settings.h"
#include "tests/support/WorkflowFixture.h"

#include <catch2/catch.hpp>

using namespace motcua;
using Key = storage::Settings::Key;

TEST_CASE("Settings: several changes in one transaction, each logged, none when one is wrong", "[storage][settings]")
{
    test::WorkflowFixture f;
    const qint64 admin = f.users.value(QStringLiteral("admin")).id;
    storage::Settings settings(f.db.database(), f.db.clock());
    storage::AdminLog log(f.db.database(), f.db.clock());
    const qint64 before = log.count({}).value();

    const Status wrong = settings.setAll(admin, {{Key::LockoutAttempts, 4}, {Key::SameDayCutoff, QStringLiteral("9h")}});
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().field == QStringLiteral("calendar.same_day_cutoff"));
    CHECK(settings.lockoutAttempts() == 5);
    CHECK(log.count({}).value() == before);

    REQUIRE(settings
                .setAll(admin, {{Key::LockoutAttempts, 4},
                                {Key::LockoutMinutes, 15}, // unchanged: neither written nor logged
                                {Key::SameDayCutoff, QStringLiteral("16:00")}})
                .ok());
    CHECK(settings.lockoutAttempts() == 4);
    CHECK(settings.sameDayCutoff() == QTime(16, 0));
    CHECK(log.count({}).value() == before + 2);
    CHECK(storage::Settings::keyFromName(QStringLiteral("calendar.same_day_cutoff")) == Key::SameDayCutoff);
}

TEST_CASE("Administration log: filtered by period, user and kind, paged by id, newest first", "[storage][adminlog]")
{
    test::WorkflowFixture f;
    const qint64 admin = f.users.value(QStringLiteral("admin")).id;
    storage::AdminLog log(f.db.database(), f.db.clock());
    const auto append = [&](qint64 user, const char* action) {
        REQUIRE(f.db.database().transaction([&] { return log.append(user, QString::fromLatin1(action)); }).ok());
    };
    append(admin, "user.added");               // 23/11
    f.db.clock().set(f.at(2026, 11, 24, 23, 59));
    append(admin, "setting.changed");          // 24/11, the last minute of the day
    f.db.clock().set(f.at(2026, 11, 25, 0, 0));
    append(0, "backup.automatic");             // 25/11, the first
    append(admin, "users.strange");            // a kind "users", not "user"

    storage::AdminLogFilter filter;
    CHECK(log.count(filter).value() == 4);
    filter.kind = QStringLiteral("user");
    CHECK(log.entries(filter).value().size() == 1);
    filter.kind.clear();
    filter.from = QDate(2026, 11, 24);
    filter.to = QDate(2026, 11, 24);
    auto day = log.entries(filter).value();
    REQUIRE(day.size() == 1);
    CHECK(day.first().action == QStringLiteral("setting.changed"));
    filter = {};
    filter.userId = 0;
    REQUIRE(log.entries(filter).value().size() == 1);
    CHECK(log.entries(filter).value().first().action == QStringLiteral("backup.automatic"));

    filter = {};
    filter.limit = 3;
    const auto first = log.entries(filter).value();
    REQUIRE(first.size() == 3);
    CHECK(first.at(0).action == QStringLiteral("users.strange"));
    CHECK(first.at(0).id > first.at(1).id);
    filter.beforeId = first.constLast().id;
    const auto rest = log.entries(filter).value();
    REQUIRE(rest.size() == 1);
    CHECK(rest.first().action == QStringLiteral("user.added"));
    CHECK(log.count(filter).value() == 4); // the count ignores the page
    CHECK(log.kinds().value() == QStringList{QStringLiteral("backup"), QStringLiteral("setting"), QStringLiteral("user"),
                                             QStringLiteral("users")});
}
