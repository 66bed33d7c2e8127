#include "tests/support/CatchQt.h"

#include "core/catalogue/CatalogueJson.h"
#include "core/storage/AdminLog.h"
#include "tests/support/WaitFor.h"
#include "tests/support/WorkflowFixture.h"
#include "ui/catalogue/CatalogueAdminDialog.h"
#include "ui/catalogue/CatalogueImportDialog.h"
#include "ui/catalogue/ProcedureEditDialog.h"
#include "ui/catalogue/ProcessVersionDialog.h"
#include "ui/dossier/DossierDetailsDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/widgets/ElidedLabel.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/FileErrorsDialog.h"
#include "ui/widgets/MessageBar.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace motcua;
using namespace motcua::ui;

namespace {

// Runs `work` on the next modal dialog of type T once it is open (the caller then opens it with exec()).
template <typename T> void whenModal(QObject* context, std::function<void(T*)> work, int tries = 200)
{
    QTimer::singleShot(10, context, [context, work, tries] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
            work(dialog);
        } else if (tries > 0) {
            whenModal<T>(context, work, tries - 1);
        }
    });
}

// Replaces the text of an edit as a person would: select all, type (Vietnamese one character at a time), leave.
void typeInto(QLineEdit* edit, const QString& text, bool leave = true)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    for (const QChar c : text) {
        QTest::sendKeyEvent(QTest::KeyAction::Click, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
    if (leave) {
        QMetaObject::invokeMethod(edit, &QLineEdit::editingFinished);
    }
}

bool selectProcedure(CatalogueAdminDialog& dialog, const QString& code)
{
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("adminProcedureList"));
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().startsWith(code + QLatin1Char(' '))) {
            list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QLineEdit* stepTime(QDialog* dialog, int row)
{
    return qobject_cast<QLineEdit*>(dialog->findChild<QTableWidget*>(QStringLiteral("stepsTable"))->cellWidget(row, 3));
}

} // namespace

TEST_CASE("Catalogue administration: a procedure with a bad field is refused beside it, fixed and saved",
          "[ui][catalogue-admin]")
{
    test::WorkflowFixture f;
    Session session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("admin"))};
    MainWindow window(session);
    auto* action = window.findChild<QAction*>(QStringLiteral("catalogueAdminAction"));
    REQUIRE(action);
    CHECK(action->text() == QStringLiteral("Danh mục &thủ tục và quy trình ISO…"));

    CatalogueAdminDialog dialog(session);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    bool checked = false;
    whenModal<ProcedureEditDialog>(&dialog, [&](ProcedureEditDialog* editor) {
        auto* code = editor->findChild<QLineEdit*>(QStringLiteral("procedureCodeEdit"));
        auto* name = editor->findChild<QLineEdit*>(QStringLiteral("procedureNameEdit"));
        auto* codeError = editor->findChild<ElidedLabel*>(QStringLiteral("procedureCodeEditError"));
        const QRect nameBefore = name->geometry();
        typeInto(code, QStringLiteral("1.0990"));
        CHECK(codeError->text() == QStringLiteral("Mã thủ tục quốc gia gồm một chữ số, dấu chấm và sáu chữ số: 1.011442."));
        CHECK(name->geometry() == nameBefore); // the error's line was kept: nothing moved
        // Nothing typed yet in the others: no error until they are left or Save is pressed.
        CHECK(editor->fieldError(QStringLiteral("name")).isEmpty());
        QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("procedureSaveButton")), Qt::LeftButton);
        CHECK(editor->isVisible());
        CHECK(editor->fieldError(QStringLiteral("name")) == QStringLiteral("Bắt buộc: hãy điền trường này."));
        CHECK(editor->fieldError(QStringLiteral("department")) == QStringLiteral("Hãy chọn phòng giải quyết."));
        CHECK(editor->fieldError(QStringLiteral("limit")) == QStringLiteral("Hãy gõ một số: 10, 0,5 hoặc 0.25."));

        // Fixed while typing: the code's error goes as soon as the code is right.
        typeInto(code, QStringLiteral("1.099001"), false);
        CHECK(codeError->text().isEmpty());
        typeInto(name, QStringLiteral("Cấp phép thử nghiệm"));
        CHECK(editor->fieldError(QStringLiteral("name")).isEmpty());
        typeInto(editor->findChild<QLineEdit*>(QStringLiteral("procedureLimitEdit")), QStringLiteral("7,5"));
        auto* department = editor->findChild<QComboBox*>(QStringLiteral("procedureDepartmentCombo"));
        department->setCurrentIndex(department->findData(QStringLiteral("BCXB")));
        typeInto(editor->findChild<QLineEdit*>(QStringLiteral("procedureFeeEdit")), QStringLiteral("50.000"));
        QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("addDocumentButton")), Qt::LeftButton);
        auto* documents = editor->findChild<QTableWidget*>(QStringLiteral("documentsTable"));
        QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("procedureSaveButton")), Qt::LeftButton);
        CHECK(editor->isVisible());
        CHECK(editor->fieldError(QStringLiteral("documents")) == QStringLiteral("Giấy tờ 1: chưa có tên."));
        typeInto(qobject_cast<QLineEdit*>(documents->cellWidget(0, 0)), QStringLiteral("Tờ khai"));
        CHECK(editor->fieldError(QStringLiteral("documents")).isEmpty());
        checked = true;
        QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("procedureSaveButton")), Qt::LeftButton);
    });
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("addProcedureButton")), Qt::LeftButton);
    REQUIRE(checked);
    CHECK(dialog.changed());
    auto stored = storage::CatalogueRepository(f.db.database()).procedure(QStringLiteral("1.099001"));
    REQUIRE(stored.ok());
    CHECK(stored->name == QStringLiteral("Cấp phép thử nghiệm"));
    CHECK(stored->limit.amount == 7.5);
    CHECK(stored->fee == 50000);
    CHECK(stored->documents.size() == 1);
    CHECK(test::adminActions(f) == QStringList{QStringLiteral("catalogue.procedure.added")});
    CHECK(dialog.findChild<QListWidget*>(QStringLiteral("adminProcedureList"))->currentItem()->text().startsWith(
        QStringLiteral("1.099001 ")));
}

