#include "tests/support/CatchQt.h"

#include <catch2/catch.hpp>

#include "core/storage/DossierRepository.h"
#include "tests/support/WaitFor.h"
#include "tests/support/WorkflowFixture.h"
#include "ui/common/Session.h"
#include "ui/intake/IntakeForm.h"
#include "ui/intake/ProcedurePicker.h"
#include "ui/intake/SupplementRequestsDialog.h"
#include "ui/print/FormPreviewDialog.h"
#include "ui/widgets/MessageBar.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace motcua;
using motcua::ui::IntakeForm;
using motcua::ui::MessageBar;
using motcua::ui::ProcedurePicker;

namespace {

const QString kBulletin = QStringLiteral("1.009374");

// The intake form on a fresh database, shown and active, acting as the receiving clerk.
class FormFixture {
public:
    FormFixture()
        : session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("clerk"))}
        , form(session)
    {
        form.resize(1200, 760);
        form.show();
        activate();
    }

    template <typename T> T* child(const char* name)
    {
        T* widget = form.findChild<T*>(QString::fromLatin1(name));
        REQUIRE(widget);
        return widget;
    }
    QLineEdit* edit(const char* name) { return child<QLineEdit>(name); }

    // Types text one character at a time, as a keyboard with a Vietnamese input method does.
    static void type(QWidget* widget, const QString& text)
    {
        for (const QChar ch : text) {
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, ch, Qt::NoModifier);
        }
    }

    void chooseBulletin()
    {
        auto* picker = child<ProcedurePicker>("procedurePicker");
        picker->setFocus();
        QTest::keyClicks(picker, QStringLiteral("cap phep xuat ban ban tin"));
        QTest::keyClick(picker, Qt::Key_Return);
        REQUIRE(picker->code() == kBulletin);
        activate(); // the offscreen platform leaves the completer's popup active after hiding it
    }

    void activate()
    {
        form.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&form));
    }

    void fillPerson()
    {
        type(edit("nameEdit"), QStringLiteral("Nguyễn Thị Hương Giang"));
        QTest::keyClicks(edit("identityEdit"), QStringLiteral("091190001234"));
        QTest::keyClicks(edit("birthDateEdit"), QStringLiteral("12051990"));
        type(edit("addressEdit"), QStringLiteral("Số 12, đường Trần Phú, phường Vĩnh Thanh, Rạch Giá"));
        QTest::keyClicks(edit("phoneEdit"), QStringLiteral("0912 345 678"));
    }

    // Checks documents with the keyboard: Space on each row's name.
    void checkDocuments(const QList<int>& rows)
    {
        auto* table = child<QTableWidget>("documentsTable");
        table->setFocus();
        for (int row : rows) {
            table->setCurrentCell(row, 0);
            QTest::keyClick(table, Qt::Key_Space);
        }
    }

    // Answers the confirmation of the next supplement request: the guidance typed, then OK (or Cancel).
    std::shared_ptr<QStringList> answerSupplementRequest(const QString& guidance, bool confirm = true)
    {
        auto seen = std::make_shared<QStringList>();
        QTimer::singleShot(0, &form, [seen, guidance, confirm] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!dialog || dialog->objectName() != QStringLiteral("supplementRequestDialog")) {
                return;
            }
            auto* list = dialog->findChild<QListWidget*>(QStringLiteral("missingList"));
            for (int row = 0; list && row < list->count(); ++row) {
                *seen << list->item(row)->text();
            }
            auto* edit = dialog->findChild<QPlainTextEdit*>(QStringLiteral("guidanceEdit"));
            edit->selectAll();
            for (const QChar ch : guidance) {
                QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, ch, Qt::NoModifier);
            }
            confirm ? dialog->accept() : dialog->reject();
        });
        return seen;
    }

    qint64 count(const QString& table)
    {
        QSqlQuery query(f.db.database().connection());
        query.exec(QStringLiteral("SELECT count(*) FROM ") + table);
        query.next();
        return query.value(0).toLongLong();
    }

    test::WorkflowFixture f;
    ui::Session session;
    IntakeForm form;
};

} // namespace

