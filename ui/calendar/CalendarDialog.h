#pragma once

#include "core/workflow/CalendarChangeService.h"
#include "ui/common/Session.h"

#include <QDialog>
#include <QStringList>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace motcua::ui {

class CalendarEntryModel;
class MessageBar;
class YearGrid;

// Quản trị → Lịch làm việc, for administrators: the year view (twelve month grids with solar and lunar dates, the
// kinds of days in colours, a legend) with the year's entries beside it; add, edit and remove entries, confirm a
// generated year, edit the office sessions, import and export a year as a calendar file. Every change is first
// previewed (MovedDuesDialog: the open dossiers whose due moment moves) and stored only when applied, through
// workflow::CalendarChangeService.
class CalendarDialog : public QDialog {
    Q_OBJECT

public:
    explicit CalendarDialog(const Session& session, QWidget* parent = nullptr);

    void showYear(int year);
    int year() const;
    YearGrid* grid() const { return m_grid; }

    void addEntry();
    void editEntry();
    void removeEntry();
    void confirmYear();
    void editOfficeHours();
    void importFile();
    void exportFile();

Q_SIGNALS:
    // A change was applied: the application's working calendar and the lists are loaded anew.
    void calendarChanged();

private:
    // The preview of `change` (CalendarChangeService::preview), computed on a worker of its own.
    Result<QList<workflow::MovedDue>> previewOffThread(const workflow::CalendarChange& change);
    // Previews the change, asks, applies; true when it was stored.
    bool propose(const workflow::CalendarChange& change, const QStringList& warnings = {});
    void reload();
    void updateDetails();

    const Session& m_session;
    QList<calendar::CalendarEntry> m_entries;
    calendar::OfficeHours m_hours;
    MessageBar* m_message = nullptr;
    QSpinBox* m_yearBox = nullptr;
    QLabel* m_unconfirmed = nullptr;
    QPushButton* m_confirm = nullptr;
    YearGrid* m_grid = nullptr;
    QLabel* m_details = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
    CalendarEntryModel* m_model = nullptr;
    QTableView* m_entryView = nullptr;
};

} // namespace motcua::ui
