#pragma once

#include <QDateTime>
#include <QString>

namespace motcua {

// The agency's wall-clock time: Vietnam, UTC+7 all year (no daylight saving). Every instant of the domain
// is a QDateTime at this fixed offset, so comparisons and conversions never consult the machine's time
// zone (which may be set wrong, and which costs a time-zone file lookup per conversion).
inline constexpr int kAgencyUtcOffsetSeconds = 7 * 3600;

inline QDateTime agencyTime(const QDate& date, const QTime& time)
{
    return QDateTime(date, time, Qt::OffsetFromUTC, kAgencyUtcOffsetSeconds);
}

inline QDateTime toAgencyTime(const QDateTime& moment)
{
    if (moment.timeSpec() == Qt::OffsetFromUTC && moment.offsetFromUtc() == kAgencyUtcOffsetSeconds) {
        return moment;
    }
    return moment.toOffsetFromUtc(kAgencyUtcOffsetSeconds);
}

// The written form of an instant, in database columns and in event details alike: ISO 8601 at the agency offset
// ("2026-11-23T08:00:00+07:00"), so that text order is time order. Empty for an invalid moment.
inline QString isoMoment(const QDateTime& moment)
{
    return moment.isValid() ? toAgencyTime(moment).toString(Qt::ISODate) : QString();
}

// The instant of such a text, in agency time; an invalid QDateTime for an empty or malformed text.
inline QDateTime momentFromIso(const QString& text)
{
    return text.isEmpty() ? QDateTime() : toAgencyTime(QDateTime::fromString(text, Qt::ISODate));
}

// "YYYY-MM-DD HH:MM" (or with a T) in agency time; an invalid QDateTime when the text is not such a moment.
inline QDateTime parseAgencyMinute(const QString& text)
{
    QString normalised = text;
    normalised.replace(QLatin1Char('T'), QLatin1Char(' '));
    const QDate date = QDate::fromString(normalised.left(10), QStringLiteral("yyyy-MM-dd"));
    const QTime time = QTime::fromString(normalised.mid(11), QStringLiteral("HH:mm"));
    if (normalised.size() != 16 || normalised.at(10) != QLatin1Char(' ') || !date.isValid() || !time.isValid()) {
        return {};
    }
    return agencyTime(date, time);
}

} // namespace motcua
