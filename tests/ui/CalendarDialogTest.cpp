#include "tests/support/CatchQt.h"

#include "core/calendar/CalendarJson.h"
#include "core/calendar/CalendarService.h"
#include "core/calendar/LunarCalendar.h"
#include "core/storage/AdminLog.h"
#include "tests/support/WaitFor.h"
#include "tests/support/WorkflowFixture.h"
#include "ui/calendar/CalendarDialog.h"
#include "ui/calendar/CalendarEntryModel.h"
#include "ui/calendar/MovedDueModel.h"
#include "ui/calendar/MovedDuesDialog.h"
#include "ui/widgets/FileErrorsDialog.h"
#include "ui/calendar/OfficeHoursDialog.h"
#include "ui/calendar/YearGrid.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBar.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <algorithm>
#include <functional>

using namespace motcua;
using namespace motcua::ui;

namespace {

// What the preview showed: its rows as text, and the summary.
struct SeenPreview {
    QString summary;
    QString warnings; // the ignored keys of an imported file, empty when hidden
    QList<QStringList> rows;
};

// Answers the next preview of a calendar change: Apply or Cancel, keeping what it showed. The preview is computed on
// a worker first: looked for again until it shows.
void answerPreview(QObject* context, const std::shared_ptr<SeenPreview>& seen, bool apply, int tries = 500)
{
    QTimer::singleShot(10, context, [context, seen, apply, tries] {
        auto* dialog = qobject_cast<MovedDuesDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            if (tries > 0) {
                answerPreview(context, seen, apply, tries - 1);
            }
            return;
        }
        QAbstractItemModelTester tester(dialog->model());
        seen->summary = dialog->findChild<QLabel*>(QStringLiteral("changeSummary"))->text();
        const auto* warnings = dialog->findChild<QLabel*>(QStringLiteral("importWarnings"));
        seen->warnings = warnings->isVisibleTo(dialog) ? warnings->text() : QString();
        const QAbstractItemModel* model = dialog->findChild<QTableView*>(QStringLiteral("movedDuesView"))->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < model->columnCount(); ++column) {
                cells << model->index(row, column).data().toString();
            }
            seen->rows << cells;
        }
        QTest::mouseClick(dialog->findChild<QPushButton*>(apply ? QStringLiteral("applyButton")
                                                                : QStringLiteral("cancelButton")),
                          Qt::LeftButton);
    });
}

// Edits the entry of the current day into the range from..to, then answers the preview.
void editCurrentEntry(CalendarDialog& dialog, const QDate& to, const std::shared_ptr<SeenPreview>& seen, bool apply)
{
    QTimer::singleShot(0, &dialog, [&dialog, to, seen, apply] {
        auto* entry = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!entry || entry->objectName() != QStringLiteral("calendarEntryDialog")) {
            return;
        }
        entry->findChild<QDateEdit*>(QStringLiteral("entryTo"))->setDate(to);
        auto* source = entry->findChild<QLineEdit*>(QStringLiteral("entrySource"));
        source->selectAll();
        QTest::keyClicks(source, QStringLiteral("Thong bao 01/TB"));
        answerPreview(&dialog, seen, apply);
        QTest::mouseClick(entry->findChild<QPushButton*>(QStringLiteral("entryOkButton")), Qt::LeftButton);
    });
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("editEntryButton")), Qt::LeftButton);
}

qint64 adminLogSize(test::WorkflowFixture& f)
{
    return storage::AdminLog(f.db.database(), f.db.clock()).entries()->size();
}

} // namespace

