#pragma once

#include "core/storage/Backup.h"

namespace motcua::storage {

// The PostgreSQL half of Backup (which calls it for a postgresql:// database or a dump file): pg_dump in custom
// format of one exported snapshot, with a manifest beside it (FILE.manifest.json: when, the schema version, the
// agency, the rows of each table in that same snapshot, the SHA-256 of the dump); restored by pg_restore in a single
// transaction, so that a refused or failed restore leaves the live database as it was. The server's programs are
// found in MOTCUA_PG_BIN, /usr/lib/postgresql/15/bin (Debian's postgresql-client-15) or the PATH.
class ServerBackup {
    Q_DECLARE_TR_FUNCTIONS(motcua::storage::ServerBackup)

public:
    // Whether the file starts as a pg_dump custom-format archive does.
    static bool isDump(const QString& file);
    static QString manifestPath(const QString& file);

    static Result<BackupSummary> create(Database& live, const QString& target, const Clock& clock,
                                        const Backup::Progress& progress);
    static Result<BackupSummary> verify(const QString& file);
    static Result<RestoreOutcome> restore(const QString& backupFile, const QString& liveUrl, const Clock& clock,
                                          const Backup::Progress& progress);
};

} // namespace motcua::storage