TEST_CASE("Intake form: the procedure is found by typing part of its name or code, without accents", "[ui][intake]")
{
    FormFixture t;
    auto* picker = t.child<ProcedurePicker>("procedurePicker");
    auto* table = t.child<QTableWidget>("documentsTable");
    CHECK(table->rowCount() == 0);
    CHECK(QApplication::focusWidget() == picker);

    QTest::keyClicks(picker, QStringLiteral("cap phep xuat ban ban tin"));
    CHECK(picker->matchingCodes() == QStringList{kBulletin});
    CHECK(picker->code().isEmpty());
    QTest::keyClick(picker, Qt::Key_Return);
    CHECK(picker->code() == kBulletin);
    CHECK(picker->text().contains(QStringLiteral("Cấp giấy phép xuất bản bản tin")));

    REQUIRE(table->rowCount() == 4);
    CHECK(table->item(0, 0)->text().startsWith(QStringLiteral("Tờ khai đề nghị cấp giấy phép xuất bản bản tin")));
    CHECK(table->item(2, 0)->text().startsWith(QStringLiteral("Sơ yếu lý lịch")));
    CHECK(table->item(3, 0)->text().contains(QStringLiteral("măng sét")));
    CHECK(table->item(1, 1)->text() == catalogue::documentKindName(catalogue::DocumentKind::CertifiedCopy));
    for (int row = 0; row < 4; ++row) {
        CHECK(table->item(row, 0)->checkState() == Qt::Unchecked);
        CHECK(table->item(row, 2)->data(Qt::EditRole).toInt() == 1);
    }
    CHECK(t.child<QLabel>("documentsSummary")->text().contains(QStringLiteral("0")));

    SECTION("typed with accents one character at a time, every procedure whose name has the words")
    {
        picker->selectAll();
        FormFixture::type(picker, QStringLiteral("Cấp phép"));
        CHECK(picker->code().isEmpty());
        CHECK(picker->matchingCodes() == QStringList{kBulletin, QStringLiteral("1.003868"), QStringLiteral("1.003725"),
                                                     QStringLiteral("2.001594"), QStringLiteral("2.001584")});
        // The documents of the last procedure stay while the text is edited.
        CHECK(table->rowCount() == 4);
    }
    SECTION("by code, or by words in any order; the popup lists the matches and Down + Enter takes one")
    {
        picker->selectAll();
        QTest::keyClicks(picker, QStringLiteral("2.001171"));
        CHECK(picker->matchingCodes() == QStringList{QStringLiteral("2.001171")});

        picker->selectAll();
        QTest::keyClicks(picker, QStringLiteral("in xuat ban pham"));
        CHECK(picker->matchingCodes() == QStringList{QStringLiteral("2.001594"), QStringLiteral("2.001584")});
        auto* popup = picker->findChild<QCompleter*>()->popup();
        REQUIRE(popup->isVisible());
        CHECK(popup->model()->rowCount() == 2);
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        CHECK(picker->code() == QStringLiteral("2.001584"));
        CHECK(table->rowCount() == 2);
    }
    SECTION("no match, no procedure")
    {
        picker->selectAll();
        QTest::keyClicks(picker, QStringLiteral("xyz khong co"));
        CHECK(picker->matchingCodes().isEmpty());
        QTest::keyClick(picker, Qt::Key_Return); // Enter now asks for a procedure
        CHECK(picker->code().isEmpty());
        auto* bar = t.child<MessageBar>("messageBar");
        CHECK(bar->isVisible());
        CHECK(bar->kind() == MessageBar::Kind::Error);
    }
}

