#pragma once

#include <QString>

// The dossier's history in words, for people: the stored events keep keys and JSON for scripts and exports.
namespace motcua::dossier {

QString outcomeName(const QString& key);   // translated: early | on time | late
QString eventName(const QString& action);  // translated: "receive" → "Received" …; an unknown key as is
QString eventDetails(const QString& json); // "Reason: … · Step 2 → 3 · Due: 22/12/2026 17:30"

} // namespace motcua::dossier
