#pragma once

#include "core/dossier/Dossier.h"
#include "core/storage/Database.h"

#include <QDate>
#include <QList>

namespace motcua::storage {

// One line of the dossier register (Mẫu 07).
struct RegisterLine {
    QString code;
    QString procedure;
    QString applicant;
    QString address;
    QString phone;
    QString department; // the unit handling the procedure
    QDateTime receivedAt;
    QDateTime dueAt;
    QDateTime returnedAt;
    dossier::Delivery delivery = dossier::Delivery::Counter;
    dossier::DossierStatus status = dossier::DossierStatus::Accepted;
};

// The dossiers received from `from` to `to` (both included), in the order received. A register longer than
// `kMaxRegisterLines` is refused: the clerk prints it by shorter periods.
inline constexpr int kMaxRegisterLines = 2000; // about 240 pages, laid out in a few seconds
Result<QList<RegisterLine>> registerLines(Database& database, const QDate& from, const QDate& to);

} // namespace motcua::storage
