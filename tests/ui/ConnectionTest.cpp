#include "tests/support/CatchQt.h"

#include "core/storage/ConnectionCheck.h"
#include "tests/support/MockClock.h"
#include "tests/support/WaitFor.h"
#include "ui/common/AppSettings.h"
#include "ui/common/PasswordStore.h"
#include "ui/setup/ConnectionChoice.h"
#include "ui/setup/ConnectionDialog.h"
#include "ui/setup/ConnectionEditor.h"
#include "ui/setup/FirstRunWizard.h"
#include "ui/setup/StartupConnection.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace motcua;
using namespace motcua::ui;
using motcua::test::MockClock;

namespace {

// A port on which nothing listens (tcpmux, never served on a test machine): connecting is refused at once.
int closedPort()
{
    return 1;
}

void fillServer(ConnectionEditor* editor, int port, const QString& password)
{
    editor->findChild<QRadioButton*>(QStringLiteral("serverRadio"))->setChecked(true);
    editor->findChild<QLineEdit*>(QStringLiteral("hostEdit"))->setText(QStringLiteral("127.0.0.1"));
    editor->findChild<QSpinBox*>(QStringLiteral("portSpin"))->setValue(port);
    editor->findChild<QLineEdit*>(QStringLiteral("databaseEdit"))->setText(QStringLiteral("motcua"));
    editor->findChild<QLineEdit*>(QStringLiteral("userEdit"))->setText(QStringLiteral("motcua"));
    editor->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(password);
}

} // namespace

TEST_CASE("Database connection: each field checked, the server tested off the GUI thread", "[ui][connection]")
{
    ConnectionEditor editor;
    editor.show();
    editor.findChild<QRadioButton*>(QStringLiteral("serverRadio"))->setChecked(true);
    CHECK_FALSE(editor.validate().ok());
    CHECK(editor.findChild<QLabel*>(QStringLiteral("hostError"))->text() ==
          QStringLiteral("Nhập tên hoặc địa chỉ của máy chủ."));

    const int port = closedPort();
    fillServer(&editor, port, QStringLiteral("secret"));
    REQUIRE(editor.validate().ok());
    bool done = false;
    bool worked = true;
    QObject context;
    QObject::connect(&editor, &ConnectionEditor::tested, &context, [&](bool ok) {
        done = true;
        worked = ok;
    });
    editor.testConnection();
    CHECK(editor.isTesting()); // the window goes on while it connects
    REQUIRE(test::waitFor([&] { return done; }, 10000));
    CHECK_FALSE(worked);
    CHECK(editor.findChild<QLabel*>(QStringLiteral("hostError"))->text() ==
          QStringLiteral("Không kết nối được tới máy chủ 127.0.0.1 (cổng %1).").arg(port));
    CHECK(editor.findChild<QLabel*>(QStringLiteral("connectionResult"))->text() ==
          QStringLiteral("Không kết nối được tới máy chủ 127.0.0.1 (cổng %1). Hãy kiểm tra máy chủ đã bật, máy tính "
                         "này đang nối vào mạng của cơ quan, và địa chỉ, cổng.")
              .arg(port));
}

TEST_CASE("Database connection: the driver's messages told apart", "[ui][connection]")
{
    using Problem = storage::ConnectionCheck::Problem;
    CHECK(storage::ConnectionCheck::classify(QStringLiteral(
              "connection to server at \"127.0.0.1\", port 1 failed: Connection refused")) == Problem::Unreachable);
    CHECK(storage::ConnectionCheck::classify(QStringLiteral(
              "FATAL:  password authentication failed for user \"motcua\"")) == Problem::WrongPassword);
    CHECK(storage::ConnectionCheck::classify(QStringLiteral("FATAL:  database \"x\" does not exist")) ==
          Problem::NoDatabase);
    storage::DatabaseLocation location = *storage::DatabaseLocation::parse(QStringLiteral("postgresql://motcua@h/x"));
    const Error wrong = storage::ConnectionCheck::explain(location, QStringLiteral("password authentication failed"));
    CHECK(wrong.field == QStringLiteral("password"));
    CHECK(wrong.message.startsWith(QStringLiteral("Máy chủ từ chối người dùng motcua: mật khẩu sai hoặc chưa nhập.")));
    CHECK(storage::ConnectionCheck::explain(location, QStringLiteral("database \"x\" does not exist")).message.startsWith(
        QStringLiteral("Máy chủ không có cơ sở dữ liệu tên x.")));
}

