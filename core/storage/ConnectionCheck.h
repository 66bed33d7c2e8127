#pragma once

#include "core/common/Result.h"
#include "core/storage/DatabaseLocation.h"

namespace motcua::storage {

// Whether a database location can be opened, without migrating or changing anything: for the "Test connection"
// button and for the start-up message when the server cannot be reached. Blocks for at most `timeoutSeconds` on a
// server: call it off the GUI thread. The error names what is wrong in words an office can act on, its field one of
// "file", "host" (unreachable), "password" (refused), "database" (missing), "user".
class ConnectionCheck {
public:
    enum class Problem { None, Unreachable, WrongPassword, NoDatabase, NoFile, Other };

    static Status check(const DatabaseLocation& location, int timeoutSeconds = 5);
    // What a driver's message says went wrong (libpq's English texts; SQLite's).
    static Problem classify(const QString& driverMessage);
    // The message for people of a failed opening of `location`, with the driver's text at the end for the IT staff.
    static Error explain(const DatabaseLocation& location, const QString& driverMessage);
};

} // namespace motcua::storage
