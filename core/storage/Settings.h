#pragma once

#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QTime>
#include <QVariant>

#include <optional>
#include <utility>

namespace motcua::storage {

// The agency's settings kept in the database (table setting), by a typed key with its default; no key is written
// as a string anywhere else. An administrator's change goes into the administration log in the same transaction;
// the program's own bookkeeping (the last automatic backup) does not.
class Settings {
    Q_DECLARE_TR_FUNCTIONS(motcua::storage::Settings)

public:
    enum class Key {
        LockoutAttempts,      // failed tries before an account is locked (5)
        LockoutMinutes,       // how long it stays locked (15)
        BackupFolder,         // where the automatic backups go ("": none configured)
        BackupKeepDaily,      // daily backups kept (30)
        BackupKeepMonthly,    // monthly backups kept (12)
        LastAutomaticBackup,  // the day of the last automatic backup that succeeded
        AutomaticBackupError, // why the last automatic backup failed ("" once one succeeds)
        SameDayCutoff,        // receipts before this time of a working day are due at its end (15:00)
        OnlineInbox,          // the folder every workstation reads online submissions from ("": none)
    };
    using Change = std::pair<Key, QVariant>;

    Settings(Database& database, const Clock& clock)
        : m_database(database)
        , m_clock(clock)
    {}

    int lockoutAttempts() const { return intValue(Key::LockoutAttempts); }
    int lockoutMinutes() const { return intValue(Key::LockoutMinutes); }
    QString backupFolder() const { return value(Key::BackupFolder).toString(); }
    int backupKeepDaily() const { return intValue(Key::BackupKeepDaily); }
    int backupKeepMonthly() const { return intValue(Key::BackupKeepMonthly); }
    QDate lastAutomaticBackup() const { return QDate::fromString(value(Key::LastAutomaticBackup).toString(), Qt::ISODate); }
    QString automaticBackupError() const { return value(Key::AutomaticBackupError).toString(); }
    QTime sameDayCutoff() const
    {
        return QTime::fromString(value(Key::SameDayCutoff).toString(), QString::fromLatin1(kTimeFormat));
    }
    QString onlineInbox() const { return value(Key::OnlineInbox).toString(); }

    // The stored value, or the key's default when unset or unreadable.
    QVariant value(Key key) const;
    // An administrator's change, validated (whole numbers from 1, a folder that exists, a time HH:mm) and logged as
    // "setting.changed" with the old and new value.
    Status set(qint64 actorId, Key key, const QVariant& value);
    // Several changes in one transaction, each logged; all validated first: the first bad one is refused, naming its
    // key, and nothing is written. A value equal to the stored one is neither written nor logged.
    Status setAll(qint64 actorId, const QList<Change>& changes);
    // The check set() makes, without writing.
    static Status validate(Key key, const QVariant& value);
    // The program's own record (the automatic backup's date and error), not an administrative change.
    Status record(Key key, const QVariant& value);

    static QString keyName(Key key); // "lockout.attempts" …
    // The setting's name for people, as the settings dialog and the error messages give it.
    static QString label(Key key);
    // The key named so, for the administration log's readers; nullopt for an unknown name.
    static std::optional<Key> keyFromName(const QString& name);
    static constexpr const char* kTimeFormat = "HH:mm";

private:
    int intValue(Key key) const { return value(key).toInt(); }
    Status write(Key key, const QVariant& value);

    Database& m_database;
    const Clock& m_clock;
};

} // namespace motcua::storage
