#include "core/storage/CalendarRepository.h"

#include "core/storage/Settings.h"
#include "core/storage/SqlQuery.h"

namespace motcua::storage {

using calendar::CalendarBook;
using calendar::CalendarEntry;
using calendar::OfficeHours;

namespace {
// The cut-off is one of the agency's typed settings; the office hours carry it to the deadline calculator.
QString cutoffKey()
{
    return Settings::keyName(Settings::Key::SameDayCutoff);
}
} // namespace

Result<CalendarBook> CalendarRepository::loadBook() const
{
    QSqlQuery query(m_database.connection());
    QMap<int, QList<CalendarEntry>> years;
    if (Status status = exec(query, QStringLiteral("SELECT year FROM calendar_year")); !status) {
        return status.error();
    }
    while (query.next()) {
        years.insert(query.value(0).toInt(), {});
    }
    if (Status status =
            exec(query, QStringLiteral("SELECT day, year, kind, name, source, confirmed FROM calendar_entry "
                                       "ORDER BY day"));
        !status) {
        return status.error();
    }
    while (query.next()) {
        const QDate date = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        const auto kind = calendar::dayKindFromKey(query.value(2).toString());
        if (!date.isValid() || !kind) {
            return Error::storage(QStringLiteral("calendar_entry %1 is damaged").arg(query.value(0).toString()));
        }
        years[query.value(1).toInt()].append(
            {date, *kind, query.value(3).toString(), query.value(4).toString(), query.value(5).toBool()});
    }
    CalendarBook book;
    for (auto year = years.cbegin(); year != years.cend(); ++year) {
        book.setYear(year.key(), year.value());
    }
    return book;
}

Status CalendarRepository::writeYear(int year, const QList<CalendarEntry>& entries)
{
    QSqlQuery query(m_database.connection());
    if (Status status = exec(query, QStringLiteral("DELETE FROM calendar_year WHERE year = ?"), {year}); !status) {
        return status;
    }
    if (Status status = exec(query, QStringLiteral("INSERT INTO calendar_year (year, updated_at) VALUES (?, ?)"),
                             {year, m_clock.now().toString(Qt::ISODate)});
        !status) {
        return status;
    }
    for (const CalendarEntry& entry : entries) {
        if (entry.date.year() != year) {
            return Error::invalid(QStringLiteral("date"),
                                  QStringLiteral("%1 is not in %2").arg(entry.date.toString(Qt::ISODate)).arg(year));
        }
        if (Status status =
                exec(query,
                     QStringLiteral("INSERT INTO calendar_entry (day, year, kind, name, source, confirmed) "
                                    "VALUES (?, ?, ?, ?, ?, ?)"),
                     {entry.date.toString(Qt::ISODate), year, calendar::dayKindKey(entry.kind), entry.name,
                      entry.source.isNull() ? QString(QLatin1String("")) : entry.source, entry.confirmed ? 1 : 0});
            !status) {
            return status;
        }
    }
    return {};
}

Status CalendarRepository::saveYear(int year, const QList<CalendarEntry>& entries)
{
    return m_database.transaction([&] { return writeYear(year, entries); });
}

Status CalendarRepository::removeYear(int year)
{
    return m_database.transaction([&] {
        QSqlQuery query(m_database.connection());
        return exec(query, QStringLiteral("DELETE FROM calendar_year WHERE year = ?"), {year});
    });
}

Status CalendarRepository::addMissingYears(const CalendarBook& book)
{
    auto stored = loadBook();
    if (!stored) {
        return stored.error();
    }
    return m_database.transaction([&]() -> Status {
        for (int year : book.storedYears()) {
            if (!stored->hasStoredYear(year)) {
                if (Status status = writeYear(year, book.entriesForYear(year)); !status) {
                    return status;
                }
            }
        }
        return {};
    });
}

Result<OfficeHours> CalendarRepository::loadOfficeHours() const
{
    QSqlQuery query(m_database.connection());
    if (Status status = exec(query, QStringLiteral("SELECT weekday, start_minute, end_minute FROM office_session "
                                                   "ORDER BY weekday, start_minute"));
        !status) {
        return status.error();
    }
    OfficeHours hours;
    bool any = false;
    while (query.next()) {
        const int weekday = query.value(0).toInt();
        QList<calendar::Session> sessions = hours.sessionsOn(weekday);
        sessions.append({query.value(1).toInt(), query.value(2).toInt()});
        hours.setSessions(weekday, sessions);
        any = true;
    }
    if (!any) {
        hours = OfficeHours::standard();
    }
    if (Status status = exec(query, QStringLiteral("SELECT value FROM setting WHERE key = ?"), {cutoffKey()}); !status) {
        return status.error();
    }
    if (query.next()) {
        hours.setSameDayCutoff(QTime::fromString(query.value(0).toString(), QString::fromLatin1(Settings::kTimeFormat)));
    }
    return hours;
}

Status CalendarRepository::saveOfficeHours(const OfficeHours& hours)
{
    if (Status valid = hours.validate(); !valid) {
        return valid;
    }
    return m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        if (Status status = exec(query, QStringLiteral("DELETE FROM office_session")); !status) {
            return status;
        }
        for (int weekday = 1; weekday <= 7; ++weekday) {
            for (const calendar::Session& session : hours.sessionsOn(weekday)) {
                if (Status status =
                        exec(query,
                             QStringLiteral("INSERT INTO office_session (weekday, start_minute, end_minute) "
                                            "VALUES (?, ?, ?)"),
                             {weekday, session.start, session.end});
                    !status) {
                    return status;
                }
            }
        }
        return exec(query,
                    QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                    {cutoffKey(), hours.sameDayCutoff().toString(QString::fromLatin1(Settings::kTimeFormat))});
    });
}

Status CalendarRepository::announceChange(const QString& what)
{
    const QString sql = m_database.dialect().announceCalendar();
    if (sql.isEmpty()) {
        return {};
    }
    QSqlQuery query(m_database.connection());
    return exec(query, sql, {what});
}

} // namespace motcua::storage
