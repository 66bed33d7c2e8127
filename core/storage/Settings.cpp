#include "core/storage/Settings.h"

#include "core/common/TextBounds.h"
#include "core/storage/AdminLog.h"
#include "core/storage/SqlQuery.h"

#include <QDir>
#include <QTime>

namespace motcua::storage {

namespace {

enum class Kind { Number, Text, Folder, Time };

struct KeyInfo {
    Settings::Key key;
    const char* name;
    QVariant fallback;
    Kind kind;
};

const QList<KeyInfo>& keys()
{
    static const QList<KeyInfo> all{
        {Settings::Key::LockoutAttempts, "lockout.attempts", 5, Kind::Number},
        {Settings::Key::LockoutMinutes, "lockout.minutes", 15, Kind::Number},
        {Settings::Key::BackupFolder, "backup.folder", QString(), Kind::Folder},
        {Settings::Key::BackupKeepDaily, "backup.keep_daily", 30, Kind::Number},
        {Settings::Key::BackupKeepMonthly, "backup.keep_monthly", 12, Kind::Number},
        {Settings::Key::LastAutomaticBackup, "backup.last_automatic", QString(), Kind::Text},
        {Settings::Key::AutomaticBackupError, "backup.automatic_error", QString(), Kind::Text},
        {Settings::Key::SameDayCutoff, "calendar.same_day_cutoff", QStringLiteral("15:00"), Kind::Time},
        {Settings::Key::OnlineInbox, "online.inbox", QString(), Kind::Folder},
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

std::optional<Settings::Key> Settings::keyFromName(const QString& name)
{
    for (const KeyInfo& candidate : keys()) {
        if (name == QLatin1String(candidate.name)) {
            return candidate.key;
        }
    }
    return std::nullopt;
}

QString Settings::label(Key key)
{
    switch (key) {
    case Key::LockoutAttempts:
        return tr("Failed sign-ins before an account is locked");
    case Key::LockoutMinutes:
        return tr("Minutes an account stays locked");
    case Key::BackupFolder:
        return tr("Backup folder");
    case Key::BackupKeepDaily:
        return tr("Daily backups kept");
    case Key::BackupKeepMonthly:
        return tr("Monthly backups kept");
    case Key::LastAutomaticBackup:
        return tr("Last automatic backup");
    case Key::AutomaticBackupError:
        return tr("Last automatic backup error");
    case Key::SameDayCutoff:
        return tr("Same-day cut-off time");
    case Key::OnlineInbox:
        return tr("Online inbox folder");
    }
    return keyName(key);
}

QVariant Settings::value(Key key) const
{
    const KeyInfo& entry = info(key);
    QSqlQuery query(m_database.connection());
    if (!exec(query, QStringLiteral("SELECT value FROM setting WHERE key = ?"), {keyName(key)}) || !query.next()) {
        return entry.fallback;
    }
    const QString text = query.value(0).toString();
    if (entry.kind == Kind::Number) {
        bool ok = false;
        const int number = text.toInt(&ok);
        return ok ? QVariant(number) : entry.fallback;
    }
    if (entry.kind == Kind::Time && !QTime::fromString(text, QString::fromLatin1(kTimeFormat)).isValid()) {
        return entry.fallback;
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

Status Settings::validate(Key key, const QVariant& given)
{
    const KeyInfo& entry = info(key);
    // Every value first held to the bounds of core/common/TextBounds: a folder as an address (500 characters, one
    // line), a free text as a note, a number or a time as a short contact text; then to its own kind's rule.
    const TextKind bound = entry.kind == Kind::Folder ? TextKind::Address
                           : entry.kind == Kind::Text ? TextKind::Note
                                                      : TextKind::Contact;
    if (Status bounded = TextBounds::check(given.toString(), bound, keyName(key)); !bounded) {
        return Error::invalid(keyName(key),
                              tr("%1 (%2): %3").arg(label(key), keyName(key), bounded.error().message));
    }
    const QString text = given.toString().trimmed();
    switch (entry.kind) {
    case Kind::Number: {
        bool ok = false;
        const int number = text.toInt(&ok);
        if (!ok || number < 1 || number > 100000) {
            return Error::invalid(keyName(key), tr("%1 (%2) must be a whole number from 1.").arg(label(key), keyName(key)));
        }
        break;
    }
    case Kind::Folder:
        if (!text.isEmpty() && !QDir(text).exists()) {
            return Error::invalid(keyName(key), tr("%1: the folder %2 does not exist.").arg(label(key), text));
        }
        break;
    case Kind::Time:
        if (!QTime::fromString(text, QString::fromLatin1(kTimeFormat)).isValid()) {
            return Error::invalid(keyName(key), tr("%1 (%2) must be a time of day as HH:mm, such as 15:00.").arg(label(key), keyName(key)));
        }
        break;
    case Kind::Text:
        break;
    }
    return {};
}

Status Settings::set(qint64 actorId, Key key, const QVariant& given)
{
    return setAll(actorId, {{key, given}});
}

Status Settings::setAll(qint64 actorId, const QList<Change>& changes)
{
    for (const auto& [key, given] : changes) {
        if (Status valid = validate(key, given); !valid) {
            return valid;
        }
    }
    return m_database.transaction([&]() -> Status {
        for (const auto& [key, given] : changes) {
            const QString old = value(key).toString();
            const QString now = info(key).kind == Kind::Text ? given.toString() : given.toString().trimmed();
            if (old == now) {
                continue;
            }
            if (Status written = write(key, now); !written) {
                return written;
            }
            if (Status logged = AdminLog(m_database, m_clock)
                                    .append(actorId, QStringLiteral("setting.changed"),
                                            {{QStringLiteral("key"), keyName(key)},
                                             {QStringLiteral("old"), old},
                                             {QStringLiteral("new"), now}});
                !logged) {
                return logged;
            }
        }
        return {};
    });
}

Status Settings::record(Key key, const QVariant& value)
{
    return m_database.transaction([&] { return write(key, value); });
}

} // namespace motcua::storage
