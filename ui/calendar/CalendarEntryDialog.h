#pragma once

#include "core/workflow/CalendarChangeService.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace motcua::ui {

class MessageBar;

// Adds or edits a calendar entry: first and last day (a range gives one entry a day), kind, name and the source
// or legal basis. OK checks the input through workflow::CalendarChange::setRange and keeps the dialog open with
// the error beside the form; change() is then what the calendar screen previews and applies.
class CalendarEntryDialog : public QDialog {
    Q_OBJECT

public:
    // `editing`: the entry being edited (its day is replaced), or nullptr to add one on `date`.
    CalendarEntryDialog(const QDate& date, const calendar::CalendarEntry* editing, QWidget* parent = nullptr);

    const workflow::CalendarChange& change() const { return m_change; }

    void accept() override;

private:
    QDate m_replacing;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_source = nullptr;
    MessageBar* m_message = nullptr;
    workflow::CalendarChange m_change;
};

} // namespace motcua::ui