TEST_CASE("Intake form: a complete dossier is received with Enter, and the form is ready for the next citizen",
          "[ui][intake]")
{
    FormFixture t;
    t.chooseBulletin();
    t.fillPerson();
    CHECK(t.edit("nameEdit")->text() == QStringLiteral("Nguyễn Thị Hương Giang"));
    CHECK(t.edit("addressEdit")->text() == QStringLiteral("Số 12, đường Trần Phú, phường Vĩnh Thanh, Rạch Giá"));
    t.checkDocuments({0, 1, 2, 3});
    auto* table = t.child<QTableWidget>("documentsTable");
    for (int row = 0; row < 4; ++row) {
        CHECK(table->item(row, 0)->checkState() == Qt::Checked);
    }
    CHECK_FALSE(t.child<QPushButton>("supplementButton")->isVisible());

    // A count typed on a document's row opens its spin box; Enter there only confirms the count.
    QSignalSpy received(&t.form, &IntakeForm::dossierReceived);
    table->setCurrentCell(0, 2);
    QTest::keyClick(table, Qt::Key_2);
    QWidget* editor = QApplication::focusWidget();
    REQUIRE(editor);
    CHECK(editor != table);
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents();
    CHECK(table->item(0, 2)->data(Qt::EditRole).toInt() == 2);
    CHECK(received.isEmpty());

    SECTION("Enter in a field")
    {
        QTest::keyClick(t.edit("phoneEdit"), Qt::Key_Return);
    }
    SECTION("Ctrl+Return")
    {
        QTest::keyClick(t.edit("addressEdit"), Qt::Key_Return, Qt::ControlModifier);
    }
    REQUIRE(received.count() == 1);
    const auto dossier = received.at(0).at(0).value<dossier::Dossier>();
    CHECK(dossier.code == QStringLiteral("000.00.16.H33-261123-0001"));
    CHECK(dossier.receivedAt == t.f.at(2026, 11, 23, 8, 0));
    const auto expected =
        calendar::DeadlineCalculator(*t.f.calendar)
            .due(dossier.receivedAt, calendar::TimeLimit::days(20), calendar::CountingRule::WorkingTime);
    REQUIRE(expected.ok());
    CHECK(dossier.dueAt == *expected);
    CHECK(dossier.dueAt == t.f.at(2026, 12, 22, 8, 0));

    const auto stored = storage::DossierRepository(t.f.db.database()).byCode(dossier.code);
    REQUIRE(stored.ok());
    CHECK(stored->applicant.name == QStringLiteral("Nguyễn Thị Hương Giang"));
    CHECK(stored->applicant.identityNumber == QStringLiteral("091190001234"));
    CHECK(stored->applicant.birthDate == QDate(1990, 5, 12));
    CHECK(stored->applicant.phone == QStringLiteral("0912345678"));
    REQUIRE(stored->documents.size() == 4);
    CHECK(stored->documents[0].count == 2);
    CHECK(stored->documents[1].kind == catalogue::DocumentKind::CertifiedCopy);
    CHECK(stored->channel == dossier::Channel::Counter);
    CHECK(stored->dueAt == t.f.at(2026, 12, 22, 8, 0));

    auto* bar = t.child<MessageBar>("messageBar");
    CHECK(bar->isVisible());
    CHECK(bar->kind() == MessageBar::Kind::Info);
    CHECK(bar->text().contains(dossier.code));
    CHECK(bar->text().contains(QStringLiteral("22/12/2026")));

    // Ready for the next citizen: applicant and checks cleared, the procedure kept, focus on it.
    CHECK(t.edit("nameEdit")->text().isEmpty());
    CHECK(t.edit("identityEdit")->text().isEmpty());
    CHECK(t.edit("birthDateEdit")->text().isEmpty());
    CHECK(t.edit("phoneEdit")->text().isEmpty());
    CHECK(table->item(0, 0)->checkState() == Qt::Unchecked);
    CHECK(t.child<ProcedurePicker>("procedurePicker")->code() == kBulletin);
    CHECK(QApplication::focusWidget() == t.child<ProcedurePicker>("procedurePicker"));
    CHECK(t.count(QStringLiteral("dossier")) == 1);
}

