#include "core/storage/ServerRoles.h"

#include "core/storage/SqlQuery.h"

namespace motcua::storage {

namespace {

// Templates of format() run by the server: %1$I the database, %2$I the schema, %3$I the role (quoted there as
// identifiers, never pasted in here).
const char* const kGrants[] = {
    "GRANT CONNECT, TEMPORARY ON DATABASE %1$I TO %3$I",
    "GRANT USAGE ON SCHEMA %2$I TO %3$I",
    "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %2$I TO %3$I",
    "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %2$I TO %3$I",
    "ALTER DEFAULT PRIVILEGES IN SCHEMA %2$I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %3$I",
    "ALTER DEFAULT PRIVILEGES IN SCHEMA %2$I GRANT USAGE, SELECT ON SEQUENCES TO %3$I",
    "REVOKE CREATE ON SCHEMA %2$I FROM %3$I",
    "REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON schema_migration FROM %3$I",
};

} // namespace

QStringList ServerRoles::appendOnlyTables()
{
    return {QStringLiteral("dossier_event"), QStringLiteral("sign_in_log"), QStringLiteral("admin_log")};
}

Status ServerRoles::grantApplication(Database& owner, const QString& role)
{
    if (owner.dialect().engine() != SqlEngine::PostgreSql) {
        return Error::invalid(QStringLiteral("--db"),
                              tr("Roles exist on a PostgreSQL server only; a database file has none."));
    }
    return owner.transaction([&]() -> Status {
        QSqlQuery query(owner.connection());
        if (Status status =
                exec(query, QStringLiteral("SELECT rolname = current_user FROM pg_roles WHERE rolname = ?"), {role});
            !status) {
            return status;
        }
        if (!query.next()) {
            return Error::invalid(
                QStringLiteral("ROLE"),
                tr("There is no role %1 on the server: create it first (docs/postgresql.md).").arg(role));
        }
        if (query.value(0).toBool()) {
            return Error::invalid(
                QStringLiteral("ROLE"),
                tr("%1 is the role this command runs as, the owner: name the application's role.").arg(role));
        }
        QStringList templates;
        for (const char* grant : kGrants) {
            templates << QString::fromLatin1(grant);
        }
        for (const QString& table : appendOnlyTables()) {
            // A schema not yet migrated as far as the table: nothing to take back yet.
            if (Status status = exec(query, QStringLiteral("SELECT to_regclass(?::text) IS NOT NULL"), {table});
                !status) {
                return status;
            }
            if (query.next() && query.value(0).toBool()) {
                templates << QStringLiteral("REVOKE UPDATE, DELETE, TRUNCATE ON %1 FROM %3$I").arg(table);
            }
        }
        for (const QString& sql : templates) {
            if (Status status =
                    exec(query, QStringLiteral("SELECT format(?::text, current_database(), current_schema(), ?::text)"),
                         {sql, role});
                !status) {
                return status;
            }
            query.next();
            const QString statement = query.value(0).toString();
            QSqlQuery grant(owner.connection());
            if (!grant.exec(statement)) {
                if (owner.dialect().isPermissionDenied(grant.lastError())) {
                    return Error{ErrorCode::Forbidden,
                                 tr("Only the owner of the database may grant rights on its tables: connect as the "
                                    "owner (%1).")
                                     .arg(grant.lastError().databaseText()),
                                 QStringLiteral("--db")};
                }
                return sqlError(grant);
            }
        }
        return {};
    });
}

} // namespace motcua::storage