TEST_CASE("Calendar screen: editing a holiday shows the moved due moments, applied or cancelled", "[ui][calendar]")
{
    test::WorkflowFixture f; // Monday 23/11/2026 08:00; 24/11 is Vietnamese Culture Day
    const dossier::Dossier received = f.receive(); // 20 working days: due 22/12/2026
    Session session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("admin"))};
    MainWindow window(session);
    auto* action = window.findChild<QAction*>(QStringLiteral("calendarAction"));
    REQUIRE(action);
    CHECK(action->text() == QStringLiteral("&Lịch làm việc…"));

    CalendarDialog dialog(session);
    QAbstractItemModelTester tester(dialog.findChild<QTableView*>(QStringLiteral("entriesView"))->model());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    YearGrid* grid = dialog.grid();
    CHECK(grid->year() == 2026);
    CHECK(grid->currentDate() == QDate(2026, 11, 23));
    // The arrow keys move the current day; the details beside the grid follow it.
    QTest::keyClick(grid, Qt::Key_Right);
    CHECK(grid->currentDate() == QDate(2026, 11, 24));
    CHECK(grid->lookOf(grid->currentDate()) == YearGrid::Look::DayOff);
    const QString details = dialog.findChild<QLabel*>(QStringLiteral("dayDetails"))->text();
    CHECK(details.contains(QStringLiteral("Ngày Văn hóa Việt Nam")));
    const calendar::LunarDate lunar = calendar::LunarCalendar::fromSolar(QDate(2026, 11, 24));
    CHECK(details.contains(QStringLiteral("Âm lịch: %1/%2 năm 2026").arg(lunar.day).arg(lunar.month)));

    // Cancelled: the preview showed the move, nothing changed.
    const qint64 logBefore = adminLogSize(f);
    auto cancelled = std::make_shared<SeenPreview>();
    editCurrentEntry(dialog, QDate(2026, 11, 25), cancelled, false);
    REQUIRE(cancelled->rows.size() == 1);
    CHECK(cancelled->rows.first().at(MovedDueModel::Code) == received.code);
    CHECK(cancelled->rows.first().at(MovedDueModel::Applicant) == QStringLiteral("Nguyễn Thị Hương Giang"));
    CHECK(cancelled->rows.first().at(MovedDueModel::DueBefore) == QStringLiteral("22/12/2026 08:00"));
    CHECK(cancelled->rows.first().at(MovedDueModel::DueAfter) == QStringLiteral("23/12/2026 08:00"));
    CHECK(cancelled->rows.first().at(MovedDueModel::Move) == QStringLiteral("+1 ngày"));
    CHECK(cancelled->summary.contains(QStringLiteral("24/11/2026 – 25/11/2026")));
    CHECK(test::load(f, received.code).dueAt == received.dueAt);
    CHECK(test::load(f, received.code).events.size() == received.events.size());
    CHECK(grid->lookOf(QDate(2026, 11, 25)) == YearGrid::Look::Working);
    CHECK(adminLogSize(f) == logBefore);
    CHECK(dialog.findChild<MessageBar*>(QStringLiteral("calendarMessage"))->text() ==
          QStringLiteral("Đã huỷ: không có gì thay đổi."));

    // Applied: the due moment moved, an event says why, the log has it, the grid shows the new day off.
    auto applied = std::make_shared<SeenPreview>();
    editCurrentEntry(dialog, QDate(2026, 11, 25), applied, true);
    REQUIRE(applied->rows.size() == 1);
    const dossier::Dossier moved = test::load(f, received.code);
    CHECK(moved.dueAt == f.at(2026, 12, 23, 8, 0));
    REQUIRE(moved.events.size() == received.events.size() + 1);
    CHECK(moved.events.last().action == QStringLiteral("calendar_change"));
    CHECK(grid->lookOf(QDate(2026, 11, 25)) == YearGrid::Look::DayOff);
    CHECK(grid->entryOn(QDate(2026, 11, 25))->source == QStringLiteral("Thong bao 01/TB"));
    CHECK(adminLogSize(f) == logBefore + 1);
    CHECK(dialog.findChild<MessageBar*>(QStringLiteral("calendarMessage"))->text().contains(QStringLiteral("1")));
}

TEST_CASE("Calendar screen: confirming a generated year", "[ui][calendar]")
{
    test::WorkflowFixture f;
    Session session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("admin"))};
    CalendarDialog dialog(session);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* confirm = dialog.findChild<QPushButton*>(QStringLiteral("confirmYearButton"));
    CHECK_FALSE(confirm->isVisible()); // 2026: the government's notice, stored
    QTest::mouseClick(dialog.findChild<QWidget*>(QStringLiteral("nextYearButton")), Qt::LeftButton);
    REQUIRE(dialog.year() == 2027);
    REQUIRE(confirm->isVisible());
    CHECK(confirm->text() == QStringLiteral("&Xác nhận"));
    CHECK_FALSE(dialog.findChild<QLabel*>(QStringLiteral("unconfirmedLabel"))->text().isEmpty());
    // The Tết days of 2027 (1/1 lunar: Saturday 6/2) are generated from the lunar calendar, not confirmed yet.
    const QList<calendar::CalendarEntry> generated =
        *calendar::CalendarService(f.db.database(), f.db.clock()).entries(2027);
    const auto tet = std::find_if(generated.cbegin(), generated.cend(), [](const calendar::CalendarEntry& entry) {
        return entry.name.contains(QStringLiteral("Tết Nguyên"));
    });
    REQUIRE(tet != generated.cend());
    CHECK(tet->date.month() == 2);
    REQUIRE(dialog.grid()->entryOn(tet->date));
    CHECK_FALSE(dialog.grid()->entryOn(tet->date)->confirmed);

    auto seen = std::make_shared<SeenPreview>();
    answerPreview(&dialog, seen, true);
    QTest::mouseClick(confirm, Qt::LeftButton);
    CHECK(seen->rows.isEmpty());
    CHECK(seen->summary.contains(QStringLiteral("2027")));
    CHECK_FALSE(confirm->isVisible());
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("unconfirmedLabel"))->text().isEmpty());
    const calendar::CalendarService service(f.db.database(), f.db.clock());
    REQUIRE(service.book()->hasStoredYear(2027));
    const QList<calendar::CalendarEntry> stored = *service.entries(2027);
    for (const calendar::CalendarEntry& entry : stored) {
        CHECK(entry.confirmed);
    }
    CHECK(storage::AdminLog(f.db.database(), f.db.clock()).entries(1)->first().action ==
          QStringLiteral("calendar.confirm"));
}

