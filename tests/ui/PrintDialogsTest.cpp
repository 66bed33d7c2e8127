// Printing from the windows: the dossier window's print menu, the preview's PDF and print buttons, the register's
// period, the administrator's templates page and the Print menu.
#include "tests/support/CatchQt.h"

#include <catch2/catch.hpp>

#include "core/forms/FormTemplates.h"
#include "core/workflow/ClosureService.h"
#include "tests/support/WaitFor.h"
#include "tests/support/WorkflowFixture.h"
#include "ui/dossier/DossierDetailsDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/print/FormPreviewDialog.h"
#include "ui/print/RegisterDialog.h"
#include "ui/print/TemplatesDialog.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;
using forms::FormKind;
using ui::FormPreviewDialog;

namespace {

FormPreviewDialog* openPreview()
{
    FormPreviewDialog* found = nullptr;
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (auto* preview = qobject_cast<FormPreviewDialog*>(widget); preview && preview->isVisible()) {
            found = preview;
        }
    }
    return found;
}

void closePreviews()
{
    while (FormPreviewDialog* preview = openPreview()) {
        preview->close();
        QApplication::processEvents();
    }
}

QStringList actionNames(const QMenu* menu)
{
    QStringList names;
    for (const QAction* action : menu->actions()) {
        names << action->objectName();
    }
    return names;
}

QByteArray fileHead(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(5) : QByteArray();
}

} // namespace

TEST_CASE("Dossier window: the print menu lists the forms of the dossier's state, the preview saves and prints",
          "[ui][print]")
{
    test::WorkflowFixture f;
    const ui::Session session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("head.bcxb"))};
    const QString code = f.receive().code;
    QTemporaryDir folder;

    {
        ui::DossierDetailsDialog dialog(session, code);
        dialog.show();
        auto* print = dialog.findChild<QPushButton*>(QStringLiteral("printButton"));
        REQUIRE(print);
        REQUIRE(print->menu());
        CHECK(actionNames(print->menu()) ==
              QStringList{QStringLiteral("print_receipt"), QStringLiteral("print_control-slip")});

        print->menu()->findChild<QAction*>(QStringLiteral("print_control-slip"))->trigger();
        FormPreviewDialog* preview = openPreview();
        REQUIRE(preview);
        CHECK(preview->document().kind() == FormKind::ControlSlip);
        CHECK(preview->pageCount() >= 1);

        // Save as PDF: the file dialog answers; the PDF is written.
        const QString pdf = folder.filePath(QStringLiteral("slip.pdf"));
        ui::FileDialog::setNextPath(pdf);
        QTest::mouseClick(preview->findChild<QPushButton*>(QStringLiteral("pdfButton")), Qt::LeftButton);
        CHECK(ui::FileDialog::pendingPaths() == 0);
        CHECK(fileHead(pdf) == QByteArray("%PDF-"));
        CHECK(preview->findChild<ui::MessageBar*>()->text().contains(QStringLiteral("slip.pdf")));
        // Cancelled: nothing written, nothing said.
        ui::FileDialog::setNextPath({});
        QTest::mouseClick(preview->findChild<QPushButton*>(QStringLiteral("pdfButton")), Qt::LeftButton);

        // Print: the chosen printer gets the pages (here a printer writing a PDF file).
        const QString printed = folder.filePath(QStringLiteral("printed.pdf"));
        int asked = 0;
        FormPreviewDialog::setPrinterChooser([&](QPrinter& printer, QWidget*) {
            ++asked;
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(printed);
            return true;
        });
        QTest::mouseClick(preview->findChild<QPushButton*>(QStringLiteral("printButton")), Qt::LeftButton);
        FormPreviewDialog::setPrinterChooser({});
        CHECK(asked == 1);
        CHECK(fileHead(printed) == QByteArray("%PDF-"));
        closePreviews();
    }

    auto head = f.as(QStringLiteral("head.bcxb"));
    REQUIRE(workflow::ClosureService(head).refuse(code, QStringLiteral("Không thuộc thẩm quyền")).ok());
    ui::DossierDetailsDialog refused(session, code);
    auto* print = refused.findChild<QPushButton*>(QStringLiteral("printButton"));
    REQUIRE(print);
    CHECK(actionNames(print->menu()).contains(QStringLiteral("print_refusal")));
    print->menu()->findChild<QAction*>(QStringLiteral("print_refusal"))->trigger();
    FormPreviewDialog* preview = openPreview();
    REQUIRE(preview);
    CHECK(preview->document().html().contains(QStringLiteral("Không thuộc thẩm quyền")));
    closePreviews();
}