TEST_CASE("Intake form: errors show beside their field, live and on Receive, and nothing is stored", "[ui][intake]")
{
    FormFixture t;
    t.chooseBulletin();
    t.fillPerson();
    t.checkDocuments({0, 1, 2, 3});
    QSignalSpy received(&t.form, &IntakeForm::dossierReceived);
    auto* identity = t.edit("identityEdit");
    auto* identityError = t.child<QLabel>("identityError");
    CHECK(identityError->text().isEmpty());

    SECTION("a bad identity number, shown when the field is left, and again on Receive")
    {
        identity->setFocus();
        identity->selectAll();
        QTest::keyClicks(identity, QStringLiteral("12345"));
        QTest::keyClick(identity, Qt::Key_Tab);
        CHECK(identityError->isVisible());
        CHECK(identityError->text().contains(QStringLiteral("12")));
        CHECK_FALSE(identityError->text().startsWith(QStringLiteral("applicant.")));

        QTest::keyClick(t.edit("emailEdit"), Qt::Key_Return);
        CHECK(received.isEmpty());
        CHECK(QApplication::focusWidget() == identity);
        CHECK_FALSE(identityError->text().isEmpty());
        CHECK(t.count(QStringLiteral("dossier")) == 0);

        // The error follows the typing and goes away once the number is right.
        identity->selectAll();
        QTest::keyClicks(identity, QStringLiteral("091190001234"));
        CHECK(identityError->text().isEmpty());
    }
    SECTION("an identity number that contradicts the date of birth")
    {
        auto* birth = t.edit("birthDateEdit");
        birth->selectAll();
        QTest::keyClicks(birth, QStringLiteral("01/01/1991"));
        QTest::keyClick(t.edit("emailEdit"), Qt::Key_Return);
        CHECK(received.isEmpty());
        CHECK_FALSE(identityError->text().isEmpty());
        CHECK(QApplication::focusWidget() == identity);
    }
    SECTION("a date of birth that is no date")
    {
        auto* birth = t.edit("birthDateEdit");
        birth->selectAll();
        QTest::keyClicks(birth, QStringLiteral("31/02/1990"));
        QTest::keyClick(birth, Qt::Key_Return);
        CHECK(received.isEmpty());
        CHECK_FALSE(t.child<QLabel>("birthDateError")->text().isEmpty());
        CHECK(QApplication::focusWidget() == birth);
    }
    SECTION("a bad phone number, live")
    {
        auto* phone = t.edit("phoneEdit");
        auto* phoneError = t.child<QLabel>("phoneError");
        phone->setFocus();
        phone->selectAll();
        QTest::keyClicks(phone, QStringLiteral("0123"));
        QTest::keyClick(phone, Qt::Key_Tab);
        CHECK_FALSE(phoneError->text().isEmpty());
        phone->selectAll();
        QTest::keyClicks(phone, QStringLiteral("0297.386.2222"));
        CHECK(phoneError->text().isEmpty());
    }
    SECTION("a missing name, reported by the core, goes beside the name")
    {
        t.edit("nameEdit")->clear();
        QTest::keyClick(t.edit("phoneEdit"), Qt::Key_Return);
        CHECK(received.isEmpty());
        CHECK_FALSE(t.child<QLabel>("nameError")->text().isEmpty());
        CHECK(QApplication::focusWidget() == t.edit("nameEdit"));
        // Leaving the field still empty keeps the error; typing a name clears it.
        FormFixture::type(t.edit("nameEdit"), QStringLiteral("Lê Văn Đức"));
        CHECK(t.child<QLabel>("nameError")->text().isEmpty());
    }
    SECTION("an organisation: tax code and representative instead of identity number and date of birth")
    {
        QTest::mouseClick(t.child<QRadioButton>("organisationRadio"), Qt::LeftButton);
        CHECK_FALSE(identity->isVisible());
        auto* taxCode = t.edit("taxCodeEdit");
        REQUIRE(taxCode->isVisible());
        taxCode->setFocus();
        QTest::keyClicks(taxCode, QStringLiteral("0100109107"));
        QTest::keyClick(taxCode, Qt::Key_Tab);
        CHECK_FALSE(t.child<QLabel>("taxCodeError")->text().isEmpty());
        taxCode->selectAll();
        QTest::keyClicks(taxCode, QStringLiteral("0100109106"));
        CHECK(t.child<QLabel>("taxCodeError")->text().isEmpty());

        QTest::keyClick(taxCode, Qt::Key_Return);
        CHECK(received.isEmpty());
        CHECK(QApplication::focusWidget() == t.edit("representativeEdit"));
        FormFixture::type(t.edit("representativeEdit"), QStringLiteral("Trần Văn Nam"));
        QTest::keyClick(t.edit("representativeEdit"), Qt::Key_Return);
        REQUIRE(received.count() == 1);
        const auto dossier = received.at(0).at(0).value<dossier::Dossier>();
        CHECK(dossier.applicant.kind == dossier::Applicant::Kind::Organisation);
        CHECK(dossier.applicant.taxCode == QStringLiteral("0100109106"));
        CHECK(dossier.applicant.identityNumber.isEmpty());
        return;
    }
    CHECK(received.isEmpty());
    CHECK(t.count(QStringLiteral("dossier")) == 0);
    CHECK(t.count(QStringLiteral("code_sequence")) == 0);
}

