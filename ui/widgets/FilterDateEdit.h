#pragma once

#include <QDate>
#include <QString>

class QDateEdit;
class QWidget;

namespace motcua::ui {

// A date of a filter bar ("received from", a log's period): DD/MM/YYYY with a calendar popup, off until its
// check box turns it on, wide enough for the whole date.
QDateEdit* filterDateEdit(const QString& objectName, const QDate& date, QWidget* parent);

} // namespace motcua::ui
