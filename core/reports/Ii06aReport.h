#pragma once

#include "core/common/Result.h"
#include "core/reports/ReportPeriod.h"

#include <QList>
#include <QString>

#include <optional>

namespace motcua::reports {

// The figures of one row of form II.06a (docs/reports.md). Totals (7) and (11) are counted on their own, not
// summed from their parts, so that the invariants check the queries against each other.
struct Ii06aCounts {
    qint64 receivedOnline = 0;  // (4)
    qint64 receivedDirect = 0;  // (5) at the counter or by post
    qint64 carriedOver = 0;     // (6)
    qint64 resolved = 0;        // (7)
    qint64 early = 0;           // (8)
    qint64 onTime = 0;          // (9)
    qint64 late = 0;            // (10)
    qint64 lateWithApology = 0; // (10a)
    qint64 inProgress = 0;      // (11)
    qint64 within = 0;          // (12)
    qint64 overdue = 0;         // (13)
    qint64 paused = 0;          // (11a) paused at the end of the period
    qint64 refused = 0;         // (14a) refused after acceptance
    qint64 withdrawn = 0;       // (14b)
    qint64 stopped = 0;         // (14c)
    qint64 handlingMinutes = 0; // working minutes from receipt to finish, summed over (7)

    qint64 received() const { return receivedOnline + receivedDirect + carriedOver; } // (3)
    qint64 lateWithoutApology() const { return late - lateWithApology; }              // (10b)
    qint64 closedWithoutResult() const { return refused + withdrawn + stopped; }      // (14)

    std::optional<double> onTimeShare() const;                      // ((8) + (9)) / (7)
    std::optional<double> progressIndicator() const;                // ((8) + (9) + (12)) / ((7) + (11))
    std::optional<double> onlineShare() const;                      // (4) / ((4) + (5))
    std::optional<double> averageWorkingDays(int dayMinutes) const; // over (7)

    bool isEmpty() const { return received() == 0 && resolved == 0 && inProgress == 0 && closedWithoutResult() == 0; }
    Ii06aCounts& operator+=(const Ii06aCounts& other);
    // The invariants 3 = 7 + 11 + 14, 7 = 8 + 9 + 10, 11 = 12 + 13, 10a ≤ 10, 11a ≤ 11: an IllegalState error
    // naming `row` and the first that fails.
    Status checkInvariants(const QString& row) const;
};

enum class Ii06aGrouping { Field, Procedure };

struct Ii06aRow {
    QString field;         // the procedure's field (lĩnh vực); empty for a procedure without one
    QString procedureCode; // by procedure only
    QString procedureName;
    Ii06aCounts counts;

    // What column (2) shows: the field, or the procedure's code and name.
    QString label(Ii06aGrouping grouping) const;
};

// Form II.06a for one period: one row per field (or per procedure, ordered by field), and the total.
struct Ii06aReport {
    ReportPeriod period;
    Ii06aGrouping grouping = Ii06aGrouping::Field;
    QString agency;       // the agency's name, for the header
    QString agencyParent; // the body it belongs to, e.g. Ủy ban nhân dân tỉnh Kiên Giang
    int dayMinutes = 480; // working minutes of the standard office day, for the average handling time
    QList<Ii06aRow> rows;
    Ii06aCounts total;
};

} // namespace motcua::reports