TEST_CASE("Intake form: missing mandatory documents are listed and the supplement request is offered instead",
          "[ui][intake]")
{
    FormFixture t;
    t.chooseBulletin();
    t.fillPerson();
    auto* supplement = t.child<QPushButton>("supplementButton");
    CHECK_FALSE(supplement->isVisible());
    t.checkDocuments({1});
    CHECK(t.child<QLabel>("documentsSummary")->text().contains(QStringLiteral("3")));

    QSignalSpy received(&t.form, &IntakeForm::dossierReceived);
    QTest::keyClick(t.edit("phoneEdit"), Qt::Key_Return);
    CHECK(received.isEmpty());
    auto* bar = t.child<MessageBar>("messageBar");
    CHECK(bar->isVisible());
    CHECK(bar->kind() == MessageBar::Kind::Error);
    CHECK(bar->text().contains(QStringLiteral("Tờ khai đề nghị cấp giấy phép xuất bản bản tin")));
    CHECK(bar->text().contains(QStringLiteral("Sơ yếu lý lịch")));
    CHECK(bar->text().contains(QStringLiteral("măng sét")));
    CHECK_FALSE(bar->text().contains(QStringLiteral("quyết định thành lập")));
    CHECK(supplement->isVisible());
    CHECK(t.count(QStringLiteral("dossier")) == 0);

    SECTION("cancelling the confirmation records nothing")
    {
        const auto seen = t.answerSupplementRequest({}, false);
        QTest::mouseClick(supplement, Qt::LeftButton);
        CHECK(seen->size() == 3);
        CHECK(t.count(QStringLiteral("intake_supplement")) == 0);
        CHECK(supplement->isVisible());
        CHECK(t.edit("nameEdit")->text() == QStringLiteral("Nguyễn Thị Hương Giang"));
    }
    SECTION("the supplement request is confirmed with its guidance, numbered, recorded (Mẫu 02) and the form cleared")
    {
        const auto seen = t.answerSupplementRequest(QStringLiteral("Mang bản chính để đối chiếu"));
        QTest::mouseClick(supplement, Qt::LeftButton);
        CHECK(seen->contains(QStringLiteral("Sơ yếu lý lịch của người chịu trách nhiệm xuất bản bản tin")));
        CHECK(t.count(QStringLiteral("intake_supplement")) == 1);
        CHECK(t.count(QStringLiteral("dossier")) == 0);
        QSqlQuery query(t.f.db.database().connection());
        REQUIRE(query.exec(
            QStringLiteral("SELECT applicant_name, phone, missing, guidance, number, year FROM intake_supplement")));
        REQUIRE(query.next());
        CHECK(query.value(0).toString() == QStringLiteral("Nguyễn Thị Hương Giang"));
        CHECK(query.value(2).toString().contains(QStringLiteral("Sơ yếu lý lịch")));
        CHECK(query.value(3).toString() == QStringLiteral("Mang bản chính để đối chiếu"));
        CHECK(query.value(4).toInt() == 1);
        CHECK(query.value(5).toInt() == 2026);
        CHECK(bar->text().contains(QStringLiteral("1/2026")));
        CHECK_FALSE(supplement->isVisible());
        CHECK(bar->kind() == MessageBar::Kind::Info);
        CHECK(t.edit("nameEdit")->text().isEmpty());
    }
    SECTION("checking the missing documents withdraws the offer, and the dossier is received")
    {
        t.checkDocuments({0, 2, 3});
        CHECK_FALSE(supplement->isVisible());
        CHECK_FALSE(bar->isVisible());
        QTest::keyClick(t.edit("phoneEdit"), Qt::Key_Return);
        CHECK(received.count() == 1);
        CHECK(t.count(QStringLiteral("intake_supplement")) == 0);
    }
}

