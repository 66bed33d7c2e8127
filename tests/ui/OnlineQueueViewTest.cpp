#include "tests/support/CatchQt.h"

#include <catch2/catch.hpp>

#include "core/online/OnlineInbox.h"
#include "tests/support/WaitFor.h"
#include "tests/support/WorkflowFixture.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/online/OnlineQueueView.h"
#include "ui/widgets/MessageBar.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace motcua;

namespace {

QByteArray submission(const QString& reference, const QString& submittedAt, const QString& name,
                      const QString& documents = QStringLiteral(
                          R"([{"position": 1}, {"position": 2}, {"position": 3}, {"position": 4}])"))
{
    return QStringLiteral(R"({"format": 1, "reference": "%1", "submitted_at": "%2", "procedure": "1.009374",
        "applicant": {"name": "%3", "identity_number": "091190001234", "birth_date": "1990-05-12",
                      "address": "Số 3, đường Lê Lợi, Rạch Giá", "phone": "0912345678"},
        "documents": %4})")
        .arg(reference, submittedAt, name, documents)
        .toUtf8();
}

void submit(test::WorkflowFixture& f, const QByteArray& bytes)
{
    auto clerk = f.as(QStringLiteral("clerk"));
    auto parsed = online::SubmissionFile::parse(bytes);
    REQUIRE(parsed);
    REQUIRE(online::OnlineQueueService(clerk).submit(*parsed, QStringLiteral("x.json"),
                                                     online::SubmissionFile::digest(bytes)));
}

// Answers the next modal dialog: `fill` runs on it, then its OK button is clicked.
void answerNextDialog(const std::function<void(QDialog&)>& fill)
{
    QTimer::singleShot(0, [fill] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            return;
        }
        fill(*dialog);
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        if (buttons && buttons->button(QDialogButtonBox::Ok)) {
            buttons->button(QDialogButtonBox::Ok)->click();
        } else {
            dialog->accept();
        }
    });
}

void type(QWidget* widget, const QString& text)
{
    widget->setFocus();
    for (const QChar ch : text) {
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, ch, Qt::NoModifier);
    }
}

QString cellText(QTableWidget* table, int row, int column)
{
    QTableWidgetItem* item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

TEST_CASE("Online queue: oldest first with the time waiting, the documents beside, accept gives the receipt",
          "[ui][online]")
{
    test::WorkflowFixture f;
    submit(f, submission(QStringLiteral("DVC-2"), QStringLiteral("2026-11-22T10:00:00+07:00"),
                         QStringLiteral("Lê Văn Sau")));
    submit(f, submission(QStringLiteral("DVC-1"), QStringLiteral("2026-11-20T16:30:00+07:00"),
                         QStringLiteral("Trần Thị Trước"), QStringLiteral(R"([{"position": 1}])")));
    const ui::Session session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("clerk"))};
    ui::OnlineQueueView view(session);
    view.resize(1100, 700);
    view.show();
    auto* queue = view.findChild<QTableWidget*>(QStringLiteral("onlineQueue"));
    REQUIRE(queue);
    REQUIRE(queue->rowCount() == 2);
    CHECK(cellText(queue, 0, 2) == QStringLiteral("DVC-1"));
    CHECK(cellText(queue, 1, 2) == QStringLiteral("DVC-2"));
    // Submitted Friday 20/11 16:30, now Monday 23/11 08:00: two days and fifteen and a half hours.
    CHECK(cellText(queue, 0, 1) == QStringLiteral("2 ngày 15 giờ"));
    CHECK(view.findChild<QTabWidget*>(QStringLiteral("onlineTabs"))->tabText(0) == QStringLiteral("Chờ tiếp nhận (2)"));

    // The first is chosen: its missing mandatory documents read as not attached.
    auto* documents = view.findChild<QTableWidget*>(QStringLiteral("onlineDocuments"));
    REQUIRE(documents->rowCount() == 4);
    CHECK(cellText(documents, 0, 2) == QStringLiteral("1"));
    CHECK(cellText(documents, 1, 2) == QStringLiteral("chưa đính kèm"));
    CHECK(view.findChild<QLabel*>(QStringLiteral("onlineDetails"))->text().contains(QStringLiteral("Trần Thị Trước")));

    // Accepting the incomplete one is refused and says why.
    answerNextDialog([](QDialog&) {});
    view.acceptSelected();
    auto* bar = view.findChild<ui::MessageBar*>();
    CHECK(bar->kind() == ui::MessageBar::Kind::Error);
    CHECK(bar->text().contains(QStringLiteral("documents")));
    CHECK(queue->rowCount() == 2);

    // The complete one, with the fee typed in the dialog.
    queue->selectRow(1);
    answerNextDialog([](QDialog& dialog) {
        auto* fee = dialog.findChild<QSpinBox*>(QStringLiteral("acceptFee"));
        if (fee) {
            fee->setValue(150'000);
        }
    });
    view.acceptSelected();
    CHECK(bar->kind() == ui::MessageBar::Kind::Info);
    CHECK(bar->text().contains(QStringLiteral("000.00.16.H33-261123-0001")));
    REQUIRE(queue->rowCount() == 1);
    const dossier::Dossier accepted = test::load(f, QStringLiteral("000.00.16.H33-261123-0001"));
    CHECK(accepted.status == dossier::DossierStatus::Accepted);
    CHECK(accepted.feePaid == 150'000);
    auto* print = view.findChild<QPushButton*>(QStringLiteral("printLastButton"));
    CHECK(print->isVisible());
    CHECK(print->text().contains(QStringLiteral("Mẫu 01")));
}

TEST_CASE("Online queue: a supplement request keeps it waiting, a refusal needs its reason", "[ui][online]")
{
    test::WorkflowFixture f;
    submit(f, submission(QStringLiteral("DVC-1"), QStringLiteral("2026-11-20T16:30:00+07:00"),
                         QStringLiteral("Trần Thị Trước"), QStringLiteral(R"([{"position": 1}])")));
    const ui::Session session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("clerk"))};
    ui::OnlineQueueView view(session);
    view.show();
    auto* queue = view.findChild<QTableWidget*>(QStringLiteral("onlineQueue"));
    REQUIRE(queue->rowCount() == 1);

    answerNextDialog([](QDialog& dialog) {
        if (auto* guidance = dialog.findChild<QPlainTextEdit*>()) {
            type(guidance, QStringLiteral(" Gửi qua cổng."));
        }
    });
    view.requestSupplementForSelected();
    REQUIRE(queue->rowCount() == 1);
    CHECK(cellText(queue, 0, 7).contains(QStringLiteral("đã yêu cầu bổ sung")));
    CHECK(view.findChild<QPushButton*>(QStringLiteral("printLastButton"))->text().contains(QStringLiteral("Mẫu 02")));

    // OK with no reason keeps the dialog open and says so; then the reason typed.
    bool emptyRefused = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        emptyRefused = dialog->isVisible() &&
                       !dialog->findChild<QLabel*>(QStringLiteral("refusalError"))->text().isEmpty();
        type(dialog->findChild<QPlainTextEdit*>(QStringLiteral("refusalReason")),
             QStringLiteral("Không thuộc thẩm quyền"));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    view.refuseSelected();
    CHECK(emptyRefused);
    CHECK(queue->rowCount() == 0);
    QSqlQuery query(f.db.database().connection());
    REQUIRE(query.exec(QStringLiteral("SELECT status, result_note FROM dossier")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 3);
    CHECK(query.value(1).toString() == QStringLiteral("Không thuộc thẩm quyền"));
    CHECK(view.findChild<QPushButton*>(QStringLiteral("printLastButton"))->text().contains(QStringLiteral("Mẫu 03")));
}

