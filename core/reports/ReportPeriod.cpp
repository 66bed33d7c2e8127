#include "core/reports/ReportPeriod.h"

#include <QCoreApplication>

namespace motcua::reports {

namespace {

ReportPeriod months(const QDate& day, int length)
{
    const int first = (day.month() - 1) / length * length + 1;
    const QDate from(day.year(), first, 1);
    return {from, from.addMonths(length).addDays(-1)};
}

} // namespace

Status ReportPeriod::validate() const
{
    if (!from.isValid()) {
        return Error::invalid(QStringLiteral("from"),
                              QCoreApplication::translate("motcua::reports", "The first day of the period is missing "
                                                                             "or not a date."));
    }
    if (!to.isValid()) {
        return Error::invalid(QStringLiteral("to"),
                              QCoreApplication::translate("motcua::reports", "The last day of the period is missing "
                                                                             "or not a date."));
    }
    if (to < from) {
        return Error::invalid(QStringLiteral("to"),
                              QCoreApplication::translate("motcua::reports", "The period ends before it starts."));
    }
    return {};
}

ReportPeriod ReportPeriod::month(const QDate& day)
{
    return months(day, 1);
}

ReportPeriod ReportPeriod::quarter(const QDate& day)
{
    return months(day, 3);
}

ReportPeriod ReportPeriod::halfYear(const QDate& day)
{
    return months(day, 6);
}

ReportPeriod ReportPeriod::year(const QDate& day)
{
    return months(day, 12);
}

} // namespace motcua::reports
