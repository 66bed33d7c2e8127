#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace motcua::calendar {

// One fact that produced a due moment, for the "why this date?" answer.
struct ExplanationFact {
    enum class Kind {
        Rule,        // amount: the limit; name: "days" | "hours" | "same-day" | "session"; minutes: working minutes
        Received,    // from: the receipt instant
        StartMoved,  // from: receipt, to: the start of the next session
        AfterCutoff, // from: receipt, to: the cut-off time on that day
        Weekend,     // date … lastDate: consecutive non-working days without an entry
        Holiday,     // date: a day off; name: its name; substitute: a substitute day off
        MakeUpDay,   // date: a weekend day worked; name
        Pause,       // from, to, minutes: working minutes covered, name: reason
        Restart,     // from, to: a supplement after which the whole limit counts again from `to`; name: reason
        Extension,   // from: granted, to: new due, name: reason
        Due,         // from: the due moment
    };

    Kind kind = Kind::Rule;
    QDateTime from;
    QDateTime to;
    QDate date;
    QDate lastDate;
    QString name;
    qint64 minutes = 0;
    double amount = 0;
    bool substitute = false;
    int dayMinutes = 480;

    // In the language of the installed translator (Vietnamese by default, English from the .ts file).
    QString text() const;
    QString kindKey() const;
    QJsonObject toJson() const;
};

// "thứ Bảy 21/11/2026" / "Saturday 21/11/2026"
QString formatDay(const QDate& date);
// "17:30 thứ Sáu 27/11/2026"
QString formatMoment(const QDateTime& moment);
// "23/11/2026 08:30" (agency time) for tables and short labels; empty for an invalid moment.
QString formatShortMoment(const QDateTime& moment);
// "1 ngày 2 giờ 30 phút làm việc"
QString formatWorkingDuration(qint64 minutes, int dayMinutes);
// The same, short for a table column: "6 d 4 h" from a day on (minutes dropped), "3 h 20 min" below.
QString formatWorkingDurationShort(qint64 minutes, int dayMinutes);
// The whole working days in `minutes` of working time, a started day not counted: 14 days 1 hour is 14. The days
// of formatWorkingDuration(Short) and the overdue report's "working days late" (docs/reports.md).
qint64 wholeWorkingDays(qint64 minutes, int dayMinutes);

} // namespace motcua::calendar
