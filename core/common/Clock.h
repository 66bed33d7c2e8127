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

} // namespace motcua
