#pragma once

#include "core/storage/Database.h"
#include "core/storage/HistoryChain.h"

#include <QDateTime>
#include <QCoreApplication>
#include <QMap>

#include <functional>

namespace motcua::storage {

// What a backup file holds, read from the file itself.
struct BackupSummary {
    QString file;
    QString agencyCode;
    QString agencyName;
    int schemaVersion = 0;
    QDateTime takenAt;
    qint64 dossiers = 0;
    QMap<QString, qint64> rowCounts; // table → rows
    // Where each history's hash chain ended when the backup was taken (table → head; none before schema 010):
    // verify --backup holds the live database against it (HistoryAudit::checkBackup).
    QMap<QString, HistoryHead> historyHeads;
};

struct RestoreOutcome {
    BackupSummary restored;
    QString setAside; // where the replaced database now is
};

// Backups of the database and their restoring. The interface says nothing of the engine: on SQLite the copy is
// VACUUM INTO (one consistent snapshot while other connections keep writing); on PostgreSQL pg_dump in custom format
// of one snapshot, with its manifest in FILE.manifest.json, restored by pg_restore in one transaction (ServerBackup).
//
// A backup carries a manifest (table backup_manifest, dropped on restore): when it was taken, and a SHA-256 of
// every row of every table, so that a bit flipped in the data is refused even where PRAGMA integrity_check,
// which checks only the structure, sees nothing.
class Backup {
    Q_DECLARE_TR_FUNCTIONS(motcua::storage::Backup)

public:
    // percent 0–100 and what is being done, called on the caller's thread.
    using Progress = std::function<void(int percent, const QString& step)>;

    // A consistent copy of `live` to `target` (which must not exist), verified before it is declared good: the
    // integrity check, the schema version, the agency and the row counts of each table against the live database
    // at the moment of the copy. Mode 0600. Nothing is left at `target` when it fails.
    static Result<BackupSummary> create(Database& live, const QString& target, const Clock& clock,
                                        const Progress& progress = {});
    // Reads a backup without changing it: a SQLite file, intact (structure and checksum), or a pg_dump archive with
    // its manifest (checksum, pg_restore --list); a schema version this program knows.
    static Result<BackupSummary> verify(const QString& file);
    // Replaces the database at `livePath` (a file or a postgresql:// URL) by the backup: checked first (verify, the
    // same agency as the live database), the live database set aside (the file renamed with the moment; on a server
    // a backup of it beside the one restored), then the copy put in its place. Every connection to `livePath` in
    // this process must be closed by the caller, and other workstations must have stopped; a refusal leaves the
    // live database as it was.
    static Result<RestoreOutcome> restore(const QString& backupFile, const QString& livePath, const Clock& clock,
                                          const Progress& progress = {});
    // Owner read and write only.
    static bool restrictToOwner(const QString& file);
};

} // namespace motcua::storage
