#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace motcua::identity {

// A date of birth as a clerk types it: "12/05/1990", "1/5/1990", "12051990", "12-5-1990" or "12.5.1990".
class BirthDate {
    Q_DECLARE_TR_FUNCTIONS(motcua::identity::BirthDate)

public:
    // The date typed, or an invalid date when the text is not one.
    static QDate parse(const QString& text);
    // Why the text is no date of birth, naming `field`: not written day, month, year; a day the month does not
    // have ("31/02/1990"); after `today`; before 1900. Empty text is valid (the field is optional here).
    static Status validate(const QString& text, const QDate& today, const QString& field);
    // The same for a date already parsed.
    static Status validate(const QDate& date, const QDate& today, const QString& field);
};

} // namespace motcua::identity
