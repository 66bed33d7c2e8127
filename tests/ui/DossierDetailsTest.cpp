#include "tests/support/CatchQt.h"

#include <catch2/catch.hpp>

#include "core/calendar/Explanation.h"
#include "core/workflow/ExtensionService.h"
#include "core/workflow/HandoverService.h"
#include "core/workflow/PauseService.h"
#include "tests/support/WorkflowFixture.h"
#include "ui/dossier/ActionDialog.h"
#include "ui/dossier/DossierDetailsDialog.h"
#include "ui/widgets/PlainText.h"

#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>

using namespace motcua;
using calendar::WorkCalendar;
using ui::DossierDetailsDialog;

namespace {

QStringList rowOf(const QTableWidget& table, int row)
{
    QStringList cells;
    for (int column = 0; column < table.columnCount(); ++column) {
        cells << (table.item(row, column) ? table.item(row, column)->text() : QString());
    }
    return cells;
}

} // namespace

TEST_CASE("Dossier window: the pauses and extensions, with the working time each pause took", "[ui][dossier]")
{
    test::WorkflowFixture f;
    auto clerk = f.as(QStringLiteral("clerk"));
    auto head = f.as(QStringLiteral("head.bcxb"));
    auto leader = f.as(QStringLiteral("leader"));
    const QString code = f.receive().code; // Monday 23/11/2026 08:00
    REQUIRE(workflow::HandoverService(clerk).handover(code, {}).ok());

    // A supplement from Monday 09:00 to Tuesday 10:00, an extension, then a verification still running.
    f.db.clock().set(f.at(2026, 11, 23, 9, 0));
    REQUIRE(workflow::PauseService(head)
                .pause(code, dossier::PauseReason::Supplement, QStringLiteral("Thiếu bản sao giấy phép"))
                .ok());
    f.db.clock().set(f.at(2026, 11, 24, 10, 0));
    auto resumed = workflow::PauseService(head).resume(code, {});
    REQUIRE(resumed.ok());
    f.db.clock().set(f.at(2026, 11, 24, 10, 30));
    const QDateTime newDue = resumed->dueAt.addDays(7);
    REQUIRE(workflow::ExtensionService(leader).extend(code, newDue, QStringLiteral("Cần xác minh với Bộ")).ok());
    f.db.clock().set(f.at(2026, 11, 24, 11, 0));
    REQUIRE(workflow::PauseService(head).pause(code, dossier::PauseReason::Verification, {}).ok());
    f.db.clock().set(f.at(2026, 11, 24, 14, 0));

    const ui::Session session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("leader"))};
    DossierDetailsDialog dialog(session, code);
    REQUIRE(dialog.loaded());
    auto* tabs = dialog.findChild<QTabWidget*>();
    REQUIRE(tabs);
    auto* page = dialog.findChild<QWidget*>(QStringLiteral("pausesPage"));
    REQUIRE(page);
    CHECK(tabs->tabText(tabs->indexOf(page)) == DossierDetailsDialog::tr("Pauses and extensions"));

    const int dayMinutes = f.calendar->hours().standardDayMinutes();
    const auto workedBetween = [&](const QDateTime& from, const QDateTime& to) {
        return calendar::formatWorkingDuration(
            f.calendar->workingMinutesBetween(WorkCalendar::stamp(from), WorkCalendar::stamp(to)), dayMinutes);
    };
    auto* pauses = page->findChild<QTableWidget*>(QStringLiteral("pausesTable"));
    REQUIRE(pauses);
    REQUIRE(pauses->rowCount() == 2);
    CHECK(rowOf(*pauses, 0) == QStringList{dossier::pauseReasonName(dossier::PauseReason::Supplement),
                                           QStringLiteral("Thiếu bản sao giấy phép"),
                                           QStringLiteral("23/11/2026 09:00"), QStringLiteral("24/11/2026 10:00"),
                                           workedBetween(f.at(2026, 11, 23, 9, 0), f.at(2026, 11, 24, 10, 0)),
                                           f.users.value(QStringLiteral("head.bcxb")).fullName});
    // Still paused: counted up to the clock's now.
    CHECK(rowOf(*pauses, 1) == QStringList{dossier::pauseReasonName(dossier::PauseReason::Verification), QString(),
                                           QStringLiteral("24/11/2026 11:00"), DossierDetailsDialog::tr("still paused"),
                                           workedBetween(f.at(2026, 11, 24, 11, 0), f.at(2026, 11, 24, 14, 0)),
                                           f.users.value(QStringLiteral("head.bcxb")).fullName});

    auto* extensions = page->findChild<QTableWidget*>(QStringLiteral("extensionsTable"));
    REQUIRE(extensions);
    REQUIRE(extensions->rowCount() == 1);
    const QString format = QStringLiteral("dd/MM/yyyy HH:mm");
    CHECK(rowOf(*extensions, 0) == QStringList{QStringLiteral("Cần xác minh với Bộ"), resumed->dueAt.toString(format),
                                               newDue.toString(format), QStringLiteral("24/11/2026 10:30"),
                                               f.users.value(QStringLiteral("leader")).fullName});
}

