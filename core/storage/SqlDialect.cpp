#include "core/storage/SqlDialect.h"

#include <QStringList>
#include <QVariant>

namespace motcua::storage {

namespace {

// Any number of the application's own: "MOTCUA" typed on a telephone keypad.
constexpr int kMigrationLock = 668282;
constexpr int kWriteLock = kMigrationLock + 1;

} // namespace

QString SqlDialect::driverName() const
{
    return m_engine == SqlEngine::PostgreSql ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
}

QString SqlDialect::migrationFolder() const
{
    return m_engine == SqlEngine::PostgreSql ? QStringLiteral(":/sql/postgresql") : QStringLiteral(":/sql/sqlite");
}

QString SqlDialect::createSchemaMigration() const
{
    return QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migration (version INTEGER PRIMARY KEY, name TEXT NOT "
                          "NULL, applied_at TEXT NOT NULL)") +
           (m_engine == SqlEngine::Sqlite ? QStringLiteral(" STRICT") : QString());
}

QStringList SqlDialect::sessionSetup(bool inMemory) const
{
    if (m_engine == SqlEngine::PostgreSql) {
        // The notices of CREATE ... IF NOT EXISTS are not warnings for the log.
        return {QStringLiteral("SET client_min_messages = warning")};
    }
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA busy_timeout = 10000")};
    if (!inMemory) {
        // Write-ahead log with a full sync at every commit: a power cut never loses a committed dossier.
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = FULL");
    }
    return pragmas;
}

QString SqlDialect::beginWrite() const
{
    return m_engine == SqlEngine::PostgreSql ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
}

QString SqlDialect::writeLock() const
{
    return m_engine == SqlEngine::PostgreSql ? QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kWriteLock)
                                             : QString();
}

QString SqlDialect::lockMigrations() const
{
    return m_engine == SqlEngine::PostgreSql ? QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kMigrationLock)
                                             : QString();
}

QString SqlDialect::unlockMigrations() const
{
    return m_engine == SqlEngine::PostgreSql ? QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kMigrationLock)
                                             : QString();
}

QString SqlDialect::foreignKeys(bool on) const
{
    if (m_engine == SqlEngine::PostgreSql) {
        return {};
    }
    return on ? QStringLiteral("PRAGMA foreign_keys = ON") : QStringLiteral("PRAGMA foreign_keys = OFF");
}

QString SqlDialect::foreignKeyCheck() const
{
    return m_engine == SqlEngine::PostgreSql ? QString() : QStringLiteral("PRAGMA foreign_key_check");
}

QString SqlDialect::commaList(const QString& expression) const
{
    return m_engine == SqlEngine::PostgreSql ? QStringLiteral("string_agg(%1, ',')").arg(expression)
                                             : QStringLiteral("group_concat(%1)").arg(expression);
}

QString SqlDialect::dossierChannel() const
{
    return m_engine == SqlEngine::PostgreSql ? QStringLiteral("motcua_dossier") : QString();
}

QString SqlDialect::announceDossier() const
{
    return m_engine == SqlEngine::PostgreSql ? QStringLiteral("SELECT pg_notify('motcua_dossier', ?)") : QString();
}

QString SqlDialect::calendarChannel() const
{
    return m_engine == SqlEngine::PostgreSql ? QStringLiteral("motcua_calendar") : QString();
}

QString SqlDialect::announceCalendar() const
{
    return m_engine == SqlEngine::PostgreSql ? QStringLiteral("SELECT pg_notify('motcua_calendar', ?)") : QString();
}

QString SqlDialect::listTables() const
{
    if (m_engine == SqlEngine::PostgreSql) {
        return QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()");
    }
    // Plain tables only: the search index (a virtual table) and its shadow tables are built from the dossiers.
    return QStringLiteral("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT "
                          "LIKE 'sqlite\\_%' ESCAPE '\\'");
}

