#pragma once

#include "core/storage/Database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace motcua::storage {

struct AdminLogEntry {
    qint64 id = 0;
    QDateTime at;
    qint64 userId = 0; // 0: the program itself (an automatic backup)
    QString userLogin;
    QString action; // a short key: "user.disabled", "setting.changed", …
    QJsonObject details;
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

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace motcua::storage