TEST_CASE("Register dialog: a period upside down is refused in place, a good one is previewed on A4", "[ui][print]")
{
    test::WorkflowFixture f;
    const ui::Session session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("clerk"))};
    const QString code = f.receive().code;
    ui::RegisterDialog dialog(session);
    dialog.show();
    auto* from = dialog.findChild<QDateEdit*>(QStringLiteral("from"));
    auto* to = dialog.findChild<QDateEdit*>(QStringLiteral("to"));
    REQUIRE((from && to));
    CHECK(from->date() == QDate(2026, 11, 1)); // this month so far, by the session's clock
    CHECK(to->date() == QDate(2026, 11, 23));

    dialog.setPeriod(QDate(2026, 11, 30), QDate(2026, 11, 1));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("previewButton")), Qt::LeftButton);
    CHECK(openPreview() == nullptr);
    auto* bar = dialog.findChild<ui::MessageBar*>();
    CHECK(bar->kind() == ui::MessageBar::Kind::Error);
    CHECK_FALSE(bar->text().isEmpty());

    dialog.setPeriod(QDate(2026, 11, 1), QDate(2026, 11, 30));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("previewButton")), Qt::LeftButton);
    REQUIRE(test::waitFor([] { return openPreview() != nullptr; }, 60000)); // laid out in the background
    FormPreviewDialog* preview = openPreview();
    CHECK(preview->document().kind() == FormKind::Register);
    CHECK(preview->document().pageLayout().orientation() == QPageLayout::Landscape);
    CHECK(preview->document().html().contains(code));
    closePreviews();
}

TEST_CASE("Register dialog: a long register is laid out in the background under a progress bar with Cancel",
          "[ui][print]")
{
    test::WorkflowFixture f;
    const ui::Session session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("clerk"))};
    for (int i = 0; i < 80; ++i) {
        f.receive();
    }
    ui::RegisterDialog dialog(session);
    dialog.setRowsPerPart(10);
    dialog.show();
    auto* previewButton = dialog.findChild<QPushButton*>(QStringLiteral("previewButton"));
    auto* cancelButton = dialog.findChild<QPushButton*>(QStringLiteral("cancelButton"));
    auto* progress = dialog.findChild<QProgressBar*>(QStringLiteral("progress"));
    auto* bar = dialog.findChild<ui::MessageBar*>();
    REQUIRE((previewButton && cancelButton && progress && bar));
    CHECK_FALSE(progress->isVisible());
    CHECK_FALSE(cancelButton->isVisible());

    SECTION("Cancel stops the layout: no preview")
    {
        QTest::mouseClick(previewButton, Qt::LeftButton);
        CHECK(dialog.isLayingOut());
        CHECK(progress->isVisible());
        CHECK(cancelButton->isVisible());
        CHECK_FALSE(previewButton->isEnabled());
        QTest::mouseClick(cancelButton, Qt::LeftButton);
        REQUIRE(test::waitFor([&] { return previewButton->isEnabled(); }, 60000)); // the worker has stopped
        CHECK_FALSE(dialog.isLayingOut());
        CHECK(openPreview() == nullptr);
        CHECK(bar->kind() == ui::MessageBar::Kind::Info);
        CHECK_FALSE(bar->text().isEmpty());
        CHECK(progress->value() < 80); // stopped before the last rows
        CHECK_FALSE(progress->isVisible());
        CHECK(previewButton->isEnabled());
    }

    SECTION("Left alone, the progress goes to the end and the preview opens, the window responsive meanwhile")
    {
        QTest::mouseClick(previewButton, Qt::LeftButton);
        CHECK(progress->isVisible());
        int loops = 0; // the GUI thread keeps turning while the worker lays the register out
        REQUIRE(test::waitFor(
            [&] {
                ++loops;
                return openPreview() != nullptr;
            },
            120000));
        CHECK(loops > 1);
        FormPreviewDialog* preview = openPreview();
        CHECK(preview->document().kind() == FormKind::Register);
        CHECK(preview->pageCount() > 1);
        CHECK(progress->maximum() == 80);
        CHECK(progress->value() == 80);
        CHECK_FALSE(progress->isVisible());
        CHECK_FALSE(cancelButton->isVisible());
        closePreviews();
    }
}