TEST_CASE("Intake form: the due moment is shown live with why", "[ui][intake]")
{
    FormFixture t;
    auto* due = t.child<QLabel>("dueLabel");
    auto* why = t.child<QToolButton>("whyButton");
    auto* explanation = t.child<QLabel>("explanationLabel");
    CHECK_FALSE(why->isEnabled());
    CHECK_FALSE(due->text().contains(QStringLiteral("2026")));

    t.chooseBulletin();
    CHECK(due->text().contains(QStringLiteral("08:00")));
    CHECK(due->text().contains(QStringLiteral("22/12/2026")));
    CHECK(due->toolTip().contains(QStringLiteral("24/11/2026")));
    CHECK(due->toolTip().contains(QStringLiteral("Ngày Văn hóa Việt Nam")));
    CHECK(due->toolTip().contains(QStringLiteral("23/11/2026"))); // received
    CHECK(why->isEnabled());
    CHECK_FALSE(explanation->isVisible());
    QTest::mouseClick(why, Qt::LeftButton);
    CHECK(explanation->isVisible());
    CHECK(explanation->text().contains(QStringLiteral("24/11/2026")));
    QTest::keyClick(t.edit("nameEdit"), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK_FALSE(explanation->isVisible());
}

TEST_CASE("Intake form: Tab reaches every field in order", "[ui][intake]")
{
    FormFixture t;
    t.chooseBulletin();
    auto* picker = t.child<ProcedurePicker>("procedurePicker");

    const auto tabRound = [&] {
        picker->setFocus(Qt::TabFocusReason);
        QStringList seen;
        for (int i = 0; i < 40; ++i) {
            QWidget* focus = QApplication::focusWidget();
            REQUIRE(focus);
            seen << focus->objectName();
            QTest::keyClick(focus, Qt::Key_Tab);
            if (QApplication::focusWidget() == picker) {
                break;
            }
        }
        return seen;
    };
    const auto inOrder = [](const QStringList& seen, const QStringList& expected) {
        qsizetype last = -1;
        for (const QString& name : expected) {
            const qsizetype at = seen.indexOf(name);
            INFO(name.toStdString() << " in " << seen.join(QStringLiteral(", ")).toStdString());
            CHECK(at > last);
            last = at;
        }
    };

    const QStringList person = tabRound();
    inOrder(person, {QStringLiteral("procedurePicker"), QStringLiteral("personRadio"), QStringLiteral("nameEdit"),
                     QStringLiteral("identityEdit"), QStringLiteral("birthDateEdit"), QStringLiteral("addressEdit"),
                     QStringLiteral("phoneEdit"), QStringLiteral("emailEdit"), QStringLiteral("documentsTable"),
                     QStringLiteral("allDocumentsButton"), QStringLiteral("channelCombo"),
                     QStringLiteral("deliveryCombo"), QStringLiteral("setsSpin"), QStringLiteral("feeSpin"),
                     QStringLiteral("whyButton"), QStringLiteral("receiveButton")});
    CHECK_FALSE(person.contains(QStringLiteral("taxCodeEdit")));
    CHECK_FALSE(person.contains(QStringLiteral("supplementButton")));

    t.child<QRadioButton>("organisationRadio")->setChecked(true);
    const QStringList organisation = tabRound();
    inOrder(organisation,
            {QStringLiteral("organisationRadio"), QStringLiteral("nameEdit"), QStringLiteral("taxCodeEdit"),
             QStringLiteral("representativeEdit"), QStringLiteral("addressEdit"), QStringLiteral("receiveButton")});
    CHECK_FALSE(organisation.contains(QStringLiteral("identityEdit")));
}

namespace {

// The preview the form opened (window-modal, deleted on close).
ui::FormPreviewDialog* openPreview()
{
    ui::FormPreviewDialog* found = nullptr;
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (auto* preview = qobject_cast<ui::FormPreviewDialog*>(widget); preview && preview->isVisible()) {
            found = preview;
        }
    }
    return found;
}

} // namespace

