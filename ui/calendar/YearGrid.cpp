#include "ui/calendar/YearGrid.h"

#include "core/calendar/Explanation.h"
#include "core/calendar/LunarCalendar.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace motcua::ui {

namespace {

constexpr int kColumns = 4; // months side by side
constexpr int kRows = 3;
constexpr int kMonthMargin = 6;
constexpr int kCellRows = 8; // month name, weekday names, six weeks

QString monthTitle(int month)
{
    return YearGrid::tr("Month %1").arg(month);
}

QString weekdayLetter(int weekday)
{
    static const char* const letters[] = {QT_TRANSLATE_NOOP("motcua::ui::YearGrid", "Mo"),
                                          QT_TRANSLATE_NOOP("motcua::ui::YearGrid", "Tu"),
                                          QT_TRANSLATE_NOOP("motcua::ui::YearGrid", "We"),
                                          QT_TRANSLATE_NOOP("motcua::ui::YearGrid", "Th"),
                                          QT_TRANSLATE_NOOP("motcua::ui::YearGrid", "Fr"),
                                          QT_TRANSLATE_NOOP("motcua::ui::YearGrid", "Sa"),
                                          QT_TRANSLATE_NOOP("motcua::ui::YearGrid", "Su")};
    return YearGrid::tr(letters[weekday - 1]);
}

} // namespace

