#pragma once

#include "core/calendar/OfficeHours.h"

#include <QDialog>

#include <array>

class QLabel;
class QLineEdit;
class QPushButton;

namespace motcua::ui {

// The agency's office sessions, one line a weekday ("07:00-11:30, 13:30-17:00"; empty: closed), checked as they
// are typed (ordered, not overlapping, within the day; Monday worked, since it gives the length of a working day):
// the error is shown beside the line and OK waits until every line is right.
class OfficeHoursDialog : public QDialog {
    Q_OBJECT

public:
    explicit OfficeHoursDialog(const calendar::OfficeHours& hours, QWidget* parent = nullptr);

    // The sessions as typed; valid once the dialog is accepted.
    const calendar::OfficeHours& hours() const { return m_hours; }
    // The error shown for the whole, empty when every line is right.
    QString errorText() const;

private:
    void check();

    calendar::OfficeHours m_hours;
    std::array<QLineEdit*, 7> m_lines{};
    std::array<QLabel*, 7> m_errors{};
    QLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace motcua::ui