TEST_CASE("Online queue: files in the inbox folder arrive by themselves, a bad one is in the log with its reason",
          "[ui][online][inbox]")
{
    test::WorkflowFixture f;
    QTemporaryDir folder;
    auto admin = f.as(QStringLiteral("admin"));
    REQUIRE(online::OnlineQueueService(admin).setInboxFolder(folder.path()).ok());
    const ui::Session session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("clerk"))};
    ui::OnlineQueueView view(session);
    view.show();
    auto* queue = view.findChild<QTableWidget*>(QStringLiteral("onlineQueue"));
    REQUIRE(queue->rowCount() == 0);
    CHECK(view.findChild<QLabel*>(QStringLiteral("inboxFolderLabel"))->text().contains(QDir(folder.path()).dirName()));
    CHECK(!view.findChild<QPushButton*>(QStringLiteral("chooseInboxButton"))->isVisible());

    QFile good(QDir(folder.path()).filePath(QStringLiteral("a.json")));
    REQUIRE(good.open(QIODevice::WriteOnly));
    good.write(submission(QStringLiteral("DVC-9"), QStringLiteral("2026-11-22T10:00:00+07:00"),
                          QStringLiteral("Lê Văn Sau")));
    good.close();
    QFile bad(QDir(folder.path()).filePath(QStringLiteral("b.json")));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("{\"format\": 1}");
    bad.close();
    // The folder is watched: no click needed.
    REQUIRE(test::waitFor([&] { return queue->rowCount() == 1; }, 8000));
    auto* log = view.findChild<QTableWidget*>(QStringLiteral("importLog"));
    REQUIRE(log->rowCount() == 2);
    CHECK(cellText(log, 0, 1) == QStringLiteral("b.json"));
    CHECK(cellText(log, 0, 2) == QStringLiteral("đã để riêng"));
    CHECK(cellText(log, 0, 3).startsWith(QStringLiteral("reference: ")));
    CHECK(view.findChild<ui::MessageBar*>()->kind() == ui::MessageBar::Kind::Error);
    CHECK(QFile::exists(QDir(folder.path()).filePath(QStringLiteral("rejected/b.json"))));
}

TEST_CASE("Online queue: the clerk's sidebar counts the waiting submissions, other roles have no queue",
          "[ui][online][mainwindow]")
{
    test::WorkflowFixture f;
    submit(f, submission(QStringLiteral("DVC-1"), QStringLiteral("2026-11-20T16:30:00+07:00"),
                         QStringLiteral("Trần Thị Trước")));
    const auto sidebarTexts = [&](const QString& login) {
        ui::MainWindow window(ui::Session{f.db.database(), f.db.clock(), f.calendar, f.users.value(login)});
        QStringList texts;
        auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
        for (int row = 0; row < sidebar->count(); ++row) {
            texts << sidebar->item(row)->text();
        }
        return texts;
    };
    CHECK(sidebarTexts(QStringLiteral("clerk")).contains(QStringLiteral("Hồ sơ trực tuyến (1)")));
    for (const QString& text : sidebarTexts(QStringLiteral("head.bcxb"))) {
        CHECK(!text.startsWith(QStringLiteral("Hồ sơ trực tuyến")));
    }
}
