// Printing from the windows: the dossier window's print menu, the preview's PDF and print buttons, the register's
// period, the administrator's templates page and the Print menu.
#include "tests/support/CatchQt.h"

#include <catch2/catch.hpp>

#include "core/forms/FormTemplates.h"
#include "core/storage/FormTemplateRepository.h"
#include "core/workflow/ClosureService.h"
#include "tests/support/DossierCopies.h"
#include "tests/support/PdfTools.h"
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
#include <QDir>
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

TEST_CASE("Register dialog: a period upside down is refused in place, a good one is saved as PDF on A4", "[ui][print]")
{
    test::WorkflowFixture f;
    QTemporaryDir folder;
    const ui::Session session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("clerk"))};
    const QString code = f.receive().code;
    ui::RegisterDialog dialog(session);
    dialog.show();
    auto* from = dialog.findChild<QDateEdit*>(QStringLiteral("from"));
    auto* to = dialog.findChild<QDateEdit*>(QStringLiteral("to"));
    auto* pdfButton = dialog.findChild<QPushButton*>(QStringLiteral("pdfButton"));
    REQUIRE((from && to && pdfButton));
    CHECK(from->date() == QDate(2026, 11, 1)); // this month so far, by the session's clock
    CHECK(to->date() == QDate(2026, 11, 23));

    const QString path = folder.filePath(QStringLiteral("register.pdf"));
    ui::FileDialog::clearNextPaths();
    ui::FileDialog::setNextPath(path);
    dialog.setPeriod(QDate(2026, 11, 30), QDate(2026, 11, 1));
    QTest::mouseClick(pdfButton, Qt::LeftButton);
    auto* bar = dialog.findChild<ui::MessageBar*>();
    CHECK(bar->kind() == ui::MessageBar::Kind::Error);
    CHECK_FALSE(bar->text().isEmpty());
    CHECK(ui::FileDialog::pendingPaths() == 1); // refused before asking where
    CHECK(dialog.focusWidget() == to);

    dialog.setPeriod(QDate(2026, 11, 1), QDate(2026, 11, 30));
    QTest::mouseClick(pdfButton, Qt::LeftButton);
    CHECK(ui::FileDialog::pendingPaths() == 0);
    REQUIRE(test::waitFor([&] { return !dialog.isBusy(); }, 60000)); // written in the background
    CHECK(bar->kind() == ui::MessageBar::Kind::Info);
    CHECK(bar->text().contains(QDir::toNativeSeparators(path)));
    const test::PdfInfo info = test::pdfInfo(path);
    CHECK(info.pages == 1);
    CHECK(info.size.startsWith(QStringLiteral("842 x 595"))); // A4 landscape
    CHECK(test::pdfText(path).contains(code));

    // The file dialog cancelled: nothing is written.
    ui::FileDialog::setNextPath(QString());
    QTest::mouseClick(pdfButton, Qt::LeftButton);
    CHECK_FALSE(dialog.isBusy());
}

