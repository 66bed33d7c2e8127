#pragma once

#include "core/storage/Database.h"

#include <QCoreApplication>

namespace motcua::storage {

// The rights of the application's role on the office's PostgreSQL server (docs/postgresql.md): the owner of the
// database runs the migrations; the application's role reads and writes the rows but may not alter the schema, may
// only add to the histories (dossier events, sign-in and administration logs: no UPDATE, DELETE or TRUNCATE, on the
// server as well as by their triggers) and may not touch the record of migrations.
class ServerRoles {
    Q_DECLARE_TR_FUNCTIONS(motcua::storage::ServerRoles)

public:
    // The tables only ever added to.
    static QStringList appendOnlyTables();
    // Run as the owner on a migrated database: grants `role` what the application needs on every table and
    // sequence now and on those later migrations create, then takes back what it may not do. One transaction; an
    // unknown role, the owner itself or a database file is refused naming it.
    static Status grantApplication(Database& owner, const QString& role);
    // Run as the owner: takes UPDATE, DELETE and TRUNCATE on the histories, and any change of the record of
    // migrations, back from every role but the owner (after grantApplication, and after a restore, whose tables
    // get the owner's default privileges when they are made again).
    static Status protectHistories(Database& owner);
    // The roles the application was granted to (grantApplication), read from the server's catalogue.
    static Result<QStringList> applicationRoles(Database& owner);
    // Run as the owner after migrations (motcua-cli migrate, a restore): grantApplication again for each of them, so
    // that a table a migration added is the application's to use as the others are (a history only added to). The
    // roles done; nothing on a database file.
    static Result<QStringList> regrantApplications(Database& owner);
};

} // namespace motcua::storage
