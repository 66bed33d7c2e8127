#pragma once

#include "core/common/Result.h"

#include <QString>

namespace motcua::identity {

// Vietnamese phone numbers: mobiles of 10 digits `0[35789]xxxxxxxx`, also written with +84 or 84 instead of the
// leading 0, and landlines of 11 digits `02x…` or `02xx…` (area code, e.g. 0297 Kiên Giang, 024 Hà Nội).
// Spaces, dots and dashes between groups of digits are allowed and ignored: "0297.386.2222", "+84 912 345 678".
class PhoneNumber {
public:
    // Errors name `field`.
    static Status validate(const QString& value, const QString& field);

    // The number as stored: digits only with a leading 0 ("+84 912 345 678" → "0912345678"). An invalid number is
    // only trimmed and rid of its separators.
    static QString normalized(const QString& value);
};

} // namespace motcua::identity
