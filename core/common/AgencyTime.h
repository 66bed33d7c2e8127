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
// Written by hand for the years 0001–9999, the same text as QDateTime::toString(Qt::ISODate) without its general
// formatting (a few times faster: every moment written to the database goes through here).
inline QString isoMoment(const QDateTime& moment)
{
    if (!moment.isValid()) {
        return QString();
    }
    const QDateTime local = toAgencyTime(moment);
    const QDate date = local.date();
    const QTime time = local.time();
    if (date.year() < 1 || date.year() > 9999) {
        return local.toString(Qt::ISODate);
    }
    static_assert(kAgencyUtcOffsetSeconds == 7 * 3600, "the offset written below");
    char16_t text[] = u"0000-00-00T00:00:00+07:00";
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10) {
            text[at + i] = static_cast<char16_t>(u'0' + value % 10);
        }
    };
    put(0, date.year(), 4);
    put(5, date.month(), 2);
    put(8, date.day(), 2);
    put(11, time.hour(), 2);
    put(14, time.minute(), 2);
    put(17, time.second(), 2);
    return QString(reinterpret_cast<const QChar*>(text), 25);
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
