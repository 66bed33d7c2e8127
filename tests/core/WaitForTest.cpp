#include "tests/support/WaitFor.h"

#include <catch2/catch.hpp>

#include <QTimer>

using motcua::test::waitFor;

TEST_CASE("waitFor: true once the predicate holds, events being processed meanwhile", "[support]")
{
    bool fired = false;
    QTimer::singleShot(50, [&] { fired = true; });
    REQUIRE(waitFor([&] { return fired; }, 5000));
}

TEST_CASE("waitFor: false when the predicate never holds", "[support]")
{
    CHECK_FALSE(waitFor([] { return false; }, 100));
}

// The helper inside REQUIRE must make a test fail, not pass silently: Catch expects this case to fail.
TEST_CASE("waitFor: a predicate that never holds fails the test", "[support][!shouldfail]")
{
    REQUIRE(waitFor([] { return false; }, 100));
}
