#include "core/storage/Settings.h"

#include "core/storage/AdminLog.h"
#include "core/storage/SqlQuery.h"

#include <QDir>

namespace motcua::storage {

namespace {

struct KeyInfo {
    Settings::Key key;
    const char* name;
    QVariant fallback;
    bool number;
};

const QList<KeyInfo>& keys()
{
    static const QList<KeyInfo> all{
        {Settings::Key::LockoutAttempts, "lockout.attempts", 5, true},
        {Settings::Key::LockoutMinutes, "lockout.minutes", 15, true},
        {Settings::Key::BackupFolder, "backup.folder", QString(), false},
        {Settings::Key::BackupKeepDaily, "backup.keep_daily", 30, true},
        {Settings::Key::BackupKeepMonthly, "backup.keep_monthly", 12, true},
        {Settings::Key::LastAutomaticBackup, "backup.last_automatic", QString(), false},
        {Settings::Key::AutomaticBackupError, "backup.automatic_error", QString(), false},
    };
    return all;
}

const KeyInfo& info(Settings::Key key)
{
    for (const KeyInfo& candidate : keys()) {
        if (candidate.key == key) {
            return candidate;
        }
    }
    return keys().constFirst(); // every key is in the table above
}

} // namespace

QString Settings::keyName(Key key)
{
    return QString::fromLatin1(info(key).name);
}

QVariant Settings::value(Key key) const
{
    const KeyInfo& entry = info(key);
    QSqlQuery query(m_database.connection());
    if (!exec(query, QStringLiteral("SELECT value FROM setting WHERE key = ?"), {keyName(key)}) || !query.next()) {
        return entry.fallback;
    }
    const QString text = query.value(0).toString();
    if (entry.number) {
        bool ok = false;
        const int number = text.toInt(&ok);
        return ok ? QVariant(number) : entry.fallback;
    }
    return text;
}

Status Settings::write(Key key, const QVariant& value)
{
    QSqlQuery query(m_database.connection());
    return exec(query,
                QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                               "SET value = excluded.value"),
                {keyName(key), notNullText(value.toString())});
}

Status Settings::set(qint64 actorId, Key key, const QVariant& given)
{
    const KeyInfo& entry = info(key);
    if (entry.number) {
        bool ok = false;
        const int number = given.toString().toInt(&ok);
        if (!ok || number < 1 || number > 100000) {
            return Error::invalid(keyName(key), tr("%1 must be a whole number from 1.").arg(keyName(key)));
        }
    } else if (key == Key::BackupFolder && !given.toString().isEmpty() && !QDir(given.toString()).exists()) {
        return Error::invalid(keyName(key), tr("The folder %1 does not exist.").arg(given.toString()));
    }
    return m_database.transaction([&]() -> Status {
        const QVariant old = value(key);
        if (Status written = write(key, given); !written) {
            return written;
        }
        return AdminLog(m_database, m_clock)
            .append(actorId, QStringLiteral("setting.changed"),
                    {{QStringLiteral("key"), keyName(key)},
                     {QStringLiteral("old"), old.toString()},
                     {QStringLiteral("new"), given.toString()}});
    });
}

Status Settings::record(Key key, const QVariant& value)
{
    return m_database.transaction([&] { return write(key, value); });
}

} // namespace motcua::storage
