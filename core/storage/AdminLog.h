#pragma once

#include "core/storage/Database.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace motcua::storage {

struct AdminLogEntry {
    qint64 id = 0;
    QDateTime at;
    qint64 userId = 0; // 0: the program itself (an automatic backup)
    QString userLogin;
    QString action; // a short key: "user.disabled", "setting.changed", …
    QJsonObject details;
};

// Which entries the administration log screen shows: a period of days (either end open), one user, one kind (the
// part of the action before its dot: "user", "setting", "backup", …), a page continuing below an id.
struct AdminLogFilter {
    QDate from;          // invalid: from the first
    QDate to;            // invalid: to the last, else inclusive
    qint64 userId = -1;  // -1: everybody; 0: the program itself
    QString kind;        // empty: every kind
    qint64 beforeId = 0; // 0: from the newest; else entries older than this one (keyset paging)
    int limit = 200;
};

// The append-only administration log. append() writes inside the caller's transaction, so that a change and
// its entry are committed together or not at all: every administrative change (users, settings, and later the
// catalogue, calendar and templates) calls it from the transaction that makes the change.
class AdminLog {
public:
    AdminLog(Database& database, const Clock& clock)
        : m_database(database)
        , m_clock(clock)
    {}

    Status append(qint64 userId, const QString& action, const QJsonObject& details = {});
    // The newest first.
    Result<QList<AdminLogEntry>> entries(int limit = 1000) const;
    // A page of the filtered log, the newest first, read in the database.
    Result<QList<AdminLogEntry>> entries(const AdminLogFilter& filter) const;
    Result<qint64> count(const AdminLogFilter& filter) const;
    // The kinds present in the log, in order ("backup", "setting", "user", …).
    Result<QStringList> kinds() const;
    static QString kindOf(const QString& action) { return action.section(QLatin1Char('.'), 0, 0); }

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace motcua::storage
