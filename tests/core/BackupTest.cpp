#include "core/backup/AutomaticBackup.h"
#include "core/storage/AdminLog.h"
#include "core/storage/Backup.h"
#include "core/storage/Settings.h"
#include "tests/support/BackupMoment.h"
#include "tests/support/CatchQt.h"
#include "tests/support/WorkflowFixture.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace motcua;
using storage::Backup;

namespace {

using test::dump;
using test::dumpFile;
using Dump = test::TableDump;

qint64 dossierCount(storage::Database& database)
{
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("SELECT count(*) FROM dossier"));
    query.next();
    return query.value(0).toLongLong();
}

void flipBytesInTheMiddle(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    const qsizetype middle = bytes.size() / 2;
    // A page's worth: it covers the end of a page, where SQLite keeps the rows, and the header of the next.
    for (qsizetype i = middle; i < middle + 4096; ++i) {
        bytes[i] = static_cast<char>(bytes.at(i) ^ 0x5A);
    }
    REQUIRE(file.seek(0));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace

// SQLite only: a server is backed up by pg_dump from one snapshot (ServerBackup, tested in ServerBackupTest), an archive
// this test cannot read back as a file in rowid order.
TEST_CASE("Backup: taken while another connection writes 1,000 dossiers, restored as at its moment",
          "[backup][sqlite-only]")
{
    test::WorkflowFixture f;
    QTemporaryDir folder;
    const QString file = folder.filePath(QStringLiteral("copy.sqlite"));

    test::WritingWorkstation writer(f); // 1,000 intakes, paused at the 500th until the backup is done
    writer.waitForHundred();
    QList<int> percents;
    auto summary = Backup::create(f.db.database(), file, f.db.clock(),
                                  [&](int percent, const QString&) { percents.append(percent); });
    writer.backupDone();
    REQUIRE(writer.finish().empty());
    REQUIRE(summary.ok());
    CHECK(percents.last() == 100);
    CHECK(QFileInfo(file).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                                            QFileDevice::WriteUser));
    CHECK(QFileInfo(f.db.path()).permissions() ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK_FALSE(QFileInfo::exists(file + QStringLiteral(".part")));
    const qint64 moment = summary->dossiers;
    REQUIRE(moment >= 100);
    REQUIRE(moment <= 500);
    CHECK(dossierCount(f.db.database()) == 1000);
    CHECK(summary->agencyCode == QStringLiteral("000.00.16.H33"));
    CHECK(summary->schemaVersion == storage::Database::latestSchemaVersion());

    // The state at the moment of the backup (see WritingWorkstation::expectedAt).
    const Dump now = dump(f.db.database().connection());
    const Dump copy = dumpFile(file);
    REQUIRE(copy.keys() == now.keys());
    const Dump expected = writer.expectedAt(moment, now, copy);
    CHECK(copy == expected);
    CHECK(copy.value(QStringLiteral("dossier")).size() == moment);

    // Restored over the live database: exactly that state, the replaced one kept aside with its 1,000 dossiers.
    f.db.close();
    auto restored = Backup::restore(file, f.db.path(), f.db.clock());
    REQUIRE(restored.ok());
    CHECK(restored->restored.dossiers == moment);
    REQUIRE(QFileInfo::exists(restored->setAside));
    CHECK(dumpFile(restored->setAside).value(QStringLiteral("dossier")).size() == 1000);
    f.db.reopen();
    CHECK(dump(f.db.database().connection()) == expected);
    CHECK(QFileInfo(f.db.path()).permissions() ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
}

// SQLite only: the backup is a copy of the database file (see above).
TEST_CASE("Backup: a corrupted or foreign file is refused and the live database left unchanged",
          "[backup][sqlite-only]")
{
    test::WorkflowFixture f;
    for (int i = 0; i < 20; ++i) {
        f.receive();
    }
    QTemporaryDir folder;
    const QString file = folder.filePath(QStringLiteral("copy.sqlite"));
    REQUIRE(Backup::create(f.db.database(), file, f.db.clock()).ok());
    CHECK(Backup::create(f.db.database(), file, f.db.clock()).error().field == QStringLiteral("file")); // exists
    REQUIRE(Backup::verify(file).ok());
    const Dump before = dump(f.db.database().connection());

    flipBytesInTheMiddle(file);
    const auto refused = Backup::verify(file);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("hỏng")));
    f.db.close();
    const auto notRestored = Backup::restore(file, f.db.path(), f.db.clock());
    REQUIRE_FALSE(notRestored.ok());
    CHECK(notRestored.error().message == refused.error().message);
    CHECK(QDir(QFileInfo(f.db.path()).absolutePath())
              .entryList({QStringLiteral("*.before-restore-*"), QStringLiteral("*.restoring")})
              .isEmpty());
    f.db.reopen();
    CHECK(dump(f.db.database().connection()) == before);

    // Not a database at all.
    const QString text = folder.filePath(QStringLiteral("notes.txt"));
    QFile notes(text);
    REQUIRE(notes.open(QIODevice::WriteOnly));
    notes.write(QByteArray(4096, 'x'));
    notes.close();
    CHECK(Backup::verify(text).error().message.contains(QStringLiteral("SQLite")));

    // Another agency's backup.
    test::WorkflowFixture other;
    QSqlQuery query(other.db.database().connection());
    REQUIRE(query.exec(QStringLiteral("UPDATE agency SET code = '000.00.99.H99', name = 'Sở khác'")));
    const QString foreign = folder.filePath(QStringLiteral("foreign.sqlite"));
    REQUIRE(Backup::create(other.db.database(), foreign, other.db.clock()).ok());
    f.db.close();
    const auto wrongAgency = Backup::restore(foreign, f.db.path(), f.db.clock());
    REQUIRE_FALSE(wrongAgency.ok());
    CHECK(wrongAgency.error().message.contains(QStringLiteral("000.00.99.H99")));
    f.db.reopen();
    CHECK(dump(f.db.database().connection()) == before);
}

