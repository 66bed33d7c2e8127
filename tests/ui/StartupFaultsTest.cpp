// The application's start with a database file it cannot use (app/gui/main.cpp opens through StartupConnection):
// the box says why in words, Retry says it again, Quit closes without a database, and the file is never changed.
// SQLite only: faults of the embedded file.
#include "tests/support/CatchQt.h"

#include "core/storage/Database.h"
#include "tests/support/FileFaults.h"
#include "tests/support/MockClock.h"
#include "ui/setup/StartupConnection.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

using namespace motcua;
using namespace motcua::ui;
using motcua::test::MockClock;

namespace {

// Opens `path` at start as the application does, answering Retry to the first box and Quit to the second; the
// texts of the boxes.
QStringList startWith(const QString& path)
{
    const MockClock clock;
    QStringList texts;
    std::function<void()> answer = [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) {
            QTimer::singleShot(20, answer);
            return;
        }
        texts << box->text();
        const bool again = texts.size() == 1;
        box->findChild<QPushButton*>(again ? QStringLiteral("retryButton") : QStringLiteral("quitButton"))->click();
        if (again) {
            QTimer::singleShot(20, answer);
        }
    };
    QTimer::singleShot(0, answer);
    CHECK_FALSE(StartupConnection(clock).open(path));
    return texts;
}

} // namespace

TEST_CASE("Start-up: a file it cannot use is refused in words, with Retry and Quit, and never changed",
          "[ui][connection][faults][sqlite-only]")
{
    const QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("office.sqlite"));
    const auto kind = GENERATE(as<std::string>{}, "a text file", "an empty file", "a database cut short",
                               "a newer version", "a read-only file");
    INFO(kind);
    QString expected;
    std::unique_ptr<test::ReadOnly> readOnly;
    if (kind == "a text file") {
        REQUIRE(test::writeFile(path, QByteArrayLiteral("Sổ theo dõi hồ sơ\n").repeated(100)));
        expected = QStringLiteral("không phải cơ sở dữ liệu MotCua");
    } else if (kind == "an empty file") {
        REQUIRE(test::writeFile(path, {}));
        expected = QStringLiteral("rỗng");
    } else {
        {
            const MockClock clock;
            auto made = storage::Database::open(path, clock);
            REQUIRE(made.ok());
            if (kind == "a newer version") {
                QSqlQuery query((*made)->connection());
                REQUIRE(query.exec(QStringLiteral("INSERT INTO schema_migration VALUES (999, 'future', 'x')")));
            }
        }
        if (kind == "a database cut short") {
            const QByteArray all = test::fileBytes(path);
            REQUIRE(test::writeFile(path, all.left(all.size() / 2 + 100)));
            expected = QStringLiteral("không đầy đủ");
        } else if (kind == "a newer version") {
            expected = QStringLiteral("phiên bản MotCua mới hơn");
        } else {
            readOnly = std::make_unique<test::ReadOnly>(path);
            REQUIRE(readOnly->ok());
            expected = QStringLiteral("tệp chỉ đọc");
        }
    }
    const QByteArray hash = test::fileHash(path);
    const QStringList texts = startWith(path);
    REQUIRE(texts.size() == 2);
    CHECK(texts.at(0) == texts.at(1));
    INFO(texts.at(0).toStdString());
    CHECK(texts.at(0).contains(expected));
    CHECK(texts.at(0).contains(path));
    CHECK(test::fileHash(path) == hash);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}
