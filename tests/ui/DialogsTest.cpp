#include "tests/support/CatchQt.h"

#include "core/catalogue/CatalogueJson.h"
#include "core/storage/CatalogueRepository.h"
#include "tests/support/TempDatabase.h"
#include "ui/setup/FirstRunWizard.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBox.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace motcua;
using namespace motcua::ui;

TEST_CASE("MessageBox: a queued answer returns at once, in order, without a box", "[ui][widgets]")
{
    MessageBox::clearNextAnswers();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    CHECK(MessageBox::question(nullptr, QStringLiteral("MotCua"), QStringLiteral("Tiếp nhận?")) == QMessageBox::Yes);
    CHECK(MessageBox::lastText() == QStringLiteral("Tiếp nhận?"));
    CHECK(MessageBox::warning(nullptr, QStringLiteral("MotCua"), QStringLiteral("Cảnh báo"),
                              QMessageBox::Ok | QMessageBox::Cancel) == QMessageBox::Cancel);
    CHECK(MessageBox::pendingAnswers() == 0);
    const auto widgets = QApplication::topLevelWidgets();
    CHECK(std::none_of(widgets.begin(), widgets.end(), [](QWidget* w) { return qobject_cast<QMessageBox*>(w); }));
}

TEST_CASE("MessageBox: the box shown has our translated button texts, and answers the button clicked", "[ui][widgets]")
{
    MessageBox::clearNextAnswers();
    QStringList seen;
    bool found = false;
    // The box is modal: it is inspected and answered from the event loop it runs.
    QTimer::singleShot(0, qApp, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) {
            return;
        }
        found = true;
        for (QAbstractButton* button : box->buttons()) {
            seen << button->text();
        }
        box->button(QMessageBox::No)->click();
    });
    const auto answer = MessageBox::question(nullptr, QStringLiteral("MotCua"), QStringLiteral("Xóa?"));
    REQUIRE(found);
    CHECK(answer == QMessageBox::No);
    seen.sort();
    QStringList expected{MessageBox::buttonText(QMessageBox::Yes), MessageBox::buttonText(QMessageBox::No)};
    expected.sort();
    CHECK(seen == expected);
    CHECK(MessageBox::buttonText(QMessageBox::Yes) == MessageBox::tr("&Yes"));
    CHECK(MessageBox::buttonText(QMessageBox::Cancel) == MessageBox::tr("Cancel"));
}

TEST_CASE("FileDialog: queued paths answer the next dialogs, an empty one cancels", "[ui][widgets]")
{
    FileDialog::clearNextPaths();
    FileDialog::setNextPath(QStringLiteral("/tmp/a.json"));
    FileDialog::setNextPath(QString());
    CHECK(FileDialog::openFileName(nullptr, QStringLiteral("Mở")) == QStringLiteral("/tmp/a.json"));
    CHECK(FileDialog::saveFileName(nullptr, QStringLiteral("Lưu"), {}, {}, QStringLiteral("pdf")).isEmpty());
    CHECK(FileDialog::pendingPaths() == 0);
}

TEST_CASE("First run: Browse… picks a catalogue file, which the wizard imports", "[ui][setup]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    catalogue::Catalogue imported = catalogue::CatalogueJson::shipped();
    imported.agency.code = QStringLiteral("000.00.99.H33");
    imported.agency.name = QStringLiteral("Ủy ban nhân dân xã Thử Nghiệm");
    const QString path = dir.filePath(QStringLiteral("danh-muc.json"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(catalogue::CatalogueJson::write(imported));
    }

    test::TempDatabase temp;
    FirstRunWizard wizard(temp.database(), temp.clock());
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    auto* browse = wizard.findChild<QPushButton*>(QStringLiteral("browseButton"));
    auto* fileEdit = wizard.findChild<QLineEdit*>(QStringLiteral("catalogueFileEdit"));
    auto* fromFile = wizard.findChild<QRadioButton*>(QStringLiteral("fileRadio"));
    REQUIRE(browse);
    REQUIRE(fileEdit);
    REQUIRE(fromFile);
    CHECK_FALSE(fromFile->isChecked());

    // Cancelled: nothing changes.
    FileDialog::clearNextPaths();
    FileDialog::setNextPath(QString());
    QTest::mouseClick(browse, Qt::LeftButton);
    CHECK(fileEdit->text().isEmpty());
    CHECK_FALSE(fromFile->isChecked());

    FileDialog::setNextPath(path);
    QTest::mouseClick(browse, Qt::LeftButton);
    CHECK(FileDialog::pendingPaths() == 0);
    CHECK(fileEdit->text() == path);
    CHECK(fromFile->isChecked());
    wizard.next();
    REQUIRE(wizard.currentId() == 1);
    wizard.findChild<QLineEdit*>(QStringLiteral("adminNameEdit"))->setText(QStringLiteral("Trần Thị Quản Trị"));
    wizard.findChild<QLineEdit*>(QStringLiteral("adminPasswordEdit"))->setText(QStringLiteral("quan-tri-1"));
    wizard.findChild<QLineEdit*>(QStringLiteral("adminConfirmEdit"))->setText(QStringLiteral("quan-tri-1"));
    REQUIRE(wizard.validateCurrentPage());
    const auto agency = storage::CatalogueRepository(temp.database()).agency();
    REQUIRE(agency);
    CHECK(agency->code == QStringLiteral("000.00.99.H33"));
    CHECK(agency->name == QStringLiteral("Ủy ban nhân dân xã Thử Nghiệm"));
}