// SQLite only: the automatic backup copies the database file (see above).
TEST_CASE("Automatic backup: once a day, verified, pruned to the last days and months, failures recorded",
          "[backup][sqlite-only]")
{
    test::WorkflowFixture f;
    f.receive();
    QTemporaryDir folder;
    storage::Settings settings(f.db.database(), f.db.clock());
    backup::AutomaticBackup automatic(f.db.database(), f.db.clock());
    CHECK_FALSE(automatic.isDue()); // no folder yet
    CHECK(automatic.run().error().field == QStringLiteral("backup.folder"));
    CHECK_FALSE(automatic.lastError().isEmpty());

    const qint64 admin = f.users.value(QStringLiteral("admin")).id;
    REQUIRE(settings.set(admin, storage::Settings::Key::BackupFolder, folder.path()).ok());
    REQUIRE(settings.set(admin, storage::Settings::Key::BackupKeepDaily, 3).ok());
    REQUIRE(settings.set(admin, storage::Settings::Key::BackupKeepMonthly, 3).ok());
    CHECK(automatic.isDue());
    auto taken = automatic.run();
    REQUIRE(taken.ok());
    CHECK(taken->dossiers == 1);
    CHECK(automatic.lastError().isEmpty());
    CHECK_FALSE(automatic.isDue());
    CHECK(settings.lastAutomaticBackup() == QDate(2026, 11, 23));

    // Day after day, for two months and more: three days and two months are kept.
    for (int day = 1; day <= 70; ++day) {
        f.db.clock().advanceMinutes(24 * 60);
        REQUIRE(automatic.isDue());
        REQUIRE(automatic.run().ok());
    }
    QStringList kept = QDir(folder.path()).entryList(QDir::Files, QDir::Name);
    // 23/11/2026 + 70 days = 01/02/2027: the last three days, and the newest of each of the last three months:
    // February and January 2027 (already among the days) and December 2026.
    CHECK(kept == QStringList{QStringLiteral("motcua-20261231-080000.sqlite"),
                              QStringLiteral("motcua-20270130-080000.sqlite"),
                              QStringLiteral("motcua-20270131-080000.sqlite"),
                              QStringLiteral("motcua-20270201-080000.sqlite")});
    for (const QString& name : kept) {
        CHECK(Backup::verify(QDir(folder.path()).filePath(name)).ok());
    }
    // The folder gone: the failure is recorded for the administrator.
    REQUIRE(settings.record(storage::Settings::Key::BackupFolder, QStringLiteral("/proc/no-such-folder")).ok());
    f.db.clock().advanceMinutes(24 * 60);
    CHECK_FALSE(automatic.run().ok());
    CHECK_FALSE(automatic.lastError().isEmpty());
    CHECK(storage::AdminLog(f.db.database(), f.db.clock()).entries()->constFirst().action ==
          QStringLiteral("backup.failed"));
}
