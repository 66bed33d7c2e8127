#pragma once

#include "core/storage/Database.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace motcua::storage {

// One line of the overdue dashboard: the open dossiers of one handling department at one step of their process.
struct DashboardRow {
    QString departmentCode; // empty when no department holds the dossier
    QString departmentName;
    int step = 0;
    QString stepName;    // the step's content in the process the dossiers run on, e.g. "Thẩm định hồ sơ"
    qint64 overdue = 0;  // running and due before now
    qint64 dueToday = 0; // running and due from now until the end of today's last office session
    qint64 dueSoon = 0;  // running and due from now until one working day later
    qint64 paused = 0;   // waiting for the applicant (supplement, financial obligation) or otherwise paused
};

// Read-only counts for the dashboard of heads and leaders, over the open dossiers only (status 2, 4, 5, 6), so the
// (status, due_at) index bounds the work whatever the number of closed dossiers.
class DashboardQueries {
public:
    explicit DashboardQueries(Database& database)
        : m_database(database)
    {}

    // Counts by (handling department now, current step and its content), ordered by department code then step;
    // groups where every count is zero are left out.
    Result<QList<DashboardRow>> counts(const QDateTime& now, const QDateTime& endOfToday,
                                       const QDateTime& oneWorkingDayLater) const;

private:
    Database& m_database;
};

} // namespace motcua::storage
