// Faults of the disk and of the file under the application: each refused with words to act on, nothing half
// written, the file never changed. SQLite only: they are faults of the embedded database's file and folder (on
// PostgreSQL the server keeps its own files).
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"
#include "core/workflow/IntakeService.h"
#include "tests/support/FileFaults.h"
#include "tests/support/Scalar.h"
#include "tests/support/WorkflowFixture.h"

#include "tests/support/CatchQt.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace motcua;
using test::scalar;

namespace {

struct Counts {
    qint64 dossiers = 0;
    qint64 events = 0;
    qint64 steps = 0;
    qint64 sequences = 0;
    bool operator==(const Counts&) const = default;
};

Counts counts(test::WorkflowFixture& f)
{
    return {test::count(f, QStringLiteral("dossier")), test::count(f, QStringLiteral("dossier_event")),
            test::count(f, QStringLiteral("step_instance")),
            scalar(f.db.database(), QStringLiteral("SELECT coalesce(sum(last), 0) FROM code_sequence")).toLongLong()};
}

bool intact(storage::Database& db)
{
    return scalar(db, QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok");
}

// The disk full, then space back: the intake in between is refused with the words for a full disk and leaves
// nothing behind; the next one takes the number the refused one did not.
void refusedWhileFull(test::WorkflowFixture& f, const std::function<void(const std::function<void()>&)>& whileFull)
{
    const QString first = f.receive().code;
    // The write-ahead log emptied: the next commit has to grow a file.
    REQUIRE(scalar(f.db.database(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).toInt() == 0);
    const Counts before = counts(f);
    whileFull([&] {
        auto clerk = f.as(QStringLiteral("clerk"));
        auto refused = workflow::IntakeService(clerk).receive(test::WorkflowFixture::bulletinRequest());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Storage);
        INFO(refused.error().message.toStdString());
        CHECK(refused.error().message.toLower().contains(QStringLiteral("ổ đĩa đầy")));
        CHECK(refused.error().message.contains(QStringLiteral("chưa lưu gì")));
    });
    CHECK(counts(f) == before);
    CHECK(intact(f.db.database()));
    const QString next = f.receive().code;
    CHECK(counts(f).dossiers == before.dossiers + 1);
    // The day's number of the refused intake was not taken: the codes follow on.
    CHECK(next.section(QLatin1Char('-'), 0, -2) == first.section(QLatin1Char('-'), 0, -2));
    CHECK(next.section(QLatin1Char('-'), -1).toInt() == first.section(QLatin1Char('-'), -1).toInt() + 1);
    CHECK(intact(f.db.database()));
}

QString openFailure(const QString& path)
{
    test::MockClock clock;
    auto opened = storage::Database::open(path, clock);
    if (opened) {
        return {};
    }
    CHECK(opened.error().code == ErrorCode::Storage);
    return opened.error().message;
}

// A database of the application, closed, at `path`.
void makeDatabase(const QString& path)
{
    test::MockClock clock;
    auto made = storage::Database::open(path, clock);
    REQUIRE(made.ok());
}

} // namespace

TEST_CASE("Faults: a full disk refuses the intake in words, keeps nothing of it, and the next one works",
          "[faults][sqlite-only]")
{
    // A tmpfs of its own, filled up (root, as in CI); elsewhere the file-size limit of the next test stands for it.
    test::SmallDisk disk(24 * 1024 * 1024);
    const QTemporaryDir folder;
    const QString name = QStringLiteral("office.sqlite");
    test::WorkflowFixture f(disk.mounted() ? disk.filePath(name) : folder.filePath(name));
    refusedWhileFull(f, [&](const std::function<void()>& intake) {
        if (disk.mounted()) {
            CHECK(disk.fill() > 0);
            intake();
            disk.removeFiller();
        } else {
            const test::FileSizeLimit limit(0);
            intake();
        }
    });
}

TEST_CASE("Faults: a file-size limit (the disk full for this program) refuses the intake the same way",
          "[faults][sqlite-only]")
{
    const QTemporaryDir folder;
    test::WorkflowFixture f(folder.filePath(QStringLiteral("office.sqlite")));
    refusedWhileFull(f, [](const std::function<void()>& intake) {
        const test::FileSizeLimit limit(0);
        intake();
    });
}

TEST_CASE("Faults: a database held by another program beyond the busy timeout refuses the intake in words",
          "[faults][sqlite-only]")
{
    const QTemporaryDir folder;
    test::WorkflowFixture f(folder.filePath(QStringLiteral("office.sqlite")));
    f.receive();
    const Counts before = counts(f);
    {
        // Another program (a database browser) takes the write lock and keeps it.
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-program"));
        other.setDatabaseName(f.db.path());
        REQUIRE(other.open());
        QSqlQuery hold(other);
        REQUIRE(hold.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        REQUIRE(hold.exec(QStringLiteral("UPDATE setting SET value = value")));

        // Still readable (the write-ahead log lets readers in), and a second workstation opens it.
        test::MockClock clock;
        REQUIRE(storage::Database::open(f.db.path(), clock).ok());
        auto clerk = f.as(QStringLiteral("clerk"));
        auto refused = workflow::IntakeService(clerk).receive(test::WorkflowFixture::bulletinRequest());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Storage);
        INFO(refused.error().message.toStdString());
        CHECK(refused.error().message.contains(QStringLiteral("chương trình khác giữ quá 10 giây")));
        CHECK(refused.error().message.contains(f.db.path()));
        REQUIRE(hold.exec(QStringLiteral("ROLLBACK")));
        hold = QSqlQuery();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-program"));
    CHECK(counts(f) == before);
    f.receive();
    CHECK(counts(f).dossiers == before.dossiers + 1);
    CHECK(intact(f.db.database()));
}

TEST_CASE("Faults: a read-only database file or folder is refused at open in words, and not changed",
          "[faults][sqlite-only]")
{
    const QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("office.sqlite"));
    makeDatabase(path);
    const QByteArray hash = test::fileHash(path);
    REQUIRE_FALSE(hash.isEmpty());

    SECTION("the file")
    {
        const test::ReadOnly readOnly(path);
        REQUIRE(readOnly.ok());
        const QString message = openFailure(path);
        INFO(message.toStdString());
        CHECK(message.contains(QStringLiteral("Chương trình không được ghi vào cơ sở dữ liệu")));
        CHECK(message.contains(QStringLiteral("tệp chỉ đọc")));
        CHECK(message.contains(path));
    }
    SECTION("the folder: SQLite cannot keep its journal beside the file")
    {
        const test::ReadOnly readOnly(folder.path());
        REQUIRE(readOnly.ok());
        const QString message = openFailure(path);
        INFO(message.toStdString());
        CHECK(message.contains(QStringLiteral("Chương trình không được ghi vào thư mục")));
        CHECK(message.contains(QStringLiteral("-wal, -shm")));
        // Nor is a new database created in it.
        CHECK(openFailure(folder.filePath(QStringLiteral("new.sqlite"))).contains(QStringLiteral("không tạo được")));
    }
    CHECK(test::fileHash(path) == hash);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(folder.filePath(QStringLiteral("new.sqlite"))));
    // Writable again: it opens.
    CHECK(openFailure(path).isEmpty());
}

