#include "ui/calendar/CalendarDialog.h"

#include "core/calendar/CalendarJson.h"
#include "core/calendar/CalendarService.h"
#include "core/calendar/WorkCalendar.h"
#include "ui/calendar/CalendarEntryDialog.h"
#include "ui/calendar/CalendarEntryModel.h"
#include "ui/calendar/MovedDuesDialog.h"
#include "ui/calendar/OfficeHoursDialog.h"
#include "ui/calendar/YearGrid.h"
#include "ui/widgets/BusyWork.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/FileErrorsDialog.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/WeightedColumns.h"
#include "ui/widgets/ReadOnlyTable.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace motcua::ui {

namespace {

QWidget* legend(QWidget* parent)
{
    auto* box = new QWidget(parent);
    box->setObjectName(QStringLiteral("calendarLegend"));
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto add = [&](const QColor& fill, const QColor& border, Qt::PenStyle style, const QString& text) {
        QPixmap pixmap(18, 14);
        pixmap.fill(fill);
        QPainter painter(&pixmap);
        painter.setPen(QPen(border, style == Qt::SolidLine ? 1 : 2, style));
        painter.drawRect(pixmap.rect().adjusted(1, 1, -1, -1));
        painter.end();
        auto* icon = new QLabel(box);
        icon->setPixmap(pixmap);
        layout->addWidget(icon);
        layout->addWidget(new QLabel(text, box));
        layout->addSpacing(10);
    };
    for (YearGrid::Look look : {YearGrid::Look::Working, YearGrid::Look::Weekend, YearGrid::Look::DayOff,
                                YearGrid::Look::Substitute, YearGrid::Look::MakeUp}) {
        add(YearGrid::colour(look), QColor(0x99, 0x99, 0x99), Qt::SolidLine, YearGrid::lookName(look));
    }
    add(Qt::white, YearGrid::unconfirmedColour(), Qt::DashLine, CalendarDialog::tr("Generated, not confirmed"));
    layout->addWidget(new QLabel(CalendarDialog::tr("Small figures: lunar day (1/M: first day of lunar month M)"), box));
    layout->addStretch();
    return box;
}

} // namespace