TEST_CASE("Database connection: the server's password goes to the keyring, never to the settings", "[ui][connection]")
{
    auto memory = std::make_unique<MemoryPasswordStore>();
    PasswordStore::install(std::move(memory));
    storage::DatabaseLocation server =
        *storage::DatabaseLocation::parse(QStringLiteral("postgresql://motcua:Bí-mật-9@db.office:5433/motcua"));
    const auto stored = ConnectionChoice::store(server);
    REQUIRE(stored.ok());
    CHECK(stored->contains(QStringLiteral("mỗi lần khởi động"))); // the in-memory store keeps nothing across starts
    CHECK(AppSettings::databaseLocation() == QStringLiteral("postgresql://motcua@db.office:5433/motcua"));
    QSettings raw;
    for (const QString& key : raw.allKeys()) {
        CHECK_FALSE(raw.value(key).toString().contains(QStringLiteral("Bí-mật-9")));
    }
    const storage::DatabaseLocation back = ConnectionChoice::stored();
    CHECK(back.host == QStringLiteral("db.office"));
    CHECK(back.port == 5433);
    CHECK(back.password == QStringLiteral("Bí-mật-9"));
    AppSettings::setDatabaseLocation({});
}

TEST_CASE("Start-up: a server that cannot be reached says so, with Retry and Change the connection", "[ui][connection]")
{
    PasswordStore::install(std::make_unique<MemoryPasswordStore>());
    StartupConnection::setPasswordPrompt([](const QString&) { return QStringLiteral("secret"); });
    const MockClock clock;
    const QTemporaryDir folder;
    const QString file = folder.filePath(QStringLiteral("office.sqlite"));
    const QString url = QStringLiteral("postgresql://motcua@127.0.0.1:%1/motcua").arg(closedPort());

    QStringList texts;
    QStringList buttons;
    int boxes = 0;
    // First box: Retry (the same failure again); second: Change the connection…, to a file of this computer.
    std::function<void()> answer = [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) {
            QTimer::singleShot(20, answer);
            return;
        }
        ++boxes;
        texts << box->text();
        if (boxes == 1) {
            for (QAbstractButton* button : box->buttons()) {
                buttons << button->text();
            }
            box->findChild<QPushButton*>(QStringLiteral("retryButton"))->click();
            QTimer::singleShot(20, answer);
            return;
        }
        QTimer::singleShot(20, [&] {
            auto* dialog = qobject_cast<ConnectionDialog*>(QApplication::activeModalWidget());
            if (!dialog) {
                return; // the test fails below: no database opened
            }
            dialog->findChild<QRadioButton*>(QStringLiteral("localRadio"))->setChecked(true);
            dialog->findChild<QLineEdit*>(QStringLiteral("fileEdit"))->setText(file);
            dialog->findChild<QPushButton*>(QStringLiteral("okButton"))->click();
        });
        box->findChild<QPushButton*>(QStringLiteral("changeConnectionButton"))->click();
    };
    QTimer::singleShot(0, answer);
    auto database = StartupConnection(clock).open(url);
    REQUIRE(database);
    CHECK(database->path() == file);
    CHECK(boxes == 2);
    REQUIRE(texts.size() == 2);
    CHECK(texts.first().startsWith(QStringLiteral("Không kết nối được tới máy chủ 127.0.0.1")));
    buttons.sort();
    // The driver's own words behind "Xem chi tiết...", for the IT staff.
    CHECK(buttons == QStringList{QStringLiteral("&Thử lại"), QStringLiteral("&Đổi kết nối…"), QStringLiteral("T&hoát"),
                                 QStringLiteral("Xem chi tiết...")});
    CHECK(AppSettings::databaseLocation() == file); // used at the next start
    AppSettings::setDatabaseLocation({});
    StartupConnection::setPasswordPrompt({});
}

TEST_CASE("Start-up: Quit on the message closes without a database", "[ui][connection]")
{
    StartupConnection::setPasswordPrompt([](const QString&) { return QStringLiteral("secret"); });
    const MockClock clock;
    std::function<void()> quit = [&quit] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            box->findChild<QPushButton*>(QStringLiteral("quitButton"))->click();
        } else {
            QTimer::singleShot(20, quit);
        }
    };
    QTimer::singleShot(0, quit);
    CHECK_FALSE(StartupConnection(clock).open(QStringLiteral("postgresql://motcua@127.0.0.1:%1/motcua").arg(closedPort())));
    StartupConnection::setPasswordPrompt({});
}

TEST_CASE("First start: the wizard begins with the database connection and opens the file chosen", "[ui][connection][setup]")
{
    const MockClock clock;
    const QTemporaryDir folder;
    const QString file = folder.filePath(QStringLiteral("new.sqlite"));
    FirstRunWizard wizard(clock);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    CHECK(wizard.currentPage()->title() == QStringLiteral("Kết nối cơ sở dữ liệu"));
    ConnectionEditor* editor = wizard.connectionEditor();
    REQUIRE(editor);
    CHECK(editor->findChild<QRadioButton*>(QStringLiteral("localRadio"))->text() ==
          QStringLiteral("Máy &tính này (tệp cơ sở dữ liệu)"));
    editor->findChild<QLineEdit*>(QStringLiteral("fileEdit"))->setText(file);
    wizard.next();
    CHECK(wizard.currentPage()->title() == QStringLiteral("Cơ quan và thủ tục"));
    CHECK(AppSettings::databaseLocation() == file);
    auto database = wizard.takeDatabase();
    REQUIRE(database);
    CHECK(database->path() == file);
    AppSettings::setDatabaseLocation({});
}
