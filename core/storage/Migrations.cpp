#include "core/storage/Migrations.h"

#include <algorithm>

#include "core/common/Logging.h"
#include "core/storage/Database.h"
#include "core/storage/HistoryChain.h"
#include "core/storage/SqlQuery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace motcua::storage {

namespace {

const QLatin1String kForeignKeysOff("-- motcua: foreign-keys-off");
// Where a migration's script hands over to the program: the rows of the histories hashed in id order (HistoryChain),
// then the rest of the script.
const QLatin1String kHashHistories("-- motcua: hash-histories");

Status hashHistories(Database& database)
{
    for (HistoryTable table : historyTables()) {
        if (Status status = HistoryChain::hashExisting(database, table); !status) {
            return status;
        }
    }
    return {};
}

QString tr(const char* text)
{
    return QCoreApplication::translate("motcua::storage::Migrations", text);
}

} // namespace

Migrations::Migrations(const QString& folder)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3})_(\\w+)\\.sql$"));
    const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QRegularExpressionMatch match = pattern.match(file);
        if (match.hasMatch()) {
            m_list.append({match.captured(1).toInt(), match.captured(2), QDir(folder).filePath(file)});
        }
    }
}

QStringList Migrations::statements(const QString& script)
{
    QStringList result;
    QString current;
    bool inBody = false;
    bool inDollarQuote = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString& rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (!inDollarQuote && (line.startsWith(QLatin1String("--")) || (line.isEmpty() && current.isEmpty()))) {
            continue;
        }
        current += rawLine + QLatin1Char('\n');
        if (line.count(QLatin1String("$$")) % 2 == 1) {
            inDollarQuote = !inDollarQuote;
        }
        if (!inDollarQuote && line.compare(QLatin1String("BEGIN"), Qt::CaseInsensitive) == 0 &&
            current.trimmed().startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive)) {
            inBody = true;
        }
        const bool ends = !inDollarQuote && (inBody ? line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                                                    : line.endsWith(QLatin1Char(';')));
        if (ends) {
            result << current.trimmed();
            current.clear();
            inBody = false;
        }
    }
    if (!current.trimmed().isEmpty()) {
        result << current.trimmed();
    }
    return result;
}

Migrations Migrations::upTo(int version) const
{
    Migrations earlier = *this;
    earlier.m_list.erase(std::remove_if(earlier.m_list.begin(), earlier.m_list.end(),
                                        [version](const Migration& migration) { return migration.version > version; }),
                         earlier.m_list.end());
    return earlier;
}

Status Migrations::apply(Database& database, const Clock& clock) const
{
    // Up to date: nothing to lock nor to create. The application's role on the office's server may not create
    // anything (docs/postgresql.md), and it opens a current database every day.
    if (const int current = database.schemaVersion(); current > 0 && current == latestVersion()) {
        return {};
    } else if (current > latestVersion()) {
        return newer(database, current);
    }
    QSqlQuery lock(database.connection());
    const SqlDialect& dialect = database.dialect();
    if (!dialect.lockMigrations().isEmpty() && !lock.exec(dialect.lockMigrations())) {
        return sqlError(lock);
    }
    Status status = applyPending(database, clock);
    if (!dialect.unlockMigrations().isEmpty()) {
        lock.exec(dialect.unlockMigrations());
    }
    if (!status && dialect.isPermissionDenied(m_lastError)) {
        return Error::storage(tr("The database %1 is at schema %2 and this version of MotCua needs schema %3, but its "
                                 "user may not change the schema. Migrate it once as the database's owner: "
                                 "motcua-cli migrate --db postgresql://OWNER@HOST/DATABASE (docs/postgresql.md).")
                                  .arg(database.displayName())
                                  .arg(database.schemaVersion())
                                  .arg(latestVersion()));
    }
    return status;
}

Error Migrations::newer(const Database& database, int current) const
{
    return Error::storage(tr("The database %1 was made by a newer version of MotCua (schema %2); this version "
                             "knows schema %3. Nothing was changed in it: open it with the newer version.")
                              .arg(database.displayName())
                              .arg(current)
                              .arg(latestVersion()));
}

Status Migrations::applyPending(Database& database, const Clock& clock) const
{
    QSqlQuery query(database.connection());
    if (!query.exec(database.dialect().createSchemaMigration())) {
        m_lastError = query.lastError();
        return sqlError(query);
    }
    const int current = database.schemaVersion();
    if (current > latestVersion()) {
        return newer(database, current);
    }
    for (const Migration& migration : m_list) {
        if (migration.version <= current) {
            continue;
        }
        if (Status status = applyOne(database, migration, clock); !status) {
            return status;
        }
        qCInfo(lcStorage) << "Applied migration" << migration.version << migration.name;
    }
    return {};
}

Status Migrations::applyOne(Database& database, const Migration& migration, const Clock& clock) const
{
    QFile file(migration.path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::storage(tr("The migration %1 is missing.").arg(migration.path));
    }
    const QString script = QString::fromUtf8(file.readAll());
    const SqlDialect& dialect = database.dialect();
    const bool foreignKeysOff = script.startsWith(kForeignKeysOff) && !dialect.foreignKeys(false).isEmpty();
    QSqlQuery step(database.connection());
    if (foreignKeysOff && !step.exec(dialect.foreignKeys(false))) {
        return sqlError(step);
    }
    Status status = database.transaction([&]() -> Status {
        // Another workstation may have applied it meanwhile: the version is read again under the lock.
        if (database.schemaVersion() >= migration.version) {
            return {};
        }
        const qsizetype handOver = script.indexOf(kHashHistories);
        const QList<QString> parts = handOver < 0 ? QList<QString>{script}
                                                  : QList<QString>{script.left(handOver), script.mid(handOver)};
        for (qsizetype part = 0; part < parts.size(); ++part) {
            if (part > 0) {
                if (Status hashed = hashHistories(database); !hashed) {
                    return hashed;
                }
            }
            for (const QString& statement : statements(parts.at(part))) {
                if (!step.exec(statement)) {
                    m_lastError = step.lastError();
                    return sqlError(step);
                }
            }
        }
        if (foreignKeysOff) {
            if (!step.exec(dialect.foreignKeyCheck())) {
                return sqlError(step);
            }
            if (step.next()) {
                return Error::storage(tr("The migration %1 would leave a row of %2 pointing at nothing.")
                                          .arg(migration.name, step.value(0).toString()));
            }
        }
        return exec(step, QStringLiteral("INSERT INTO schema_migration (version, name, applied_at) VALUES (?, ?, ?)"),
                    {migration.version, migration.name, clock.now().toString(Qt::ISODate)});
    });
    if (foreignKeysOff && !step.exec(dialect.foreignKeys(true)) && status) {
        status = sqlError(step);
    }
    return status;
}

} // namespace motcua::storage