TEST_CASE("Dossier window: a dossier never paused nor extended shows empty tables", "[ui][dossier]")
{
    test::WorkflowFixture f;
    const QString code = f.receive().code;
    const ui::Session session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("clerk"))};
    DossierDetailsDialog dialog(session, code);
    REQUIRE(dialog.loaded());
    CHECK(dialog.findChild<QTableWidget*>(QStringLiteral("pausesTable"))->rowCount() == 0);
    CHECK(dialog.findChild<QTableWidget*>(QStringLiteral("extensionsTable"))->rowCount() == 0);
}

TEST_CASE("Dossier window: what people typed shows as typed, never as HTML", "[ui][dossier]")
{
    test::WorkflowFixture f;
    auto request = test::WorkflowFixture::bulletinRequest();
    request.applicant.name = QStringLiteral("<b>X</b> Nguyễn Văn <i>An</i>");
    request.applicant.address = QStringLiteral("Số 1 <a href=\"x\">Trần Phú</a>");
    const QString code = f.receive(request).code;

    const ui::Session session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("leader"))};
    DossierDetailsDialog dialog(session, code);
    REQUIRE(dialog.loaded());
    auto* applicant = dialog.findChild<QLabel*>(QStringLiteral("applicantValue"));
    REQUIRE(applicant);
    CHECK(applicant->textFormat() == Qt::PlainText);
    CHECK(applicant->text().contains(QStringLiteral("<b>X</b> Nguyễn Văn <i>An</i>")));
    auto* address = dialog.findChild<QLabel*>(QStringLiteral("addressValue"));
    REQUIRE(address);
    CHECK(address->textFormat() == Qt::PlainText);
    CHECK(address->text().contains(QStringLiteral("<a href=\"x\">Trần Phú</a>")));
    const QList<QLabel*> labels = dialog.findChildren<QLabel*>();
    for (const QLabel* label : labels) {
        if (label->text().contains(QStringLiteral("<b>X</b>"))) {
            CHECK(label->textFormat() == Qt::PlainText);
        }
    }

    // A tooltip has no text format: one that looks like HTML goes escaped, the others as they are.
    CHECK(ui::plainToolTip(QStringLiteral("Nguyễn Văn An")) == QStringLiteral("Nguyễn Văn An"));
    const QString tip = ui::plainToolTip(request.applicant.name);
    CHECK(tip.contains(QStringLiteral("&lt;b&gt;X&lt;/b&gt;")));
    CHECK_FALSE(tip.contains(QStringLiteral("<b>")));
}

TEST_CASE("Dossier window: an action's error is the plain message, without its field", "[ui][dossier]")
{
    test::WorkflowFixture f;
    const QString code = f.receive().code;
    const ui::Session session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("leader"))};
    const auto details = workflow::DossierDetails::load(session.workflow(), code);
    REQUIRE(details.ok());
    ui::ActionDialog dialog(session, *details, workflow::Action::Extend);
    dialog.accept(); // no reason given
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("actionError"));
    REQUIRE(error);
    CHECK(error->textFormat() == Qt::PlainText);
    CHECK(error->text() == QStringLiteral("Nêu lý do hồ sơ bị chậm."));
    CHECK_FALSE(error->text().startsWith(QStringLiteral("reason")));
}

TEST_CASE("Dossier window: what a head asks first, and a banner with the time late or left", "[ui][dossier]")
{
    test::WorkflowFixture f;
    auto request = test::WorkflowFixture::bulletinRequest();
    request.applicant.email = QStringLiteral("giang@example.vn");
    request.channel = dossier::Channel::Online;
    request.feePaid = 1250000;
    const dossier::Dossier received = f.receive(request); // due 22/12/2026 08:00
    auto clerk = f.as(QStringLiteral("clerk"));
    REQUIRE(workflow::HandoverService(clerk).handover(received.code, {}, QStringLiteral("head.bcxb")).ok());
    const ui::Session session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("head.bcxb"))};
    const auto text = [](const DossierDetailsDialog& dialog, const char* name) {
        auto* label = dialog.findChild<QLabel*>(QString::fromLatin1(name));
        return label ? label->text() : QStringLiteral("(missing)");
    };
    {
        DossierDetailsDialog dialog(session, received.code);
        REQUIRE(dialog.loaded());
        CHECK(text(dialog, "identityValue") == QStringLiteral("091190001234"));
        CHECK(text(dialog, "birthDateValue") == QStringLiteral("12/05/1990"));
        CHECK(text(dialog, "emailValue") == QStringLiteral("giang@example.vn"));
        CHECK(text(dialog, "channelValue") == QStringLiteral("trực tuyến"));
        CHECK(text(dialog, "feeValue").startsWith(QStringLiteral("1")));
        CHECK(text(dialog, "feeValue").endsWith(QStringLiteral(" đồng")));
        CHECK(text(dialog, "handlerValue") == QStringLiteral("Phòng Báo chí – Xuất bản — Cán bộ head.bcxb"));
        // Monday 23/11 08:00, due 22/12 08:00: 20 working days left (Culture Day off).
        CHECK(text(dialog, "dueBanner") == QStringLiteral("Còn 20 ngày"));
    }
    f.db.clock().set(f.at(2026, 12, 23, 11, 0)); // a working day and 3 hours late
    DossierDetailsDialog late(session, received.code);
    CHECK(text(late, "dueBanner") == QStringLiteral("Quá hạn 1 ngày 3 giờ"));
}
