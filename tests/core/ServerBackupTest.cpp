// PostgreSQL only: a server database is backed up with pg_dump and restored with pg_restore (the file's backups
// are in BackupTest.cpp).
#include "core/storage/ServerBackup.h"
#include "core/backup/AutomaticBackup.h"
#include "core/storage/Backup.h"
#include "core/storage/Settings.h"
#include "core/storage/TableCatalog.h"
#include "tests/support/Scalar.h"
#include "tests/support/WorkflowFixture.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace motcua;
using storage::Backup;
using test::scalar;

namespace {

// Each table's rows and digest.
QMap<QString, QByteArray> contents(storage::Database& db)
{
    const storage::TableCatalog catalog(db.connection(), db.dialect());
    QMap<QString, QByteArray> result;
    const auto tables = catalog.tables();
    REQUIRE(tables);
    for (const QString& table : *tables) {
        const auto content = catalog.content(table);
        result.insert(table, QByteArray::number(content->rows) + ' ' + content->sha256);
    }
    return result;
}

bool ownerOnly(const QString& file)
{
    return QFileInfo(file).permissions() ==
           (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
}

void receive(test::WorkflowFixture& f, int dossiers)
{
    for (int i = 0; i < dossiers; ++i) {
        f.receive();
    }
}

} // namespace

TEST_CASE("Server backup: a verified pg_dump archive of one moment, for its owner only, restored over later work",
          "[backup][postgresql-only]")
{
    test::WorkflowFixture f;
    receive(f, 12);
    QTemporaryDir folder;
    const QString file = folder.filePath(QStringLiteral("office.dump"));
    QList<int> steps;
    auto taken =
        Backup::create(f.db.database(), file, f.db.clock(), [&](int percent, const QString&) { steps << percent; });
    REQUIRE(taken);
    CHECK(steps.constLast() == 100);
    CHECK(taken->dossiers == 12);
    CHECK(taken->schemaVersion == storage::Database::latestSchemaVersion());
    CHECK_FALSE(taken->agencyCode.isEmpty());
    CHECK(storage::ServerBackup::isDump(file));
    CHECK(ownerOnly(file));
    CHECK(ownerOnly(storage::ServerBackup::manifestPath(file)));
    CHECK_FALSE(QFileInfo::exists(file + QStringLiteral(".part")));
    const QMap<QString, QByteArray> atBackup = contents(f.db.database());
    auto verified = Backup::verify(file);
    REQUIRE(verified);
    CHECK(verified->rowCounts == taken->rowCounts);
    CHECK(verified->rowCounts.value(QStringLiteral("dossier_event")) ==
          scalar(f.db.database(), QStringLiteral("SELECT count(*) FROM dossier_event")).toLongLong());
    CHECK(Backup::create(f.db.database(), file, f.db.clock()).error().field == QStringLiteral("file")); // exists

    receive(f, 3);
    f.db.close();
    auto restored = Backup::restore(file, f.db.path(), f.db.clock());
    REQUIRE(restored);
    CHECK(restored->restored.dossiers == 12);
    // The replaced database, kept aside as a backup of its own.
    auto setAside = Backup::verify(restored->setAside);
    REQUIRE(setAside);
    CHECK(setAside->dossiers == 15);
    f.db.reopen();
    CHECK(contents(f.db.database()) == atBackup);
    // The identities go on from the restored ids.
    const dossier::Dossier next = f.receive();
    CHECK(next.id > scalar(f.db.database(), QStringLiteral("SELECT min(id) FROM dossier")).toLongLong());
    CHECK(scalar(f.db.database(), QStringLiteral("SELECT count(*) FROM dossier")).toInt() == 13);
}

TEST_CASE("Server backup: a damaged archive or one without its manifest is refused, the live database untouched",
          "[backup][postgresql-only]")
{
    test::WorkflowFixture f;
    receive(f, 5);
    QTemporaryDir folder;
    const QString file = folder.filePath(QStringLiteral("office.dump"));
    REQUIRE(Backup::create(f.db.database(), file, f.db.clock()));
    receive(f, 2);
    const QMap<QString, QByteArray> live = contents(f.db.database());

    QFile raw(file);
    REQUIRE(raw.open(QIODevice::ReadWrite));
    QByteArray bytes = raw.readAll();
    for (qsizetype i = bytes.size() / 2; i < bytes.size() / 2 + 64; ++i) {
        bytes[i] = static_cast<char>(bytes.at(i) ^ 0x5A);
    }
    REQUIRE(raw.seek(0));
    REQUIRE(raw.write(bytes) == bytes.size());
    raw.close();
    const auto refused = Backup::verify(file);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("hỏng")));
    f.db.close();
    const auto notRestored = Backup::restore(file, f.db.path(), f.db.clock());
    REQUIRE_FALSE(notRestored);
    CHECK(notRestored.error().message == refused.error().message);
    CHECK(QDir(folder.path()).entryList({QStringLiteral("*before-restore*")}).isEmpty());
    f.db.reopen();
    CHECK(contents(f.db.database()) == live);

    REQUIRE(QFile::remove(storage::ServerBackup::manifestPath(file)));
    CHECK(Backup::verify(file).error().message.contains(QStringLiteral("manifest")));
    // A backup of a database file is no backup of the server.
    const QString text = folder.filePath(QStringLiteral("notes.sqlite"));
    QFile notes(text);
    REQUIRE(notes.open(QIODevice::WriteOnly));
    notes.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4096, 'x'));
    notes.close();
    f.db.close();
    CHECK(Backup::restore(text, f.db.path(), f.db.clock()).error().message.contains(QStringLiteral("motcua-cli copy")));
    f.db.reopen();
    CHECK(contents(f.db.database()) == live);
}

TEST_CASE("Server backup: the automatic daily backup of a server database is a verified archive in the folder",
          "[backup][postgresql-only]")
{
    test::WorkflowFixture f;
    f.receive();
    QTemporaryDir folder;
    storage::Settings settings(f.db.database(), f.db.clock());
    REQUIRE(
        settings.set(f.users.value(QStringLiteral("admin")).id, storage::Settings::Key::BackupFolder, folder.path()));
    backup::AutomaticBackup automatic(f.db.database(), f.db.clock());
    REQUIRE(automatic.isDue());
    auto taken = automatic.run();
    REQUIRE(taken);
    CHECK(QFileInfo(taken->file).fileName() == QStringLiteral("motcua-20261123-080000.dump"));
    CHECK(Backup::verify(taken->file));
    CHECK_FALSE(automatic.isDue());
    CHECK(automatic.lastError().isEmpty());
}
