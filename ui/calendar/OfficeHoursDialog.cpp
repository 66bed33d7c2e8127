#include "ui/calendar/OfficeHoursDialog.h"

#include "ui/widgets/MessageBox.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace motcua::ui {

namespace {

void markError(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

OfficeHoursDialog::OfficeHoursDialog(const calendar::OfficeHours& hours, QWidget* parent)
    : QDialog(parent)
    , m_hours(hours)
{
    setObjectName(QStringLiteral("officeHoursDialog"));
    setWindowTitle(tr("Office sessions"));
    auto* intro = new QLabel(tr("The sessions of each weekday, as \"07:00-11:30, 13:30-17:00\"; leave a day empty when "
                                "the office is closed. A make-up working day has Monday's sessions, and Monday's "
                                "working time is the length of a working day."),
                             this);
    intro->setWordWrap(true);
    auto* grid = new QGridLayout;
    for (int weekday = 1; weekday <= 7; ++weekday) {
        auto* line = new QLineEdit(calendar::OfficeHours::sessionsToText(hours.sessionsOn(weekday)), this);
        line->setObjectName(QStringLiteral("sessions%1").arg(weekday));
        line->setPlaceholderText(tr("closed"));
        line->setMinimumWidth(260);
        auto* error = new QLabel(this);
        error->setObjectName(QStringLiteral("sessionsError%1").arg(weekday));
        error->setStyleSheet(QStringLiteral("color: #b3261e"));
        error->hide();
        auto* label = new QLabel(QLocale().dayName(weekday), this);
        label->setBuddy(line);
        grid->addWidget(label, 2 * weekday, 0);
        grid->addWidget(line, 2 * weekday, 1);
        grid->addWidget(error, 2 * weekday + 1, 1);
        m_lines.at(weekday - 1) = line;
        m_errors.at(weekday - 1) = error;
        connect(line, &QLineEdit::textChanged, this, &OfficeHoursDialog::check);
    }
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("officeHoursError"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Preview…"));
    m_ok->setObjectName(QStringLiteral("officeHoursOkButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(MessageBox::buttonText(QMessageBox::Cancel));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    check();
}

QString OfficeHoursDialog::errorText() const
{
    for (const QLabel* error : m_errors) {
        if (!error->text().isEmpty()) {
            return error->text();
        }
    }
    return m_error->text();
}

void OfficeHoursDialog::check()
{
    bool linesOk = true;
    calendar::OfficeHours typed = m_hours;
    for (int weekday = 1; weekday <= 7; ++weekday) {
        auto sessions = calendar::OfficeHours::sessionsFromText(m_lines.at(weekday - 1)->text(),
                                                                QStringLiteral("sessions%1").arg(weekday));
        markError(m_errors.at(weekday - 1), sessions ? QString() : sessions.error().message);
        if (sessions) {
            typed.setSessions(weekday, *sessions);
        }
        linesOk = linesOk && sessions.ok();
    }
    const Status whole = linesOk ? typed.validate() : Status{};
    markError(m_error, whole ? QString() : whole.error().message);
    m_ok->setEnabled(linesOk && whole.ok());
    if (linesOk && whole) {
        m_hours = typed;
    }
}

} // namespace motcua::ui