TEST_CASE("Templates dialog: export, a broken load refused with its line, load, restore", "[ui][print]")
{
    test::WorkflowFixture f;
    const ui::Session session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("admin"))};
    QTemporaryDir folder;
    ui::TemplatesDialog dialog(session);
    dialog.show();
    QTableWidget* table = dialog.table();
    REQUIRE(table->rowCount() == 7);
    table->selectRow(2); // the refusal
    CHECK(table->item(2, 0)->text() == forms::formTitle(FormKind::Refusal));
    auto* bar = dialog.findChild<ui::MessageBar*>();
    auto* reset = dialog.findChild<QPushButton*>(QStringLiteral("resetButton"));
    CHECK_FALSE(reset->isEnabled()); // nothing to restore

    const QString exported = folder.filePath(QStringLiteral("refusal.html"));
    ui::FileDialog::setNextPath(exported);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("exportButton")), Qt::LeftButton);
    QFile file(exported);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text == forms::shippedTemplate(FormKind::Refusal));

    const auto write = [&](const QString& name, QString body) {
        QFile out(folder.filePath(name));
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(body.toUtf8());
        return out.fileName();
    };
    QString broken = text;
    broken.replace(QStringLiteral("{{reason}}"), QStringLiteral("{{#reason}}"));
    ui::FileDialog::setNextPath(write(QStringLiteral("broken.html"), broken));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("loadButton")), Qt::LeftButton);
    CHECK(bar->kind() == ui::MessageBar::Kind::Error);
    CHECK(bar->text().contains(QStringLiteral("broken.html")));
    CHECK(bar->text().contains(QStringLiteral("{{#reason}}")));
    forms::FormTemplates templates(f.db.database(), f.db.clock());
    CHECK_FALSE(templates.inUse(FormKind::Refusal)->custom);

    QString edited = text;
    edited.replace(QStringLiteral("NGƯỜI TỪ CHỐI"), QStringLiteral("TRƯỞNG BỘ PHẬN MỘT CỬA"));
    ui::FileDialog::setNextPath(write(QStringLiteral("edited.html"), edited));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("loadButton")), Qt::LeftButton);
    CHECK(bar->kind() == ui::MessageBar::Kind::Info);
    CHECK(templates.inUse(FormKind::Refusal)->form.text() == edited);
    CHECK(table->item(2, 1)->text().contains(QStringLiteral("Cán bộ admin")));
    CHECK(table->currentRow() == 2);
    CHECK(reset->isEnabled());

    ui::MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(reset, Qt::LeftButton);
    CHECK(templates.inUse(FormKind::Refusal)->custom);
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(reset, Qt::LeftButton);
    CHECK_FALSE(templates.inUse(FormKind::Refusal)->custom);
    CHECK_FALSE(reset->isEnabled());
}

TEST_CASE("Main window: the Print menu has the register, the templates only for an administrator", "[ui][print]")
{
    test::WorkflowFixture f;
    const auto menuOf = [](ui::MainWindow& window) {
        return window.menuBar()->findChild<QMenu*>(QStringLiteral("printMenu"));
    };
    ui::MainWindow clerk(
        ui::Session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("clerk"))});
    REQUIRE(menuOf(clerk));
    CHECK(actionNames(menuOf(clerk)) ==
          QStringList{QStringLiteral("registerAction"), QStringLiteral("supplementRequestsAction")});
    ui::MainWindow admin(
        ui::Session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("admin"))});
    REQUIRE(menuOf(admin));
    CHECK(actionNames(menuOf(admin)) ==
          QStringList{QStringLiteral("registerAction"), QStringLiteral("templatesAction")});
    ui::MainWindow specialist(
        ui::Session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("cv.bcxb"))});
    CHECK(menuOf(specialist) == nullptr);
}
