#pragma once

#include "core/calendar/Deadline.h"
#include "core/catalogue/Procedure.h"
#include "core/dossier/Dossier.h"

#include <QDateTime>
#include <QString>

// Values as printed on the statutory forms. The forms are Vietnamese documents whatever the interface
// language, so these words are Vietnamese on purpose and not translated.
namespace motcua::forms::text {

QString date(const QDate& day);                           // 05/02/2026
QString time(const QDateTime& moment);                    // 08:30
QString moment(const QDateTime& moment);                  // 08:30, ngày 05/02/2026
QString shortMoment(const QDateTime& moment);             // 08:30 05/02/2026 (narrow table columns)
QString amount(qint64 dong);                              // 1.250.000 đồng ("" for 0)
QString number(double value);                             // 1,5 (decimal comma)
QString dateLine(const QString& place, const QDate& day); // Rạch Giá, ngày 05 tháng 02 năm 2026
// An agency's name for the form's header, where a line may break anywhere but inside a place name: "ỦY BAN NHÂN
// DÂN TỈNH KIÊN GIANG" breaks before "TỈNH", never as "TỈNH KIÊN / GIANG" (no-break spaces within the place).
QString headerName(const QString& name);
QString timeLimit(const calendar::TimeLimit& limit);      // 15 ngày làm việc; "trong ngày" for 0 days
QString documentKind(catalogue::DocumentKind kind);       // Bản chính …
QString outcome(const QString& key);                      // Trước hạn | Đúng hạn | Quá hạn
QString delivery(dossier::Delivery delivery);
QString status(dossier::DossierStatus status);

} // namespace motcua::forms::text
