#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QString>

#include <optional>

namespace motcua::identity {

// The citizen identity number (CCCD / personal identification number): 12 digits `PPP G YY RRRRRR`, the province
// of birth registration (001–096), the century and sex (0/1 = male/female born in the 1900s, 2/3 = 2000s,
// 4/5 = 2100s), the last two digits of the birth year and six random digits. There is no check digit.
// Old ID cards (CMND) have 9 digits and no structure we can check.
class IdentityNumber {
public:
    // Spaces around the value are ignored; anything but digits inside it is an error. When `birthDate` is valid,
    // the century and year digits must agree with it. `allowOldCard` also accepts a 9-digit old ID card (for
    // historical records). Errors name `field`.
    static Status validate(const QString& value, const QString& field, const QDate& birthDate = {},
                           bool allowOldCard = false);

    // The birth year a valid 12-digit number encodes (digits G and YY); nothing for anything else.
    static std::optional<int> birthYear(const QString& value);
};

} // namespace motcua::identity
