#include "core/calendar/OfficeHours.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace motcua::calendar {

namespace {

QString minutesToText(int minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

OfficeHours OfficeHours::standard()
{
    OfficeHours hours;
    const QList<Session> day{{7 * 60 + 30, 11 * 60 + 30}, {13 * 60 + 30, 17 * 60 + 30}};
    for (int dayOfWeek = 1; dayOfWeek <= 5; ++dayOfWeek) {
        hours.setSessions(dayOfWeek, day);
    }
    return hours;
}

int OfficeHours::standardDayMinutes() const
{
    int total = 0;
    for (const Session& session : makeUpDaySessions()) {
        total += session.minutes();
    }
    return total;
}

Status OfficeHours::validate() const
{
    bool anyWorkingDay = false;
    for (int dayOfWeek = 1; dayOfWeek <= 7; ++dayOfWeek) {
        int previousEnd = 0;
        for (const Session& session : sessionsOn(dayOfWeek)) {
            if (session.start < previousEnd || session.end <= session.start || session.end > 24 * 60) {
                return Error::invalid(
                    QStringLiteral("sessions"),
                    QCoreApplication::translate("motcua::OfficeHours",
                                                "Office sessions must be ordered, not overlapping, within one day "
                                                "(weekday %1).")
                        .arg(dayOfWeek));
            }
            previousEnd = session.end;
            anyWorkingDay = true;
        }
    }
    if (!anyWorkingDay) {
        return Error::invalid(
            QStringLiteral("sessions"),
            QCoreApplication::translate("motcua::OfficeHours", "At least one weekday must have office sessions."));
    }
    if (standardDayMinutes() <= 0) {
        return Error::invalid(QStringLiteral("sessions"),
                              QCoreApplication::translate("motcua::OfficeHours",
                                                          "Monday must be a working day: it defines the "
                                                          "length of a working day."));
    }
    if (!m_sameDayCutoff.isValid()) {
        return Error::invalid(
            QStringLiteral("cutoff"),
            QCoreApplication::translate("motcua::OfficeHours", "The same-day cut-off time is not valid."));
    }
    return {};
}

QString OfficeHours::sessionsToText(const QList<Session>& sessions)
{
    QStringList parts;
    for (const Session& session : sessions) {
        parts << minutesToText(session.start) + QLatin1Char('-') + minutesToText(session.end);
    }
    return parts.join(QLatin1Char(','));
}

Result<QList<Session>> OfficeHours::sessionsFromText(const QString& text, const QString& field)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2}):(\\d{2})-(\\d{1,2}):(\\d{2})$"));
    QList<Session> sessions;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const QRegularExpressionMatch match = pattern.match(part.trimmed());
        if (!match.hasMatch()) {
            return Error::invalid(field, QCoreApplication::translate("motcua::OfficeHours",
                                                                     "\"%1\" is not a session of the form HH:MM-HH:MM.")
                                             .arg(part.trimmed()));
        }
        const int start = match.captured(1).toInt() * 60 + match.captured(2).toInt();
        const int end = match.captured(3).toInt() * 60 + match.captured(4).toInt();
        if (match.captured(2).toInt() > 59 || match.captured(4).toInt() > 59 || end <= start || end > 24 * 60) {
            return Error::invalid(field,
                                  QCoreApplication::translate("motcua::OfficeHours", "\"%1\" is not a valid session.")
                                      .arg(part.trimmed()));
        }
        if (!sessions.isEmpty() && start < sessions.last().end) {
            return Error::invalid(field, QCoreApplication::translate(
                                             "motcua::OfficeHours", "Sessions must be in order and must not overlap."));
        }
        sessions.append({start, end});
    }
    return sessions;
}

} // namespace motcua::calendar
