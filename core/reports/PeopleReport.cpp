#include "core/reports/PeopleReport.h"

#include "core/common/AgencyTime.h"
#include "core/storage/CatalogueRepository.h"

#include <QJsonArray>

namespace motcua::reports {

Result<PeopleReport> peopleReport(storage::Database& database, const ReportPeriod& period, const QDateTime& now,
                                  qint64 departmentId)
{
    if (Status valid = period.validate(); !valid) {
        return valid.error();
    }
    auto people = storage::ReportQueries(database).people(period.start(), period.end(), now, departmentId);
    if (!people) {
        return people.error();
    }
    PeopleReport report{period, now, {}, {}, *people};
    if (auto agency = storage::CatalogueRepository(database).agency()) {
        report.agency = agency->name;
        report.agencyParent = agency->parent;
    }
    return report;
}

QJsonObject peopleJson(const PeopleReport& report)
{
    QJsonArray people;
    for (const storage::PersonCount& person : report.people) {
        people.append(QJsonObject{{QStringLiteral("login"), person.login},
                                  {QStringLiteral("name"), person.fullName},
                                  {QStringLiteral("steps_finished"), person.stepsFinished},
                                  {QStringLiteral("steps_late"), person.stepsLate},
                                  {QStringLiteral("overdue_now"), person.overdueNow}});
    }
    return {{QStringLiteral("period"),
             QJsonObject{{QStringLiteral("from"), report.period.from.toString(Qt::ISODate)},
                         {QStringLiteral("to"), report.period.to.toString(Qt::ISODate)}}},
            {QStringLiteral("now"), isoMoment(report.now)},
            {QStringLiteral("people"), people}};
}

} // namespace motcua::reports
