#pragma once

#include "core/storage/Database.h"

#include <QDateTime>
#include <QList>

namespace motcua::storage {

struct SignInLogEntry {
    enum class Outcome { Success, Failure, Locked, Disabled, Unlocked };

    qint64 id = 0;
    QDateTime at;
    QString login; // as typed
    qint64 userId = 0; // 0: no such account
    QString workstation;
    Outcome outcome = Outcome::Failure;
};

// The append-only log of sign-ins, failures, locks and an administrator's unlocking.
class SignInLog {
public:
    SignInLog(Database& database, const Clock& clock)
        : m_database(database)
        , m_clock(clock)
    {}

    // Inside the caller's transaction.
    Status append(const QString& login, qint64 userId, const QString& workstation, SignInLogEntry::Outcome outcome);
    // The newest first.
    Result<QList<SignInLogEntry>> entries(int limit = 1000) const;

    static QString outcomeKey(SignInLogEntry::Outcome outcome);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace motcua::storage