TEST_CASE("Register dialog: a long register is written in the background under a progress bar with Cancel",
          "[ui][print]")
{
    test::WorkflowFixture f;
    QTemporaryDir folder;
    const ui::Session session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("clerk"))};
    const QString first = f.receive().code;
    test::copyDossier(f.db.database(), first, 2499);
    ui::RegisterDialog dialog(session);
    dialog.setPeriod(QDate(2026, 11, 1), QDate(2026, 11, 30));
    dialog.show();
    auto* pdfButton = dialog.findChild<QPushButton*>(QStringLiteral("pdfButton"));
    auto* printButton = dialog.findChild<QPushButton*>(QStringLiteral("printButton"));
    auto* cancelButton = dialog.findChild<QPushButton*>(QStringLiteral("cancelButton"));
    auto* progress = dialog.findChild<QProgressBar*>(QStringLiteral("progress"));
    auto* bar = dialog.findChild<ui::MessageBar*>();
    REQUIRE((pdfButton && printButton && cancelButton && progress && bar));
    CHECK_FALSE(progress->isVisible());
    CHECK_FALSE(cancelButton->isVisible());
    const QString path = folder.filePath(QStringLiteral("register.pdf"));
    ui::FileDialog::clearNextPaths();

    SECTION("Cancel stops the PDF: no file under the name")
    {
        ui::FileDialog::setNextPath(path);
        QTest::mouseClick(pdfButton, Qt::LeftButton);
        CHECK(dialog.isBusy());
        CHECK(progress->isVisible());
        CHECK(progress->maximum() == 2500);
        CHECK(cancelButton->isVisible());
        CHECK(dialog.focusWidget() == cancelButton);
        CHECK_FALSE(pdfButton->isEnabled());
        CHECK_FALSE(printButton->isEnabled());
        REQUIRE(test::waitFor([&] { return progress->value() > 0; }, 60000)); // pages are being painted
        QTest::mouseClick(cancelButton, Qt::LeftButton);
        REQUIRE(test::waitFor([&] { return !dialog.isBusy(); }, 60000)); // the worker has stopped
        CHECK(bar->kind() == ui::MessageBar::Kind::Info);
        CHECK(bar->text() == ui::RegisterDialog::tr("The register was not saved: cancelled."));
        CHECK(progress->value() < 2500); // stopped before the last rows
        CHECK_FALSE(progress->isVisible());
        CHECK(pdfButton->isEnabled());
        CHECK(dialog.focusWidget() == pdfButton);
        CHECK_FALSE(QFile::exists(path));
        CHECK(QDir(folder.path()).entryList(QDir::Files).isEmpty());
    }

    SECTION("Escape while it is written cancels it and keeps the window open")
    {
        ui::FileDialog::setNextPath(path);
        QTest::keyClick(pdfButton, Qt::Key_Space); // the keyboard alone
        REQUIRE(dialog.isBusy());
        QTest::keyClick(&dialog, Qt::Key_Escape);
        REQUIRE(test::waitFor([&] { return !dialog.isBusy(); }, 60000));
        CHECK(dialog.isVisible());
        CHECK_FALSE(QFile::exists(path));
        QTest::keyClick(&dialog, Qt::Key_Escape); // idle, Escape closes
        CHECK_FALSE(dialog.isVisible());
    }

    SECTION("Left alone, the progress goes to the end and the PDF is in place, the window responsive meanwhile")
    {
        ui::FileDialog::setNextPath(path);
        QTest::mouseClick(pdfButton, Qt::LeftButton);
        int loops = 0; // the GUI thread keeps turning while the worker writes the register
        REQUIRE(test::waitFor(
            [&] {
                ++loops;
                return !dialog.isBusy();
            },
            120000));
        CHECK(loops > 1);
        CHECK(bar->kind() == ui::MessageBar::Kind::Info);
        CHECK(progress->value() == 2500);
        CHECK_FALSE(cancelButton->isVisible());
        const test::PdfInfo info = test::pdfInfo(path);
        CHECK(info.pages > 1);
        CHECK(bar->text().contains(QString::number(info.pages)));
    }

    SECTION("Printed: page by page from the event loop on the chosen printer, and cancelled")
    {
        const QString printed = folder.filePath(QStringLiteral("printer.pdf"));
        FormPreviewDialog::setPrinterChooser([&](QPrinter& printer, QWidget*) {
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(printed);
            return true;
        });
        QTest::mouseClick(printButton, Qt::LeftButton);
        CHECK(dialog.isBusy());
        CHECK(progress->isVisible());
        int loops = 0;
        REQUIRE(test::waitFor(
            [&] {
                ++loops;
                return !dialog.isBusy();
            },
            120000));
        CHECK(loops > 1);
        CHECK(bar->kind() == ui::MessageBar::Kind::Info);
        CHECK(progress->value() == 2500);
        const test::PdfInfo info = test::pdfInfo(printed);
        CHECK(info.size.startsWith(QStringLiteral("842 x 595")));
        CHECK(bar->text().contains(QString::number(info.pages)));
        // The PDF of the same register has the same pages: one painter for both.
        ui::FileDialog::setNextPath(path);
        QTest::mouseClick(pdfButton, Qt::LeftButton);
        REQUIRE(test::waitFor([&] { return !dialog.isBusy(); }, 120000));
        CHECK(test::pdfInfo(path).pages == info.pages);

        QTest::mouseClick(printButton, Qt::LeftButton);
        REQUIRE(test::waitFor([&] { return progress->value() > 0; }, 60000));
        QTest::mouseClick(cancelButton, Qt::LeftButton);
        REQUIRE(test::waitFor([&] { return !dialog.isBusy(); }, 60000));
        CHECK(progress->value() < 2500);
        CHECK(bar->text() == ui::RegisterDialog::tr("The register was not printed: cancelled."));
        FormPreviewDialog::setPrinterChooser({});
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

TEST_CASE("Templates and register dialogs: a stored register template that cannot print it is named, the register "
          "refused",
          "[ui][print]")
{
    test::WorkflowFixture f;
    QTemporaryDir folder;
    f.receive();
    const identity::User admin = f.users.value(QStringLiteral("admin"));
    // Stored by an older version, its rows in a list: the register cannot be streamed from it.
    REQUIRE(storage::FormTemplateRepository(f.db.database())
                .save(QStringLiteral("register"),
                      {QStringLiteral("<ol>{{#rows}}<li>{{code}}</li>{{/rows}}</ol>"), f.db.clock().now(), admin.id})
                .ok());
    const QString problem = QStringLiteral("dòng 1: {{#rows}} không nằm trong một bảng (<table>)");

    const ui::Session adminSession{f.db.database(), f.db.clock(), f.calendar, admin};
    ui::TemplatesDialog templates(adminSession); // the dialogs keep the session
    const QString origin = templates.table()->item(6, 1)->text();
    INFO(origin.toStdString());
    CHECK(origin.startsWith(QStringLiteral("Mẫu của cơ quan, không in được sổ:")));
    CHECK(origin.contains(problem));

    const ui::Session clerkSession{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("clerk"))};
    ui::RegisterDialog dialog(clerkSession);
    dialog.show();
    dialog.setPeriod(QDate(2026, 11, 1), QDate(2026, 11, 30));
    ui::FileDialog::clearNextPaths();
    ui::FileDialog::setNextPath(folder.filePath(QStringLiteral("register.pdf")));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("pdfButton")), Qt::LeftButton);
    auto* bar = dialog.findChild<ui::MessageBar*>();
    CHECK(bar->kind() == ui::MessageBar::Kind::Error);
    CHECK(bar->text().contains(problem));
    CHECK(ui::FileDialog::pendingPaths() == 1); // refused before asking where
    ui::FileDialog::clearNextPaths();
    CHECK_FALSE(QFile::exists(folder.filePath(QStringLiteral("register.pdf"))));
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