TEST_CASE("Faults: a database from a newer version is refused in words and not changed", "[faults][sqlite-only]")
{
    const QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("office.sqlite"));
    {
        test::MockClock clock;
        auto made = storage::Database::open(path, clock);
        REQUIRE(made.ok());
        QSqlQuery query((*made)->connection());
        REQUIRE(query.exec(QStringLiteral("INSERT INTO schema_migration VALUES (999, 'future', 'x')")));
    }
    const QByteArray hash = test::fileHash(path);
    const QString message = openFailure(path);
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("phiên bản MotCua mới hơn")));
    CHECK(message.contains(QStringLiteral("999")));
    CHECK(test::fileHash(path) == hash);
}

TEST_CASE("Faults: a file that is not a database is refused in words and not changed", "[faults][sqlite-only]")
{
    const QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("office.sqlite"));
    const auto kind = GENERATE(as<std::string>{}, "random bytes", "a text file", "an empty file",
                               "a database cut short", "a database cut at a page");
    INFO(kind);
    QByteArray bytes;
    QString expected;
    if (kind == "random bytes") {
        bytes.resize(20000);
        QRandomGenerator generator(15);
        for (char& byte : bytes) {
            byte = static_cast<char>(generator.bounded(256));
        }
        expected = QStringLiteral("không phải cơ sở dữ liệu MotCua");
    } else if (kind == "a text file") {
        bytes = QStringLiteral("Sổ theo dõi hồ sơ\nmã;tên\n").toUtf8().repeated(200);
        expected = QStringLiteral("không phải cơ sở dữ liệu MotCua");
    } else if (kind == "an empty file") {
        expected = QStringLiteral("rỗng");
    } else {
        const QString whole = folder.filePath(QStringLiteral("whole.sqlite"));
        makeDatabase(whole);
        const QByteArray all = test::fileBytes(whole);
        REQUIRE(all.size() > 16 * 4096);
        bytes = all.left(kind == "a database cut short" ? all.size() / 2 + 100 : 8 * 4096);
        expected = QStringLiteral("không đầy đủ");
    }
    REQUIRE(test::writeFile(path, bytes));
    const QByteArray hash = test::fileHash(path);
    const QString message = openFailure(path);
    INFO(message.toStdString());
    CHECK(message.contains(expected));
    CHECK(message.contains(path));
    CHECK(message.contains(QStringLiteral("Không có gì trong tệp bị thay đổi")));
    CHECK(test::fileHash(path) == hash);
    CHECK(QFileInfo(path).size() == bytes.size());
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-shm")));
}
