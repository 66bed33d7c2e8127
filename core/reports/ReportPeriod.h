#pragma once

#include "core/common/AgencyTime.h"
#include "core/common/Result.h"

#include <QDate>

namespace motcua::reports {

// A period of whole days [from, to] in agency time: from `from` 00:00 up to, not including, `to` + 1 day 00:00.
struct ReportPeriod {
    QDate from;
    QDate to;

    QDateTime start() const { return agencyTime(from, QTime(0, 0)); }
    QDateTime end() const { return agencyTime(to.addDays(1), QTime(0, 0)); }

    // Both days valid and `to` not before `from`; the error names the option at fault.
    Status validate() const;

    // The usual periods containing `day`: its month, quarter, half-year, year.
    static ReportPeriod month(const QDate& day);
    static ReportPeriod quarter(const QDate& day);
    static ReportPeriod halfYear(const QDate& day);
    static ReportPeriod year(const QDate& day);
};

} // namespace motcua::reports