CalendarDialog::CalendarDialog(const Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new CalendarEntryModel(this))
{
    setObjectName(QStringLiteral("calendarDialog"));
    setWindowTitle(tr("Working calendar"));
    m_message = new MessageBar(this);
    m_message->setObjectName(QStringLiteral("calendarMessage"));

    auto* previous = new QToolButton(this);
    previous->setObjectName(QStringLiteral("previousYearButton"));
    previous->setArrowType(Qt::LeftArrow);
    previous->setToolTip(tr("Previous year"));
    auto* next = new QToolButton(this);
    next->setObjectName(QStringLiteral("nextYearButton"));
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("Next year"));
    m_yearBox = new QSpinBox(this);
    m_yearBox->setObjectName(QStringLiteral("yearBox"));
    m_yearBox->setRange(calendar::WorkCalendar::kDefaultFirstYear, calendar::WorkCalendar::kDefaultLastYear);
    m_yearBox->setAccessibleName(tr("Year"));
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_yearBox);
    m_unconfirmed = new QLabel(this);
    m_unconfirmed->setObjectName(QStringLiteral("unconfirmedLabel"));
    m_unconfirmed->setStyleSheet(QStringLiteral("color: #8a4b00; font-weight: bold"));
    m_confirm = new QPushButton(tr("&Confirm"), this);
    m_confirm->setObjectName(QStringLiteral("confirmYearButton"));
    connect(previous, &QToolButton::clicked, this, [this] { showYear(year() - 1); });
    connect(next, &QToolButton::clicked, this, [this] { showYear(year() + 1); });
    connect(m_yearBox, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_grid->year() != value) {
            showYear(value);
        }
    });
    connect(m_confirm, &QPushButton::clicked, this, &CalendarDialog::confirmYear);
    auto* top = new QHBoxLayout;
    top->addWidget(yearLabel);
    top->addWidget(previous);
    top->addWidget(m_yearBox);
    top->addWidget(next);
    top->addSpacing(16);
    top->addWidget(m_unconfirmed, 1);
    top->addWidget(m_confirm);

    m_grid = new YearGrid(this);
    m_grid->setToday(m_session.clock.now().date());
    connect(m_grid, &YearGrid::currentDateChanged, this, &CalendarDialog::updateDetails);
    connect(m_grid, &YearGrid::activated, this, [this](const QDate& date) {
        if (m_grid->entryOn(date)) {
            editEntry();
        } else {
            addEntry();
        }
    });
    connect(m_grid, &YearGrid::yearRequested, this, [this](int wanted, const QDate& date) {
        if (wanted >= m_yearBox->minimum() && wanted <= m_yearBox->maximum()) {
            showYear(wanted);
            m_grid->setCurrentDate(date);
        }
    });
    auto* insert = new QShortcut(QKeySequence(Qt::Key_Insert), m_grid, nullptr, nullptr, Qt::WidgetShortcut);
    connect(insert, &QShortcut::activated, this, &CalendarDialog::addEntry);
    auto* erase = new QShortcut(QKeySequence::Delete, m_grid, nullptr, nullptr, Qt::WidgetShortcut);
    connect(erase, &QShortcut::activated, this, &CalendarDialog::removeEntry);

    // Beside the grid: the current day in words, its buttons, the year's entries.
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("dayDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 5);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addEntryButton"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editEntryButton"));
    m_remove = new QPushButton(tr("&Remove…"), this);
    m_remove->setObjectName(QStringLiteral("removeEntryButton"));
    connect(add, &QPushButton::clicked, this, &CalendarDialog::addEntry);
    connect(m_edit, &QPushButton::clicked, this, &CalendarDialog::editEntry);
    connect(m_remove, &QPushButton::clicked, this, &CalendarDialog::removeEntry);
    auto* entryButtons = new QHBoxLayout;
    entryButtons->addWidget(add);
    entryButtons->addWidget(m_edit);
    entryButtons->addWidget(m_remove);
    // The names are long ("Nghỉ bù Ngày Quốc tế Lao động") and the panel narrow: wrapped whole, not elided.
    m_entryView = readOnlyTable(QStringLiteral("entriesView"), m_model, this,
                                {.oneRow = true, .wrap = true, .stretchLast = false});
    m_entryView->setTextElideMode(Qt::ElideNone);
    m_entryView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_entryView->setColumnHidden(CalendarEntryModel::Source, true);
    new WeightedColumns(m_entryView, {{CalendarEntryModel::Name, 1}});
    connect(m_entryView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid()) {
                    m_grid->setCurrentDate(current.data(CalendarEntryModel::DateRole).toDate());
                }
            });
    connect(m_entryView, &QTableView::doubleClicked, this, &CalendarDialog::editEntry);
    auto* side = new QVBoxLayout;
    side->addWidget(m_details);
    side->addLayout(entryButtons);
    side->addWidget(m_entryView, 1);
    auto* sideBox = new QWidget(this);
    sideBox->setLayout(side);
    sideBox->setFixedWidth(300);
    side->setContentsMargins(0, 0, 0, 0);

    auto* middle = new QHBoxLayout;
    middle->addWidget(m_grid, 1);
    middle->addWidget(sideBox);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(MessageBox::buttonText(QMessageBox::Close));
    QPushButton* hours = buttons->addButton(tr("Office &sessions…"), QDialogButtonBox::ActionRole);
    hours->setObjectName(QStringLiteral("officeHoursButton"));
    QPushButton* import = buttons->addButton(tr("&Import…"), QDialogButtonBox::ActionRole);
    import->setObjectName(QStringLiteral("importCalendarButton"));
    QPushButton* exportButton = buttons->addButton(tr("E&xport…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportCalendarButton"));
    connect(hours, &QPushButton::clicked, this, &CalendarDialog::editOfficeHours);
    connect(import, &QPushButton::clicked, this, &CalendarDialog::importFile);
    connect(exportButton, &QPushButton::clicked, this, &CalendarDialog::exportFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(top);
    layout->addLayout(middle, 1);
    layout->addWidget(legend(this));
    layout->addWidget(buttons);

    showYear(m_session.clock.now().date().year());
    m_grid->setCurrentDate(m_session.clock.now().date());
    m_grid->setFocus();
    resize(1340, 720);
}

