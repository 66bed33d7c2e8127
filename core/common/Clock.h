#pragma once

#include "core/common/AgencyTime.h"

#include <QDateTime>

namespace motcua {

// Every "now" of the application goes through a Clock, so that tests can move time by hand.
// Times are in agency time (see AgencyTime.h).
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override { return toAgencyTime(QDateTime::currentDateTimeUtc()); }
};

// A clock set by hand: used to replay a scripted history (demo data) at the moments it happened.
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start)
        : m_now(std::move(start))
    {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& now) { m_now = now; }

private:
    QDateTime m_now;
};

} // namespace motcua