YearGrid::YearGrid(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("yearGrid"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(false);
}

void YearGrid::setYear(int year, const QList<calendar::CalendarEntry>& entries, const calendar::OfficeHours& hours)
{
    m_year = year;
    m_hours = hours;
    m_entries.clear();
    for (const calendar::CalendarEntry& entry : entries) {
        m_entries.insert(entry.date, entry);
    }
    if (m_current.year() != year) {
        const int month = m_current.isValid() ? m_current.month() : 1;
        const int day = m_current.isValid() ? std::min(m_current.day(), QDate(year, month, 1).daysInMonth()) : 1;
        m_current = QDate(year, month, day);
        Q_EMIT currentDateChanged(m_current);
    }
    update();
}

void YearGrid::setCurrentDate(const QDate& date)
{
    if (!date.isValid() || date.year() != m_year || date == m_current) {
        return;
    }
    m_current = date;
    update();
    Q_EMIT currentDateChanged(m_current);
}

YearGrid::Look YearGrid::lookOf(const QDate& date) const
{
    if (const calendar::CalendarEntry* entry = entryOn(date)) {
        switch (entry->kind) {
        case calendar::DayKind::DayOff:
            return Look::DayOff;
        case calendar::DayKind::Substitute:
            return Look::Substitute;
        case calendar::DayKind::Workday:
            return Look::MakeUp;
        }
    }
    return m_hours.sessionsOn(date.dayOfWeek()).isEmpty() ? Look::Weekend : Look::Working;
}

const calendar::CalendarEntry* YearGrid::entryOn(const QDate& date) const
{
    const auto found = m_entries.constFind(date);
    return found == m_entries.cend() ? nullptr : &*found;
}

QString YearGrid::lunarLabel(const QDate& date)
{
    const calendar::LunarDate lunar = calendar::LunarCalendar::fromSolar(date);
    if (lunar.day == 0) {
        return {};
    }
    if (lunar.day == 1) {
        return QStringLiteral("%1/%2%3").arg(lunar.day).arg(lunar.month).arg(lunar.leap ? QStringLiteral("n") : QString());
    }
    return QString::number(lunar.day);
}

QString YearGrid::describe(const QDate& date) const
{
    const calendar::LunarDate lunar = calendar::LunarCalendar::fromSolar(date);
    QStringList lines;
    lines << calendar::formatDay(date);
    if (lunar.day > 0) {
        lines << (lunar.leap ? tr("Lunar: %1/%2 (leap) of the lunar year %3")
                             : tr("Lunar: %1/%2 of the lunar year %3"))
                     .arg(lunar.day)
                     .arg(lunar.month)
                     .arg(lunar.year);
    }
    if (const calendar::CalendarEntry* entry = entryOn(date)) {
        lines << QStringLiteral("%1: %2").arg(calendar::dayKindName(entry->kind), entry->name);
        if (!entry->source.isEmpty()) {
            lines << tr("Source: %1").arg(entry->source);
        }
        if (!entry->confirmed) {
            lines << tr("Generated from the statutory rules, not confirmed yet");
        }
    } else {
        lines << lookName(lookOf(date));
    }
    return lines.join(QLatin1Char('\n'));
}

QColor YearGrid::colour(Look look)
{
    switch (look) {
    case Look::Working:
        return Qt::white;
    case Look::Weekend:
        return {0xe3, 0xe3, 0xe3};
    case Look::DayOff:
        return {0xf4, 0xb6, 0xb6};
    case Look::Substitute:
        return {0xf9, 0xd9, 0x9a};
    case Look::MakeUp:
        return {0xb9, 0xe0, 0xbb};
    }
    return Qt::white;
}

QString YearGrid::lookName(Look look)
{
    switch (look) {
    case Look::Working:
        return tr("Working day");
    case Look::Weekend:
        return tr("Weekend");
    case Look::DayOff:
        return tr("Public holiday, day off");
    case Look::Substitute:
        return tr("Substitute day off");
    case Look::MakeUp:
        return tr("Make-up working day");
    }
    return {};
}

QSize YearGrid::sizeHint() const
{
    return {kColumns * 7 * 38 + kColumns * kMonthMargin, kRows * kCellRows * 26 + kRows * kMonthMargin};
}

QSize YearGrid::minimumSizeHint() const
{
    return {kColumns * 7 * 30, kRows * kCellRows * 20};
}

QRect YearGrid::monthRect(int month) const
{
    const int column = (month - 1) % kColumns;
    const int row = (month - 1) / kColumns;
    const int monthWidth = width() / kColumns;
    const int monthHeight = height() / kRows;
    return QRect(column * monthWidth, row * monthHeight, monthWidth, monthHeight).adjusted(kMonthMargin / 2, kMonthMargin / 2,
                                                                        -kMonthMargin / 2, -kMonthMargin / 2);
}

QRect YearGrid::cellRect(const QDate& date) const
{
    if (!date.isValid() || date.year() != m_year) {
        return {};
    }
    const QRect month = monthRect(date.month());
    const int cellWidth = month.width() / 7;
    const int cellHeight = month.height() / kCellRows;
    const int offset = QDate(m_year, date.month(), 1).dayOfWeek() - 1; // Monday first
    const int index = offset + date.day() - 1;
    return {month.left() + (index % 7) * cellWidth, month.top() + (2 + index / 7) * cellHeight, cellWidth,
            cellHeight};
}

QDate YearGrid::dateAt(const QPoint& point) const
{
    for (int month = 1; month <= 12 && m_year > 0; ++month) {
        if (!monthRect(month).contains(point)) {
            continue;
        }
        const QDate first(m_year, month, 1);
        for (QDate date = first; date.month() == month; date = date.addDays(1)) {
            if (cellRect(date).contains(point)) {
                return date;
            }
        }
    }
    return {};
}

void YearGrid::moveTo(const QDate& date)
{
    if (!date.isValid()) {
        return;
    }
    if (date.year() != m_year) {
        Q_EMIT yearRequested(date.year(), date);
        return;
    }
    setCurrentDate(date);
}

void YearGrid::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        moveTo(m_current.addDays(-1));
        break;
    case Qt::Key_Right:
        moveTo(m_current.addDays(1));
        break;
    case Qt::Key_Up:
        moveTo(m_current.addDays(-7));
        break;
    case Qt::Key_Down:
        moveTo(m_current.addDays(7));
        break;
    case Qt::Key_PageUp:
        moveTo(m_current.addMonths(-1));
        break;
    case Qt::Key_PageDown:
        moveTo(m_current.addMonths(1));
        break;
    case Qt::Key_Home:
        moveTo(QDate(m_year, 1, 1));
        break;
    case Qt::Key_End:
        moveTo(QDate(m_year, 12, 31));
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        Q_EMIT activated(m_current);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void YearGrid::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    moveTo(dateAt(event->position().toPoint()));
}