int CalendarDialog::year() const
{
    return m_grid->year();
}

void CalendarDialog::showYear(int wanted)
{
    wanted = std::clamp(wanted, m_yearBox->minimum(), m_yearBox->maximum());
    const calendar::CalendarService service(m_session.database, m_session.clock);
    auto entries = service.entries(wanted);
    auto hours = service.officeHours();
    if (!entries || !hours) {
        m_message->showError(entries ? hours.error().message : entries.error().message);
        return;
    }
    m_entries = *entries;
    m_hours = *hours;
    m_grid->setYear(wanted, m_entries, m_hours);
    {
        const QSignalBlocker blocker(m_yearBox);
        m_yearBox->setValue(wanted);
    }
    m_model->setEntries(m_entries);
    const auto unconfirmed =
        std::count_if(m_entries.cbegin(), m_entries.cend(), [](const calendar::CalendarEntry& e) { return !e.confirmed; });
    m_unconfirmed->setText(
        unconfirmed == 0
            ? QString()
            : tr("%n day(s) of %1 are generated from the statutory rules and the lunar calendar, not confirmed: check "
                 "them against the government's notice, then confirm.",
                 nullptr, static_cast<int>(unconfirmed))
                  .arg(wanted));
    m_unconfirmed->setWordWrap(true);
    m_confirm->setVisible(unconfirmed > 0);
    updateDetails();
}

void CalendarDialog::reload()
{
    const QDate current = m_grid->currentDate();
    showYear(year());
    m_grid->setCurrentDate(current);
}

void CalendarDialog::updateDetails()
{
    const QDate date = m_grid->currentDate();
    if (!date.isValid()) {
        return;
    }
    m_details->setText(m_grid->describe(date));
    const bool hasEntry = m_grid->entryOn(date) != nullptr;
    m_edit->setEnabled(hasEntry);
    m_remove->setEnabled(hasEntry);
    const int row = m_model->rowOf(date);
    const QSignalBlocker blocker(m_entryView->selectionModel());
    if (row >= 0) {
        m_entryView->selectRow(row);
        m_entryView->scrollTo(m_model->index(row, 0));
    } else {
        m_entryView->clearSelection();
    }
}

Result<QList<workflow::MovedDue>> CalendarDialog::previewOffThread(const workflow::CalendarChange& change)
{
    using Moved = Result<QList<workflow::MovedDue>>;
    const QString path = m_session.database.path();
    if (path.isEmpty() || path == QLatin1String(":memory:")) {
        // A private in-memory database has no second connection: computed here.
        auto context = m_session.workflow();
        return workflow::CalendarChangeService(context).preview(change);
    }
    // Every open dossier's due moment is computed twice: on a worker with its own connection (a Database is used only
    // on the thread that opened it), the window painted meanwhile.
    return runBusy<Moved>(this, tr("Computing the due moments that would move…"),
                          [path, &clock = m_session.clock, calendar = m_session.calendar, user = m_session.user,
                           change]() -> Moved {
                              auto opened = storage::Database::open(path, clock);
                              if (!opened) {
                                  return opened.error();
                              }
                              auto context = workflow::WorkflowContext::forDatabase(**opened, clock, *calendar, user);
                              return workflow::CalendarChangeService(context).preview(change);
                          });
}

