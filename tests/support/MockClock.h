#pragma once

#include "core/common/AgencyTime.h"
#include "core/common/Clock.h"

namespace motcua::test {

// A clock that stands still until the test moves it.
class MockClock final : public Clock {
public:
    explicit MockClock(QDateTime start = agencyTime(QDate(2026, 11, 23), QTime(8, 0)))
        : m_now(std::move(start))
    {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& now) { m_now = now; }
    void advanceMinutes(qint64 minutes) { m_now = m_now.addSecs(minutes * 60); }

private:
    QDateTime m_now;
};

} // namespace motcua::test
