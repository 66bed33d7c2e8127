#include "core/storage/SignInLog.h"

#include "core/storage/SqlQuery.h"
#include "core/storage/StoredMoment.h"

namespace motcua::storage {

using Outcome = SignInLogEntry::Outcome;

namespace {

const QList<std::pair<Outcome, const char*>> kOutcomes{{Outcome::Success, "success"},
                                                       {Outcome::Failure, "failure"},
                                                       {Outcome::Locked, "locked"},
                                                       {Outcome::Disabled, "disabled"},
                                                       {Outcome::Unlocked, "unlocked"}};

} // namespace

QString SignInLog::outcomeKey(Outcome outcome)
{
    for (const auto& [candidate, key] : kOutcomes) {
        if (candidate == outcome) {
            return QString::fromLatin1(key);
        }
    }
    return {};
}

Status SignInLog::append(const QString& login, qint64 userId, const QString& workstation, Outcome outcome)
{
    QSqlQuery query(m_database.connection());
    return exec(query,
                QStringLiteral("INSERT INTO sign_in_log (at, login, user_id, workstation, outcome) "
                               "VALUES (?, ?, ?, ?, ?)"),
                {storedMoment(m_clock.now()), notNullText(login), userId > 0 ? QVariant(userId) : QVariant(),
                 notNullText(workstation), outcomeKey(outcome)});
}

Result<QList<SignInLogEntry>> SignInLog::entries(int limit) const
{
    QSqlQuery query(m_database.connection());
    if (Status status = exec(query,
                             QStringLiteral("SELECT id, at, login, coalesce(user_id, 0), workstation, outcome "
                                            "FROM sign_in_log ORDER BY id DESC LIMIT ?"),
                             {limit});
        !status) {
        return status.error();
    }
    QList<SignInLogEntry> entries;
    while (query.next()) {
        SignInLogEntry entry{query.value(0).toLongLong(), momentFromStored(query.value(1)), query.value(2).toString(),
                             query.value(3).toLongLong(), query.value(4).toString(), Outcome::Failure};
        const QString key = query.value(5).toString();
        for (const auto& [outcome, name] : kOutcomes) {
            if (key == QLatin1String(name)) {
                entry.outcome = outcome;
            }
        }
        entries.append(entry);
    }
    return entries;
}

} // namespace motcua::storage
