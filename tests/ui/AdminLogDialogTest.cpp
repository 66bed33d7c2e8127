#include "tests/support/CatchQt.h"

#include "core/identity/Accounts.h"
#include "core/storage/AdminLog.h"
#include "core/storage/Settings.h"
#include "tests/support/WorkflowFixture.h"
#include "ui/admin/AdminLogDialog.h"
#include "ui/admin/AdminLogModel.h"
#include "ui/mainwindow/MainWindow.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QTimer>

using namespace motcua;
using namespace motcua::ui;

TEST_CASE("Administration log: newest first, filtered by period, user and kind, read a page at a time",
          "[ui][admin][adminlog]")
{
    test::WorkflowFixture f;
    const identity::User admin = f.users.value(QStringLiteral("admin"));
    storage::Settings settings(f.db.database(), f.db.clock());
    // Monday 23/11: a setting; Tuesday 24/11: a user disabled; Wednesday 25/11: the program's backup.
    REQUIRE(settings.set(admin.id, storage::Settings::Key::LockoutAttempts, 3).ok());
    f.db.clock().set(f.at(2026, 11, 24, 9, 0));
    REQUIRE(identity::Accounts(f.db.database(), f.db.clock())
                .setActive(admin, QStringLiteral("cv2.bcxb"), false)
                .ok());
    f.db.clock().set(f.at(2026, 11, 25, 9, 0));
    storage::AdminLog log(f.db.database(), f.db.clock());
    REQUIRE(f.db.database()
                .transaction([&] { return log.append(0, QStringLiteral("backup.automatic"), {{QStringLiteral("file"),
                                                                                              QStringLiteral("a.sqlite")}}); })
                .ok());

    AdminLogDialog dialog(Session{f.db.database(), f.db.clock(), f.calendar, admin});
    AdminLogModel* model = dialog.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(model->rowCount() == 3);
    CHECK(model->index(0, AdminLogModel::Kind).data().toString() == QStringLiteral("Sao lưu tự động"));
    CHECK(model->index(0, AdminLogModel::User).data().toString() == QStringLiteral("(chương trình)"));
    CHECK(model->index(1, AdminLogModel::Kind).data().toString() == QStringLiteral("Khóa tài khoản người dùng"));
    CHECK(model->index(1, AdminLogModel::Change).data().toString() == QStringLiteral("tài khoản: cv2.bcxb"));
    CHECK(model->index(2, AdminLogModel::User).data().toString() == QStringLiteral("admin"));
    CHECK(model->index(2, AdminLogModel::Change).data().toString() ==
          QStringLiteral("Số lần đăng nhập sai trước khi khóa tài khoản: 5 → 3"));
    CHECK(model->index(2, AdminLogModel::Time).data().toString() == QStringLiteral("23/11/2026 08:00:00"));
    CHECK_FALSE(model->flags(model->index(0, 0)).testFlag(Qt::ItemIsEditable));
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("totalLabel"))->text() == QStringLiteral("3 mục"));

    auto* kind = dialog.findChild<QComboBox*>(QStringLiteral("kindFilter"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("user")));
    REQUIRE(model->rowCount() == 1);
    CHECK(model->entry(0).action == QStringLiteral("user.disabled"));
    kind->setCurrentIndex(0);

    auto* user = dialog.findChild<QComboBox*>(QStringLiteral("userFilter"));
    user->setCurrentIndex(user->findData(qint64(0)));
    REQUIRE(model->rowCount() == 1);
    CHECK(model->entry(0).action == QStringLiteral("backup.automatic"));
    user->setCurrentIndex(0);

    dialog.findChild<QDateEdit*>(QStringLiteral("fromEdit"))->setDate(QDate(2026, 11, 24));
    dialog.findChild<QCheckBox*>(QStringLiteral("fromCheck"))->setChecked(true);
    dialog.findChild<QDateEdit*>(QStringLiteral("toEdit"))->setDate(QDate(2026, 11, 24));
    dialog.findChild<QCheckBox*>(QStringLiteral("toCheck"))->setChecked(true);
    REQUIRE(model->rowCount() == 1);
    CHECK(model->entry(0).action == QStringLiteral("user.disabled"));
    dialog.findChild<QCheckBox*>(QStringLiteral("fromCheck"))->setChecked(false);
    dialog.findChild<QCheckBox*>(QStringLiteral("toCheck"))->setChecked(false);

    // 250 more entries: the first page only, then the next ones as the view scrolls.
    REQUIRE(f.db.database()
                .transaction([&]() -> Status {
                    for (int i = 0; i < 250; ++i) {
                        if (Status appended = log.append(admin.id, QStringLiteral("setting.changed"),
                                                         {{QStringLiteral("key"), QStringLiteral("lockout.minutes")},
                                                          {QStringLiteral("old"), QString::number(i)},
                                                          {QStringLiteral("new"), QString::number(i + 1)}});
                            !appended) {
                            return appended;
                        }
                    }
                    return {};
                })
                .ok());
    kind->setCurrentIndex(kind->findData(QStringLiteral("setting")));
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("totalLabel"))->text() == QStringLiteral("251 mục"));
    // The dialog's view asks for pages while it has room; a model on its own holds the first page only.
    AdminLogModel paged(f.db.database(), f.db.clock());
    storage::AdminLogFilter settingsOnly;
    settingsOnly.kind = QStringLiteral("setting");
    paged.setFilter(settingsOnly);
    model = &paged;
    CHECK(model->totalCount() == 251);
    CHECK(model->rowCount() == AdminLogModel::kPageSize);
    CHECK(model->entry(0).details.value(QStringLiteral("new")).toString() == QStringLiteral("250"));
    REQUIRE(model->canFetchMore({}));
    model->fetchMore({});
    model->fetchMore({});
    CHECK(model->rowCount() == 251);
    CHECK_FALSE(model->canFetchMore({}));
    CHECK(model->entry(250).details.value(QStringLiteral("key")).toString() == QStringLiteral("lockout.attempts"));
}

TEST_CASE("Administration log: in the Administration menu, for administrators", "[ui][admin][adminlog]")
{
    test::WorkflowFixture f;
    MainWindow window(Session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("admin"))});
    auto* action = window.findChild<QAction*>(QStringLiteral("adminLogAction"));
    REQUIRE(action);
    CHECK(action->text() == QStringLiteral("&Nhật ký quản trị…"));
    bool seen = false;
    QTimer::singleShot(0, &window, [&] {
        if (auto* dialog = qobject_cast<AdminLogDialog*>(QApplication::activeModalWidget())) {
            seen = dialog->windowTitle() == QStringLiteral("Nhật ký quản trị");
            dialog->reject();
        }
    });
    action->trigger();
    CHECK(seen);
}
