#pragma once

#include "core/common/Result.h"

#include <QString>

namespace motcua::identity {

// A pragmatic e-mail address check, catching typing mistakes rather than following RFC 5322: one @, a non-empty
// part before it, a domain after it made of dot-separated labels (at least two), no white space, at most 254
// characters.
class EmailAddress {
public:
    // Spaces around the value are ignored. Errors name `field`.
    static Status validate(const QString& value, const QString& field);
};

} // namespace motcua::identity
