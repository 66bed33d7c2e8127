#pragma once

#include "core/common/Result.h"

#include <QList>

#include <algorithm>

namespace motcua {

// The errors of a file read whole, for a screen or a command that lists them all (the catalogue and calendar
// importers): one error a field path (the first found), at most kMaxErrors in all.
class ErrorList {
public:
    static constexpr int kMaxErrors = 100;

    static bool has(const QList<Error>& errors, const QString& path)
    {
        return std::any_of(errors.cbegin(), errors.cend(), [&path](const Error& e) { return e.field == path; });
    }
    static void add(QList<Error>& errors, const Error& error)
    {
        if (errors.size() < kMaxErrors && !has(errors, error.field)) {
            errors.append(error);
        }
    }
};

} // namespace motcua
