#pragma once

#include "core/reports/ReportPeriod.h"
#include "core/storage/Database.h"
#include "core/storage/ReportQueries.h"

#include <QJsonObject>

namespace motcua::reports {

// The per-person report (issue #13): for each person, the process steps they finished in the period and how many
// of those late (against the step's due moment), and the dossiers assigned to them now that are overdue at `now`.
struct PeopleReport {
    ReportPeriod period;
    QDateTime now;
    QString agency;
    QString agencyParent;
    QList<storage::PersonCount> people;
};

// With `departmentId`, the people of that department only (what a head sees).
Result<PeopleReport> peopleReport(storage::Database& database, const ReportPeriod& period, const QDateTime& now,
                                  qint64 departmentId = 0);

// {"period":{"from","to"},"now":…,"people":[{"login","name","steps_finished","steps_late","overdue_now"}]}
QJsonObject peopleJson(const PeopleReport& report);

} // namespace motcua::reports
