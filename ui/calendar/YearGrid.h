#pragma once

#include "core/calendar/CalendarEntry.h"
#include "core/calendar/OfficeHours.h"

#include <QColor>
#include <QDate>
#include <QHash>
#include <QWidget>

namespace motcua::ui {

// Twelve month grids of one year, Monday first: each cell shows the solar day and, small, the lunar day (the first
// day of a lunar month as day/month), on the colour of its kind; generated, unconfirmed entries are framed. The
// current day moves with the arrow keys (a week up and down), Page Up / Page Down (a month), Home / End (the year);
// Enter or a double click activates it. Past the year's ends the grid asks for the next or the previous year.
class YearGrid : public QWidget {
    Q_OBJECT

public:
    enum class Look { Working, Weekend, DayOff, Substitute, MakeUp };

    explicit YearGrid(QWidget* parent = nullptr);

    void setYear(int year, const QList<calendar::CalendarEntry>& entries, const calendar::OfficeHours& hours);
    int year() const { return m_year; }
    QDate currentDate() const { return m_current; }
    // Within the shown year; other dates are ignored.
    void setCurrentDate(const QDate& date);
    // Today, from the session's clock: underlined.
    void setToday(const QDate& today) { m_today = today; update(); }

    Look lookOf(const QDate& date) const;
    const calendar::CalendarEntry* entryOn(const QDate& date) const;
    // The small lunar label of a cell: "14", or "1/1" on the first day of a lunar month ("1/6n" in a leap month).
    static QString lunarLabel(const QDate& date);
    // Solar and lunar date, kind, name and source: the cell's tooltip.
    QString describe(const QDate& date) const;
    // Where the cell of `date` is drawn (an empty rectangle outside the year).
    QRect cellRect(const QDate& date) const;

    static QColor colour(Look look);
    static QString lookName(Look look);
    static QColor unconfirmedColour() { return {0xd4, 0x6b, 0x08}; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void currentDateChanged(const QDate& date);
    void activated(const QDate& date);
    // The current day would leave the year: show `year` with `date` current.
    void yearRequested(int year, const QDate& date);

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRect monthRect(int month) const;
    QDate dateAt(const QPoint& point) const;
    void moveTo(const QDate& date);
    void paintMonth(QPainter& painter, int month) const;

    int m_year = 0;
    QDate m_current;
    QDate m_today;
    QHash<QDate, calendar::CalendarEntry> m_entries;
    calendar::OfficeHours m_hours;
};

} // namespace motcua::ui
