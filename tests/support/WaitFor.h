#pragma once

#include <QTest>

#include <functional>

namespace motcua::test {

// Processes events until `predicate` holds or `timeoutMs` has passed; true when it held. The only way to wait
// in a Catch test, used as REQUIRE(waitFor(...)): QTest's QTRY_VERIFY and QVERIFY `return` from the test on
// failure, and Catch then counts a pass.
inline bool waitFor(const std::function<bool()>& predicate, int timeoutMs = 5000)
{
    return QTest::qWaitFor(predicate, timeoutMs); // Qt 6.4: no QDeadlineTimer overload yet
}

} // namespace motcua::test
