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
        return protectHistories(owner);
    });
}

Status ServerRoles::protectHistories(Database& owner)
{
    if (owner.dialect().engine() != SqlEngine::PostgreSql) {
        return {};
    }
    return owner.transaction([&]() -> Status {
        QStringList tables = appendOnlyTables();
        tables << QStringLiteral("schema_migration");
        QSqlQuery query(owner.connection());
        QStringList revokes;
        for (const QString& table : tables) {
            // The statements made by the server from its catalogue: quote_ident for a role, PUBLIC as it is.
            if (Status status = exec(query,
                                     QStringLiteral("SELECT format('REVOKE %s ON %I FROM %s', p.privilege_type, "
                                                    "p.table_name, CASE WHEN p.grantee = 'PUBLIC' THEN 'PUBLIC' ELSE "
                                                    "quote_ident(p.grantee) END) FROM information_schema."
                                                    "table_privileges p JOIN pg_tables t ON t.schemaname = "
                                                    "p.table_schema AND t.tablename = p.table_name WHERE "
                                                    "p.table_schema = current_schema() AND p.table_name = ?::text "
                                                    "AND p.grantee <> t.tableowner AND p.privilege_type IN "
                                                    "('UPDATE', 'DELETE', 'TRUNCATE', ?::text)"),
                                     {table, table == QLatin1String("schema_migration") ? QStringLiteral("INSERT")
                                                                                        : QStringLiteral("UPDATE")});
                !status) {
                return status;
            }
            while (query.next()) {
                revokes << query.value(0).toString();
            }
        }
        for (const QString& revoke : revokes) {
            QSqlQuery statement(owner.connection()); // run as it is: the server prepares no REVOKE
            if (!statement.exec(revoke)) {
                return sqlError(statement);
            }
        }
        return {};
    });
}

Result<QStringList> ServerRoles::applicationRoles(Database& owner)
{
    if (owner.dialect().engine() != SqlEngine::PostgreSql) {
        return QStringList();
    }
    // Whoever may read the dossiers but does not own them: granted by grantApplication (PUBLIC never is).
    QSqlQuery query(owner.connection());
    if (Status status = exec(query, QStringLiteral("SELECT DISTINCT p.grantee FROM information_schema.table_privileges p "
                                                   "JOIN pg_tables t ON t.schemaname = p.table_schema AND t.tablename = "
                                                   "p.table_name WHERE p.table_schema = current_schema() AND "
                                                   "p.table_name = 'dossier' AND p.privilege_type = 'SELECT' AND "
                                                   "p.grantee <> t.tableowner AND p.grantee <> 'PUBLIC' AND p.grantee "
                                                   "<> current_user ORDER BY p.grantee"));
        !status) {
        return status.error();
    }
    QStringList roles;
    while (query.next()) {
        roles << query.value(0).toString();
    }
    return roles;
}

Result<QStringList> ServerRoles::regrantApplications(Database& owner)
{
    auto roles = applicationRoles(owner);
    if (!roles) {
        return roles.error();
    }
    for (const QString& role : std::as_const(*roles)) {
        if (Status granted = grantApplication(owner, role); !granted) {
            return granted.error();
        }
    }
    return roles;
}

} // namespace motcua::storage
