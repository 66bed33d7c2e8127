#pragma once

#include "core/calendar/Deadline.h"
#include "core/catalogue/Agency.h"

#include <QString>

#include <optional>

class QComboBox;
class QWidget;

namespace motcua::ui {

// Inputs shared by the procedure and process editors.

// "10", "0,5", "0.25": a number of working days or hours as typed in either language; empty is none.
std::optional<double> parseAmount(const QString& text);
// "50000", "50.000", "50 000": a whole number of đồng; empty is 0.
std::optional<qint64> parseFee(const QString& text);
// An amount as shown in the present language: "0,5" in Vietnamese.
QString amountText(double amount);
QString amountError();
// Working days / working hours, with the unit as data.
QComboBox* unitCombo(const QString& name, calendar::TimeLimit::Unit unit, QWidget* parent);
// Province / commune / central (the key as data), keeping a level the list does not know.
void fillLevels(QComboBox* combo, const QString& level);
// "VP — Văn phòng" … with the code as data.
QComboBox* departmentCombo(const QString& name, const QList<catalogue::Department>& departments, const QString& code,
                           QWidget* parent);

} // namespace motcua::ui