TEST_CASE("Catalogue administration: a new process version issued while a dossier is in flight leaves the dossier "
          "its version and its due moment",
          "[ui][catalogue-admin]")
{
    test::WorkflowFixture f;
    const dossier::Dossier inFlight = f.receive(); // 1.009374, on issue 2
    Session session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("admin"))};
    CatalogueAdminDialog dialog(session);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    REQUIRE(selectProcedure(dialog, QStringLiteral("1.009374")));
    auto* versions = dialog.findChild<QTreeWidget*>(QStringLiteral("processVersionsTree"));
    REQUIRE(versions->topLevelItemCount() == 2);
    CHECK(versions->topLevelItem(1)->text(3) == QStringLiteral("1"));
    CHECK(versions->topLevelItem(1)->text(2) == QStringLiteral("đang áp dụng"));
    // Issue 2 runs a dossier: it is not offered for editing, only superseding.
    auto* correct = dialog.findChild<QPushButton*>(QStringLiteral("correctProcessButton"));
    CHECK_FALSE(correct->isEnabled());
    CHECK(correct->toolTip().contains(QStringLiteral("Ban hành phiên bản mới")));
    auto* issue = dialog.findChild<QPushButton*>(QStringLiteral("issueProcessButton"));
    CHECK(issue->text() == QStringLiteral("&Ban hành phiên bản mới…"));

    bool checked = false;
    whenModal<ProcessVersionDialog>(&dialog, [&](ProcessVersionDialog* editor) {
        CHECK(editor->findChild<QSpinBox*>(QStringLiteral("processIssueSpin"))->value() == 3);
        CHECK(editor->budgetText() == QStringLiteral("Tổng thời gian các bước: 20/20 ngày làm việc — đủ thời hạn luật định"));
        typeInto(stepTime(editor, 2), QStringLiteral("13"));
        CHECK(editor->budgetText() == QStringLiteral("Tổng thời gian các bước: 19/20 ngày làm việc — còn thiếu 1 ngày"));
        typeInto(stepTime(editor, 4), QStringLiteral("3"));
        CHECK(editor->budgetText() == QStringLiteral("Tổng thời gian các bước: 20/20 ngày làm việc — đủ thời hạn luật định"));
        typeInto(editor->findChild<QLineEdit*>(QStringLiteral("processChangeNoteEdit")),
                 QStringLiteral("Rút ngắn bước thẩm định"));
        checked = true;
        QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("processSaveButton")), Qt::LeftButton);
    });
    QTest::mouseClick(issue, Qt::LeftButton);
    REQUIRE(checked);
    REQUIRE(versions->topLevelItemCount() == 3);
    CHECK(versions->topLevelItem(2)->text(2) == QStringLiteral("đang áp dụng"));
    CHECK(versions->topLevelItem(1)->text(2) == QStringLiteral("đã được thay thế"));
    CHECK(versions->topLevelItem(1)->text(3) == QStringLiteral("1"));
    CHECK(test::adminActions(f) == QStringList{QStringLiteral("catalogue.process.issued")});

    const dossier::Dossier after = test::load(f, inFlight.code);
    CHECK(after.processId == inFlight.processId);
    CHECK(after.dueAt == inFlight.dueAt);
    CHECK(after.legalDueAt == inFlight.legalDueAt);
    DossierDetailsDialog details(session, inFlight.code);
    CHECK(details.findChild<QLabel*>(QStringLiteral("processValue"))->text() ==
          QStringLiteral("QT-BCXB-01, ban hành lần 2 ngày 01/07/2025 (đã có bản ban hành lần 3; hồ sơ này giữ "
                         "phiên bản của nó)"));
    // A dossier received now runs on issue 3.
    const dossier::Dossier next = f.receive();
    CHECK(next.processId != inFlight.processId);
    CHECK(next.processId ==
          storage::CatalogueRepository(f.db.database()).procedure(QStringLiteral("1.009374"))->processes.constLast().id);
}