bool CalendarDialog::propose(const workflow::CalendarChange& change, const QStringList& warnings)
{
    m_message->clear();
    auto moved = previewOffThread(change);
    if (!moved) {
        m_message->showError(moved.error().message);
        return false;
    }
    MovedDuesDialog preview(change.summary(), *moved, warnings, this);
    if (preview.exec() != QDialog::Accepted) {
        m_message->showInfo(tr("Cancelled: nothing was changed."));
        return false;
    }
    auto context = m_session.workflow();
    workflow::CalendarChangeService service(context);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto applied = service.apply(change);
    QApplication::restoreOverrideCursor();
    if (!applied) {
        m_message->showError(applied.error().message);
        return false;
    }
    reload();
    m_message->showInfo(tr("Saved: %1. Due moments moved: %2.").arg(change.summary()).arg(applied->size()));
    Q_EMIT calendarChanged();
    return true;
}

void CalendarDialog::addEntry()
{
    CalendarEntryDialog dialog(m_grid->currentDate(), nullptr, this);
    if (dialog.exec() == QDialog::Accepted) {
        propose(dialog.change());
    }
}

void CalendarDialog::editEntry()
{
    const calendar::CalendarEntry* entry = m_grid->entryOn(m_grid->currentDate());
    if (!entry) {
        return;
    }
    const calendar::CalendarEntry editing = *entry;
    CalendarEntryDialog dialog(editing.date, &editing, this);
    if (dialog.exec() == QDialog::Accepted) {
        propose(dialog.change());
    }
}

void CalendarDialog::removeEntry()
{
    if (m_grid->entryOn(m_grid->currentDate())) {
        propose(workflow::CalendarChange::removeEntry(m_grid->currentDate()));
    }
}

void CalendarDialog::confirmYear()
{
    propose(workflow::CalendarChange::confirmYear(year()));
}

void CalendarDialog::editOfficeHours()
{
    OfficeHoursDialog dialog(m_hours, this);
    if (dialog.exec() == QDialog::Accepted) {
        propose(workflow::CalendarChange::officeHours(dialog.hours()));
    }
}

void CalendarDialog::importFile()
{
    const QString path =
        FileDialog::openFileName(this, tr("Import a calendar"), {}, tr("Calendar files (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->showError(tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return;
    }
    QList<Error> errors;
    QList<Error> unknownKeys;
    auto book = calendar::CalendarJson::parse(file.readAll(), errors, &unknownKeys);
    if (!book) {
        // Every error of the file, each beside its field path.
        FileErrorsDialog listed(tr("Import a calendar from %1").arg(QFileInfo(path).fileName()), errors, this);
        listed.exec();
        m_message->showError(tr("The file was not imported: %n error(s), the first: %1", nullptr,
                                static_cast<int>(errors.size()))
                                 .arg(book.error().message));
        return;
    }
    QStringList warnings;
    for (const Error& warning : unknownKeys) {
        warnings << warning.message;
    }
    const QList<int> years = book->storedYears();
    if (propose(workflow::CalendarChange::importBook(*book), warnings) && !years.isEmpty()) {
        showYear(years.first());
    }
}

void CalendarDialog::exportFile()
{
    const QString path = FileDialog::saveFileName(this, tr("Export the calendar of %1").arg(year()),
                                                  QStringLiteral("lich-lam-viec-%1.json").arg(year()),
                                                  tr("Calendar files (*.json)"), QStringLiteral("json"));
    if (path.isEmpty()) {
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(calendar::CalendarJson::write(m_entries)) < 0 ||
        !file.commit()) {
        m_message->showError(tr("%1 cannot be written: %2").arg(path, file.errorString()));
        return;
    }
    m_message->showInfo(tr("The calendar of %1 was exported to %2.").arg(year()).arg(path));
}

} // namespace motcua::ui
