#include "ui/calendar/CalendarEntryDialog.h"

#include "ui/widgets/MessageBar.h"
#include "ui/widgets/MessageBox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace motcua::ui {

CalendarEntryDialog::CalendarEntryDialog(const QDate& date, const calendar::CalendarEntry* editing, QWidget* parent)
    : QDialog(parent)
    , m_replacing(editing ? editing->date : QDate())
{
    setObjectName(QStringLiteral("calendarEntryDialog"));
    setWindowTitle(editing ? tr("Edit calendar entry") : tr("Add calendar entry"));
    m_message = new MessageBar(this);
    m_message->setObjectName(QStringLiteral("calendarEntryMessage"));
    const auto dateEdit = [this](const QString& name, const QDate& value) {
        auto* edit = new QDateEdit(value, this);
        edit->setObjectName(name);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        edit->setCalendarPopup(true);
        return edit;
    };
    m_from = dateEdit(QStringLiteral("entryFrom"), date);
    m_to = dateEdit(QStringLiteral("entryTo"), date);
    connect(m_from, &QDateEdit::dateChanged, this, [this](const QDate& from) {
        if (m_to->date() < from) {
            m_to->setDate(from);
        }
    });
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("entryKind"));
    for (calendar::DayKind kind :
         {calendar::DayKind::DayOff, calendar::DayKind::Substitute, calendar::DayKind::Workday}) {
        m_kind->addItem(calendar::dayKindName(kind), static_cast<int>(kind));
    }
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("entryName"));
    m_name->setPlaceholderText(tr("e.g. Tết Nguyên đán"));
    m_source = new QLineEdit(this);
    m_source->setObjectName(QStringLiteral("entrySource"));
    m_source->setPlaceholderText(tr("e.g. Thông báo 6150/TB-BLĐTBXH"));
    if (editing) {
        m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(editing->kind)));
        m_name->setText(editing->name);
        m_source->setText(editing->source);
    } else if (date.dayOfWeek() >= 6) {
        m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(calendar::DayKind::Workday)));
    }
    m_name->setMinimumWidth(360);

    auto* form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Source or legal basis:"), m_source);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Preview…"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("entryOkButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(MessageBox::buttonText(QMessageBox::Cancel));
    connect(buttons, &QDialogButtonBox::accepted, this, &CalendarEntryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_name->setFocus();
}

void CalendarEntryDialog::accept()
{
    auto change = workflow::CalendarChange::setRange(
        m_from->date(), m_to->date(), static_cast<calendar::DayKind>(m_kind->currentData().toInt()), m_name->text(),
        m_source->text(), m_replacing);
    if (!change) {
        m_message->showError(change.error().message);
        const QString& field = change.error().field;
        QWidget* culprit = field == QLatin1String("name") ? static_cast<QWidget*>(m_name)
                           : field == QLatin1String("to") ? static_cast<QWidget*>(m_to)
                                                          : static_cast<QWidget*>(m_from);
        culprit->setFocus();
        return;
    }
    m_change = std::move(change).value();
    QDialog::accept();
}

} // namespace motcua::ui