TEST_CASE("Catalogue administration: the step budget sum is shown while typing", "[ui][catalogue-admin]")
{
    test::WorkflowFixture f;
    catalogue::Procedure procedure = *storage::CatalogueRepository(f.db.database()).procedure(QStringLiteral("1.009374"));
    procedure.limit = calendar::TimeLimit::days(10);
    catalogue::ProcessVersion draft;
    draft.code = QStringLiteral("QT-THU-01");
    draft.issuedOn = QDate(2026, 11, 23);
    ProcessVersionDialog dialog(ProcessVersionDialog::Mode::Issue, procedure, draft,
                                *storage::CatalogueRepository(f.db.database()).departments(), 480);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.budgetText() == QStringLiteral("Tổng thời gian các bước: 0/10 ngày làm việc — còn thiếu 10 ngày"));
    auto* add = dialog.findChild<QPushButton*>(QStringLiteral("addStepButton"));
    QTest::mouseClick(add, Qt::LeftButton);
    QTest::mouseClick(add, Qt::LeftButton);
    QLineEdit* first = stepTime(&dialog, 0);
    for (const QChar c : QStringLiteral("9,5")) {
        QTest::sendKeyEvent(QTest::KeyAction::Click, first, Qt::Key_unknown, QString(c), Qt::NoModifier);
        if (c == QLatin1Char('9')) {
            CHECK(dialog.budgetText() == QStringLiteral("Tổng thời gian các bước: 9/10 ngày làm việc — còn thiếu 1 ngày"));
        }
    }
    CHECK(dialog.budgetText() == QStringLiteral("Tổng thời gian các bước: 9,5/10 ngày làm việc — còn thiếu 0,5 ngày"));
    // The second step in hours: 8 hours make a day, 4 close the gap, 6 go over it.
    auto* unit = qobject_cast<QComboBox*>(dialog.findChild<QTableWidget*>(QStringLiteral("stepsTable"))->cellWidget(1, 4));
    unit->setCurrentIndex(1);
    typeInto(stepTime(&dialog, 1), QStringLiteral("4"), false);
    CHECK(dialog.budgetText() == QStringLiteral("Tổng thời gian các bước: 10/10 ngày làm việc — đủ thời hạn luật định"));
    typeInto(stepTime(&dialog, 1), QStringLiteral("6"), false);
    CHECK(dialog.budgetText() ==
          QStringLiteral("Tổng thời gian các bước: 10,25/10 ngày làm việc — vượt thời hạn 0,25 ngày"));
}

