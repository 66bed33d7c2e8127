#pragma once

#include "core/common/AgencyTime.h"

#include <QVariant>

namespace motcua::storage {

// Instants in SQL columns: the text of isoMoment (core/common/AgencyTime.h), NULL or empty for none. Storage alone
// maps columns to moments and back; the workflow writes the same text into event details with isoMoment.
inline QString storedMoment(const QDateTime& moment)
{
    return isoMoment(moment);
}

inline QDateTime momentFromStored(const QVariant& value)
{
    return value.isNull() ? QDateTime() : momentFromIso(value.toString());
}

} // namespace motcua::storage