TEST_CASE("Intake form: right after intake, Ctrl+P previews the receipt or the supplement request",
          "[ui][intake][print]")
{
    FormFixture t;
    auto* print = t.child<QPushButton>("printLastButton");
    CHECK_FALSE(print->isVisible()); // nothing to print yet: no dead button
    t.chooseBulletin();
    t.fillPerson();
    t.checkDocuments({0, 1, 2, 3});
    QSignalSpy received(&t.form, &IntakeForm::dossierReceived);
    QTest::keyClick(t.edit("phoneEdit"), Qt::Key_Return);
    REQUIRE(received.size() == 1);
    const QString code = received.at(0).at(0).value<dossier::Dossier>().code;
    CHECK(print->isVisible());
    CHECK(t.child<MessageBar>("messageBar")->text().contains(QStringLiteral("Ctrl+P")));

    QTest::keySequence(&t.form, QKeySequence::Print);
    ui::FormPreviewDialog* preview = nullptr;
    REQUIRE(test::waitFor([&] { return (preview = openPreview()) != nullptr; }));
    CHECK(preview->document().kind() == forms::FormKind::Receipt);
    CHECK(preview->document().title().contains(code));
    CHECK(preview->pageCount() == 2); // Liên 1 and Liên 2
    preview->close();
    REQUIRE(test::waitFor([&] { return openPreview() == nullptr; }));

    // An incomplete dossier: the supplement request is recorded, then printed.
    t.activate();
    t.fillPerson();
    t.checkDocuments({1});
    QTest::keyClick(t.edit("phoneEdit"), Qt::Key_Return);
    t.answerSupplementRequest(QStringLiteral("Bổ sung trong 5 ngày"));
    QTest::mouseClick(t.child<QPushButton>("supplementButton"), Qt::LeftButton);
    CHECK(print->text().contains(QStringLiteral("02")));
    QTest::mouseClick(print, Qt::LeftButton);
    REQUIRE(test::waitFor([&] { return (preview = openPreview()) != nullptr; }));
    CHECK(preview->document().kind() == forms::FormKind::Supplement);
    CHECK(preview->document().html().contains(QStringLiteral("Sơ yếu lý lịch")));
    CHECK(preview->document().html().contains(QStringLiteral("Nguyễn Thị Hương Giang")));
    // The form's "Số:" is the request's number, and the guidance is printed.
    CHECK(preview->document().html().contains(QStringLiteral("Số: 1/2026")));
    CHECK(preview->document().html().contains(QStringLiteral("Bổ sung trong 5 ngày")));
    preview->close();
}