TEST_CASE("Catalogue administration: an import shows its preview first and is applied on confirmation, while a bad file "
          "lists its errors by field path",
          "[ui][catalogue-admin]")
{
    test::WorkflowFixture f;
    Session session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("admin"))};
    QTemporaryDir dir;
    catalogue::Catalogue file = catalogue::CatalogueJson::shipped();
    file.procedures[1].fee = 123000;
    const QString good = dir.filePath(QStringLiteral("good.json"));
    {
        QFile out(good);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(catalogue::CatalogueJson::write(file));
    }
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    {
        QByteArray text = catalogue::CatalogueJson::write(file);
        text.replace("\"kind\": \"copy\"", "\"kind\": \"paper\"");
        text.replace("\"role\": \"leader\"", "\"role\": \"boss\"");
        QFile out(bad);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(text);
    }
    const qint64 fee = storage::CatalogueRepository(f.db.database()).procedure(file.procedures[1].code)->fee;

    CatalogueAdminDialog dialog(session);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* import = dialog.findChild<QPushButton*>(QStringLiteral("importCatalogueButton"));

    // A bad file: its errors by field path, nothing offered, nothing changed.
    QStringList paths;
    whenModal<FileErrorsDialog>(&dialog, [&](FileErrorsDialog* listed) {
        auto* tree = listed->findChild<QTreeWidget*>(QStringLiteral("fileErrorsTree"));
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            paths << tree->topLevelItem(i)->text(0);
        }
        CHECK_FALSE(listed->findChild<QPushButton*>(QStringLiteral("importApplyButton")));
        listed->reject();
    });
    FileDialog::setNextPath(bad);
    QTest::mouseClick(import, Qt::LeftButton);
    REQUIRE(paths.size() > 2);
    CHECK(std::all_of(paths.cbegin(), paths.cend(),
                      [](const QString& p) { return p.startsWith(QStringLiteral("procedures[")); }));
    CHECK(std::any_of(paths.cbegin(), paths.cend(), [](const QString& p) {
        return p.contains(QStringLiteral(".documents[")) && p.endsWith(QStringLiteral("].kind"));
    }));
    CHECK(std::any_of(paths.cbegin(), paths.cend(), [](const QString& p) {
        return p.contains(QStringLiteral(".steps[")) && p.endsWith(QStringLiteral("].role"));
    }));
    CHECK(dialog.findChild<MessageBar*>(QStringLiteral("catalogueAdminMessage"))->kind() == MessageBar::Kind::Error);

    // A good file: the preview first; cancelled, nothing changes.
    qsizetype processes = 0;
    for (const catalogue::Procedure& procedure : file.procedures) {
        processes += procedure.processes.size();
    }
    QStringList rows;
    whenModal<CatalogueImportDialog>(&dialog, [&](CatalogueImportDialog* preview) {
        auto* tree = preview->findChild<QTreeWidget*>(QStringLiteral("importPreviewTree"));
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            rows << tree->topLevelItem(i)->text(1) + QStringLiteral(": ") + tree->topLevelItem(i)->text(0);
        }
        CHECK(preview->findChild<QLabel*>(QStringLiteral("importSummary"))->text() ==
              QStringLiteral("Lần nhập này sẽ thêm 0, sửa 1 và giữ nguyên %1 mục; từ chối 0.")
                  .arg(1 + file.departments.size() + file.procedures.size() - 1 + processes));
        preview->reject();
    });
    FileDialog::setNextPath(good);
    QTest::mouseClick(import, Qt::LeftButton);
    REQUIRE(rows.size() == 1 + file.departments.size() + file.procedures.size());
    CHECK(rows.contains(QStringLiteral("Sửa: Thủ tục %1 — %2").arg(file.procedures[1].code, file.procedures[1].name)));
    CHECK(storage::CatalogueRepository(f.db.database()).procedure(file.procedures[1].code)->fee == fee);
    CHECK(test::adminActions(f).isEmpty());

    // Confirmed: applied.
    whenModal<CatalogueImportDialog>(&dialog, [&](CatalogueImportDialog* preview) {
        QTest::mouseClick(preview->findChild<QPushButton*>(QStringLiteral("importApplyButton")), Qt::LeftButton);
    });
    FileDialog::setNextPath(good);
    QTest::mouseClick(import, Qt::LeftButton);
    CHECK(storage::CatalogueRepository(f.db.database()).procedure(file.procedures[1].code)->fee == 123000);
    CHECK(test::adminActions(f) == QStringList{QStringLiteral("catalogue.imported")});
    CHECK(dialog.findChild<MessageBar*>(QStringLiteral("catalogueAdminMessage"))->text() ==
          QStringLiteral("Đã nhập danh mục: thêm 0, sửa 1."));
}
