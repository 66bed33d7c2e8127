#pragma once

#include "core/common/Result.h"

#include <QString>

namespace motcua::identity {

// Vietnamese tax codes: an organisation's 10 digits, the last a check digit (S = Σ dᵢ·wᵢ over the first nine with
// w = 31, 29, 23, 19, 17, 13, 7, 5, 3; check = 10 − S mod 11, so S mod 11 = 0 is never issued); a branch's
// 13 digits written `NNNNNNNNNN-NNN` (the parent's valid code, then 001–999); an individual's 12-digit identity
// number.
class TaxCode {
public:
    // Spaces around the value are ignored. Errors name `field`.
    static Status validate(const QString& value, const QString& field);
};

} // namespace motcua::identity
