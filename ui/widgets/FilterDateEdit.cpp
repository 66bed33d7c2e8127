#include "ui/widgets/FilterDateEdit.h"

#include <QDateEdit>

namespace motcua::ui {

QDateEdit* filterDateEdit(const QString& objectName, const QDate& date, QWidget* parent)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setObjectName(objectName);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    edit->setEnabled(false);
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")) + 40);
    return edit;
}

} // namespace motcua::ui
