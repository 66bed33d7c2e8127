#pragma once

#include <QDateTime>

namespace motcua {

// Every "now" of the application goes through a Clock, so that tests can move time by hand.
// Times are the agency's wall-clock time (Vietnam, UTC+7, no daylight saving).
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};

} // namespace motcua