QString SqlDialect::searchCondition(const QString& folded, QVariantList& values) const
{
    QString pattern = folded;
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%"));
    pattern.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    const QString like = QStringLiteral("d.search_text LIKE ? ESCAPE '\\'");
    // Every piece of three characters, each a quoted FTS5 string ("" for a quote in it), all required.
    QStringList pieces;
    const QList<uint> characters = folded.toUcs4(); // the index counts characters, not UTF-16 units
    for (qsizetype i = 0; m_engine == SqlEngine::Sqlite && i + 3 <= characters.size(); ++i) {
        QString piece = QString::fromUcs4(reinterpret_cast<const char32_t*>(characters.constData() + i), 3);
        piece.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        piece = QLatin1Char('"') + piece + QLatin1Char('"');
        if (!pieces.contains(piece)) {
            pieces << piece;
        }
    }
    if (pieces.isEmpty()) {
        values << QStringLiteral("%") + pattern + QStringLiteral("%");
        return like;
    }
    values << pieces.join(QStringLiteral(" AND ")) << QStringLiteral("%") + pattern + QStringLiteral("%");
    return QStringLiteral("d.id IN (SELECT rowid FROM dossier_search WHERE dossier_search MATCH ?) AND ") + like;
}

QString SqlDialect::listColumns() const
{
    if (m_engine == SqlEngine::PostgreSql) {
        return QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                              "current_schema() AND table_name = ? ORDER BY ordinal_position");
    }
    return QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid");
}

QString SqlDialect::listPrimaryKey() const
{
    if (m_engine == SqlEngine::PostgreSql) {
        return QStringLiteral("SELECT a.attname, a.atttypid IN ('text'::regtype, 'varchar'::regtype) FROM pg_index i "
                              "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey) "
                              "WHERE i.indrelid = ?::regclass AND i.indisprimary "
                              "ORDER BY array_position(i.indkey::int2[], a.attnum)");
    }
    return QStringLiteral("SELECT name, upper(type) = 'TEXT' FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk");
}

QString SqlDialect::listParentTables() const
{
    if (m_engine == SqlEngine::PostgreSql) {
        return QStringLiteral("SELECT DISTINCT confrelid::regclass::text FROM pg_constraint WHERE contype = 'f' AND "
                              "conrelid = ?::regclass");
    }
    return QStringLiteral("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?)");
}

QString SqlDialect::listIdentityColumns() const
{
    if (m_engine == SqlEngine::PostgreSql) {
        return QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                              "current_schema() AND table_name = ? AND (is_identity = 'YES' OR column_default LIKE "
                              "'nextval(%')");
    }
    return {};
}

QString SqlDialect::resetIdentity(const QString& table, const QString& column) const
{
    if (m_engine != SqlEngine::PostgreSql) {
        return {};
    }
    // setval(…, max + 1, false): the next value is max + 1, also for an empty table (1).
    return QStringLiteral(
               "SELECT setval(pg_get_serial_sequence('%1', '%2'), coalesce((SELECT max(%3) FROM %4), 0) + 1, "
               "false)")
        .arg(quoted(table).replace(QLatin1Char('\''), QLatin1String("''")), column, quoted(column), quoted(table));
}

QString SqlDialect::codePointOrder(const QString& column) const
{
    return m_engine == SqlEngine::PostgreSql ? quoted(column) + QStringLiteral(" COLLATE \"C\"") : quoted(column);
}

QString SqlDialect::forUpdate() const
{
    return m_engine == SqlEngine::PostgreSql ? QStringLiteral(" FOR UPDATE") : QString();
}

QString SqlDialect::suspendDossierCount() const
{
    return m_engine == SqlEngine::PostgreSql ? QStringLiteral("SELECT set_config('motcua.copying', 'on', true)")
                                             : QString();
}

QString SqlDialect::beginSnapshot() const
{
    // SQLite: a deferred transaction reads one snapshot of the write-ahead log from its first read.
    return m_engine == SqlEngine::PostgreSql ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                                             : QStringLiteral("BEGIN");
}

QString SqlDialect::quoted(const QString& name)
{
    QString inner = name;
    return QLatin1Char('"') + inner.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

bool SqlDialect::isPermissionDenied(const QSqlError& error) const
{
    return m_engine == SqlEngine::PostgreSql && error.nativeErrorCode() == QLatin1String("42501");
}

bool SqlDialect::isConnectionLost(const QSqlError& error) const
{
    if (m_engine != SqlEngine::PostgreSql) {
        return false;
    }
    if (error.type() == QSqlError::ConnectionError) {
        return true;
    }
    // SQLSTATE class 08 (connection exception) and 57P01–57P03 (the server shutting down or the backend
    // terminated); libpq gives no SQLSTATE at all when the socket is gone.
    const QString state = error.nativeErrorCode();
    return state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")) ||
           (state.isEmpty() && error.type() != QSqlError::NoError);
}

} // namespace motcua::storage