TEST_CASE("Intake form: errors never move the fields, Receive says how many fields need attention",
          "[ui][intake][layout]")
{
    FormFixture t;
    t.chooseBulletin();
    const QStringList names{QStringLiteral("nameEdit"),      QStringLiteral("identityEdit"),
                            QStringLiteral("birthDateEdit"), QStringLiteral("addressEdit"),
                            QStringLiteral("phoneEdit"),     QStringLiteral("emailEdit")};
    const auto positions = [&] {
        QList<QRect> rects;
        for (const QString& name : names) {
            QWidget* edit = t.form.findChild<QLineEdit*>(name);
            rects << QRect(edit->mapTo(&t.form, QPoint(0, 0)), edit->size());
        }
        return rects;
    };
    const QList<QRect> before = positions();

    // Long errors on several fields at once, typed and left one by one.
    FormFixture::type(t.edit("nameEdit"), QStringLiteral("Lê Văn Tám"));
    QTest::keyClicks(t.edit("identityEdit"), QStringLiteral("12345"));
    QTest::keyClick(t.edit("identityEdit"), Qt::Key_Tab);
    QTest::keyClicks(t.edit("birthDateEdit"), QStringLiteral("31/02/1990"));
    QTest::keyClick(t.edit("birthDateEdit"), Qt::Key_Tab);
    QTest::keyClicks(t.edit("phoneEdit"), QStringLiteral("0123"));
    QTest::keyClick(t.edit("phoneEdit"), Qt::Key_Tab);
    QTest::keyClicks(t.edit("emailEdit"), QStringLiteral("a@b"));
    QTest::keyClick(t.edit("emailEdit"), Qt::Key_Tab);
    CHECK_FALSE(t.child<QLabel>("identityError")->text().isEmpty());
    CHECK_FALSE(t.child<QLabel>("birthDateError")->text().isEmpty());
    CHECK(positions() == before);

    // Receive: the address is still empty. Five fields need attention; the first wrong one has the focus.
    QTest::mouseClick(t.child<QPushButton>("receiveButton"), Qt::LeftButton);
    CHECK(positions() == before);
    CHECK(t.child<MessageBar>("messageBar")->text() ==
          QStringLiteral("5 trường cần sửa: xem dòng chữ đỏ dưới mỗi trường."));
    CHECK(QApplication::focusWidget() == t.edit("identityEdit"));
    CHECK(t.edit("identityEdit")->styleSheet().contains(QStringLiteral("border")));
    CHECK(t.child<QLabel>("addressError")->text() == QStringLiteral("Bắt buộc: hãy điền trường này."));
    CHECK(t.count(QStringLiteral("dossier")) == 0);

    // Put right, the message and the border go.
    QLineEdit* identity = t.edit("identityEdit");
    identity->selectAll();
    QTest::keyClicks(identity, QStringLiteral("091190001234"));
    CHECK(t.child<QLabel>("identityError")->text().isEmpty());
    CHECK(identity->styleSheet().isEmpty());
    CHECK(positions() == before);
}

TEST_CASE("Supplement requests at the counter: found by name without accents or by phone, and printed again",
          "[ui][intake]")
{
    test::WorkflowFixture f;
    auto clerk = f.as(QStringLiteral("clerk"));
    auto request = test::WorkflowFixture::bulletinRequest();
    request.documents = {{2, 1}};
    REQUIRE(workflow::IntakeService(clerk)
                .recordSupplementRequest(request, {QStringLiteral("Tờ khai")}, QStringLiteral("Mang bản chính"))
                .ok());
    request.applicant.name = QStringLiteral("Trần Văn Bình");
    request.applicant.phone = QStringLiteral("0987 654 321");
    REQUIRE(workflow::IntakeService(clerk).recordSupplementRequest(request, {QStringLiteral("Tờ khai")}).ok());

    const ui::Session session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("clerk"))};
    ui::SupplementRequestsDialog dialog(session);
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("supplementTable"));
    auto* search = dialog.findChild<QLineEdit*>(QStringLiteral("supplementSearch"));
    REQUIRE((table && search));
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 0)->text() == QStringLiteral("2/2026")); // newest first
    search->setText(QStringLiteral("huong"));
    REQUIRE(test::waitFor([&] { return table->rowCount() == 1; }));
    CHECK(table->item(0, 2)->text() == QStringLiteral("Nguyễn Thị Hương Giang"));
    search->setText(QStringLiteral("0987"));
    REQUIRE(
        test::waitFor([&] { return table->rowCount() == 1 && table->item(0, 0)->text() == QStringLiteral("2/2026"); }));
    search->clear();
    REQUIRE(test::waitFor([&] { return table->rowCount() == 2; }));
    table->selectRow(1);
    dialog.reprint();
    ui::FormPreviewDialog* preview = nullptr;
    REQUIRE(test::waitFor([&] {
        preview = dialog.findChild<ui::FormPreviewDialog*>();
        return preview != nullptr;
    }));
    CHECK(preview->document().kind() == forms::FormKind::Supplement);
    CHECK(preview->document().html().contains(QStringLiteral("Số: 1/2026")));
    CHECK(preview->document().html().contains(QStringLiteral("Mang bản chính")));
    preview->close();
}