TEST_CASE("Calendar screen: each cell shows the lunar date beside the solar one, in the colour of its kind",
          "[ui][calendar]")
{
    test::WorkflowFixture f;
    Session session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("admin"))};
    CalendarDialog dialog(session);
    dialog.resize(1300, 720);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    YearGrid* grid = dialog.grid();
    // Tết Bính Ngọ: 17/02/2026 is 1/1 of the lunar year, the next day 2.
    CHECK(YearGrid::lunarLabel(QDate(2026, 2, 17)) == QStringLiteral("1/1"));
    CHECK(YearGrid::lunarLabel(QDate(2026, 2, 18)) == QStringLiteral("2"));
    CHECK(YearGrid::lunarLabel(QDate(2025, 7, 25)) == QStringLiteral("1/6n")); // the leap sixth month of 2025
    CHECK(grid->describe(QDate(2026, 2, 17)).contains(QStringLiteral("Âm lịch: 1/1")));
    CHECK(grid->describe(QDate(2026, 2, 17)).contains(QStringLiteral("Tết")));

    // Page Down moves a month, Home goes to 1 January, and a step before it shows the previous year.
    QTest::keyClick(grid, Qt::Key_Home);
    CHECK(grid->currentDate() == QDate(2026, 1, 1));
    QTest::keyClick(grid, Qt::Key_PageDown);
    CHECK(grid->currentDate() == QDate(2026, 2, 1));
    QTest::keyClick(grid, Qt::Key_Home);
    QTest::keyClick(grid, Qt::Key_Left);
    CHECK(grid->year() == 2025);
    CHECK(grid->currentDate() == QDate(2025, 12, 31));
    dialog.showYear(2026);

    // The painted cells: a corner away from the figures has the kind's colour.
    const QImage image = grid->grab().toImage();
    const auto corner = [&](const QDate& date) {
        const QRect cell = grid->cellRect(date);
        return image.pixelColor(cell.right() - 4, cell.top() + 4);
    };
    CHECK(corner(QDate(2026, 2, 17)) == YearGrid::colour(YearGrid::Look::DayOff));
    CHECK(corner(QDate(2026, 2, 21)) == YearGrid::colour(YearGrid::Look::Weekend));
    CHECK(corner(QDate(2026, 1, 10)) == YearGrid::colour(YearGrid::Look::MakeUp));
    CHECK(corner(QDate(2026, 3, 3)) == YearGrid::colour(YearGrid::Look::Working));
}