void YearGrid::mouseDoubleClickEvent(QMouseEvent* event)
{
    const QDate date = dateAt(event->position().toPoint());
    if (date.isValid()) {
        setCurrentDate(date);
        Q_EMIT activated(date);
    }
}

bool YearGrid::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QDate date = dateAt(help->pos());
        if (date.isValid()) {
            QToolTip::showText(help->globalPos(), describe(date), this, cellRect(date));
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

void YearGrid::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    if (m_year == 0) {
        return;
    }
    for (int month = 1; month <= 12; ++month) {
        paintMonth(painter, month);
    }
}

void YearGrid::paintMonth(QPainter& painter, int month) const
{
    const QRect area = monthRect(month);
    const int cellWidth = area.width() / 7;
    const int cellHeight = area.height() / kCellRows;
    QFont base = font();
    QFont bold = base;
    bold.setBold(true);
    QFont small = base;
    small.setPointSizeF(std::max(6.0, base.pointSizeF() * 0.7));

    painter.setFont(bold);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRect(area.left(), area.top(), cellWidth * 7, cellHeight), Qt::AlignCenter, monthTitle(month));
    painter.setFont(small);
    for (int weekday = 1; weekday <= 7; ++weekday) {
        painter.drawText(QRect(area.left() + (weekday - 1) * cellWidth, area.top() + cellHeight, cellWidth, cellHeight),
                         Qt::AlignCenter, weekdayLetter(weekday));
    }

    for (QDate date(m_year, month, 1); date.month() == month; date = date.addDays(1)) {
        const QRect cell = cellRect(date).adjusted(1, 1, -1, -1);
        const Look look = lookOf(date);
        painter.fillRect(cell, colour(look));
        painter.setPen(QColor(0xcc, 0xcc, 0xcc));
        painter.drawRect(cell.adjusted(0, 0, -1, -1));
        const calendar::CalendarEntry* entry = entryOn(date);
        const bool off = look == Look::DayOff || look == Look::Substitute;
        painter.setFont(base);
        painter.setPen(off ? QColor(0x9b, 0x1c, 0x1c) : palette().color(QPalette::Text));
        painter.drawText(cell.adjusted(3, 1, -2, -1), Qt::AlignLeft | Qt::AlignTop, QString::number(date.day()));
        const QString lunar = lunarLabel(date);
        const bool newMonth = lunar.contains(QLatin1Char('/'));
        painter.setFont(small);
        painter.setPen(newMonth ? QColor(0x9b, 0x1c, 0x1c) : QColor(0x66, 0x66, 0x66));
        painter.drawText(cell.adjusted(2, 1, -2, -1), Qt::AlignRight | Qt::AlignBottom, lunar);
        if (entry && !entry->confirmed) {
            QPen pen(unconfirmedColour(), 2, Qt::DashLine);
            painter.setPen(pen);
            painter.drawRect(cell.adjusted(1, 1, -1, -1));
        }
        if (date == m_today) {
            painter.setPen(QPen(palette().color(QPalette::Text), 1));
            painter.drawLine(cell.left() + 3, cell.bottom() - 1, cell.left() + cell.width() / 2, cell.bottom() - 1);
        }
        if (date == m_current) {
            painter.setPen(QPen(hasFocus() ? palette().color(QPalette::Highlight) : QColor(0x55, 0x55, 0x55), 2));
            painter.drawRect(cell.adjusted(0, 0, -1, -1));
        }
    }
}

} // namespace motcua::ui