TEST_CASE("Calendar screen: office sessions checked as typed, a bad calendar file refused by field",
          "[ui][calendar]")
{
    test::WorkflowFixture f;
    Session session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("admin"))};

    OfficeHoursDialog hours(*calendar::CalendarService(f.db.database(), f.db.clock()).officeHours());
    auto* tuesday = hours.findChild<QLineEdit*>(QStringLiteral("sessions2"));
    auto* ok = hours.findChild<QPushButton*>(QStringLiteral("officeHoursOkButton"));
    CHECK(ok->isEnabled());
    tuesday->setText(QStringLiteral("07:00-12:00,11:00-17:00"));
    CHECK_FALSE(ok->isEnabled());
    CHECK_FALSE(hours.errorText().isEmpty());
    tuesday->setText(QStringLiteral("07:00-11:30, 13:30-25:00"));
    CHECK_FALSE(ok->isEnabled());
    tuesday->setText(QStringLiteral("07:00-11:30, 13:30-17:00"));
    CHECK(ok->isEnabled());
    CHECK(hours.hours().sessionsOn(2) == QList<calendar::Session>{{420, 690}, {810, 1020}});

    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QFile file(bad);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "motcua-calendar", "version": 1, "entries": [
        {"date": "2027-01-01", "kind": "day-off", "name": "Tết Dương lịch"},
        {"date": "2027-02-30", "kind": "day-off", "name": "x"},
        {"date": "2027-02-09", "kind": "holiday", "name": "x"},
        {"date": "2027-02-13", "kind": "day-off", "name": "Thứ bảy"}]})");
    file.close();
    CalendarDialog dialog(session);
    dialog.show();
    const qint64 logBefore = adminLogSize(f);
    // Every error of the file, listed by field path.
    QStringList listed;
    QString summary;
    std::function<void(int)> readErrors = [&](int tries) {
        QTimer::singleShot(10, &dialog, [&, tries] {
            auto* errors = qobject_cast<FileErrorsDialog*>(QApplication::activeModalWidget());
            if (!errors) {
                if (tries > 0) {
                    readErrors(tries - 1);
                }
                return;
            }
            auto* tree = errors->findChild<QTreeWidget*>(QStringLiteral("fileErrorsTree"));
            for (int i = 0; i < tree->topLevelItemCount(); ++i) {
                listed << tree->topLevelItem(i)->text(0);
            }
            summary = errors->findChild<QLabel*>(QStringLiteral("fileErrorsSummary"))->text();
            errors->reject();
        });
    };
    readErrors(300);
    FileDialog::setNextPath(bad);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("importCalendarButton")), Qt::LeftButton);
    CHECK(listed == QStringList{QStringLiteral("entries[1].date"), QStringLiteral("entries[2].kind"),
                                QStringLiteral("entries[3].kind")});
    CHECK(summary.contains(QStringLiteral("3 lỗi")));
    auto* message = dialog.findChild<MessageBar*>(QStringLiteral("calendarMessage"));
    CHECK(message->kind() == MessageBar::Kind::Error);
    CHECK(message->text().contains(QStringLiteral("entries[1].date")));
    CHECK(adminLogSize(f) == logBefore);

    // Exporting the shown year writes the shipped format, which imports again.
    const QString exported = dir.filePath(QStringLiteral("2026.json"));
    FileDialog::setNextPath(exported);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("exportCalendarButton")), Qt::LeftButton);
    QFile written(exported);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const auto book = calendar::CalendarJson::parse(written.readAll());
    REQUIRE(book.ok());
    CHECK(book->entriesForYear(2026) == *calendar::CalendarService(f.db.database(), f.db.clock()).entries(2026));
}

TEST_CASE("Calendar screen: an imported file's unknown keys are listed in its preview by their paths",
          "[ui][calendar]")
{
    test::WorkflowFixture f;
    Session session{f.db.database(), f.db.clock(), f.calendar, f.users.value(QStringLiteral("admin"))};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("2027.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "motcua-calendar", "version": 1, "author": "Sở", "entries": [
        {"date": "2027-01-01", "kind": "day-off", "name": "Tết Dương lịch", "colour": "red"},
        {"date": "2027-01-05", "kind": "day-off", "name": "Ngày nghỉ của cơ quan"}]})");
    file.close();
    CalendarDialog dialog(session);
    dialog.show();
    const qint64 logBefore = adminLogSize(f);
    auto seen = std::make_shared<SeenPreview>();
    answerPreview(&dialog, seen, false);
    FileDialog::setNextPath(path);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("importCalendarButton")), Qt::LeftButton);
    INFO(dialog.findChild<MessageBar*>(QStringLiteral("calendarMessage"))->text().toStdString());
    CHECK(seen->warnings.contains(QStringLiteral("author: ")));
    CHECK(seen->warnings.contains(QStringLiteral("entries[0].colour: ")));
    CHECK_FALSE(seen->warnings.contains(QStringLiteral("entries[1]")));
    CHECK(adminLogSize(f) == logBefore);

    // A file without unknown keys shows no such list.
    QFile clean(path);
    REQUIRE(clean.open(QIODevice::WriteOnly | QIODevice::Truncate));
    clean.write(R"({"format": "motcua-calendar", "version": 1, "entries": [
        {"date": "2027-01-01", "kind": "day-off", "name": "Tết Dương lịch"}]})");
    clean.close();
    auto plain = std::make_shared<SeenPreview>();
    answerPreview(&dialog, plain, false);
    FileDialog::setNextPath(path);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("importCalendarButton")), Qt::LeftButton);
    INFO(dialog.findChild<MessageBar*>(QStringLiteral("calendarMessage"))->text().toStdString());
    CHECK_FALSE(plain->summary.isEmpty());
    CHECK(plain->warnings.isEmpty());
}
