#pragma once

#include "core/common/Result.h"
#include "core/storage/DatabaseLocation.h"

#include <QCoreApplication>

namespace motcua::ui {

// The database this computer opens, as chosen on the "Database connection" page: stored per computer (AppSettings,
// without the password) with the server's password in the keyring (PasswordStore).
class ConnectionChoice {
    Q_DECLARE_TR_FUNCTIONS(motcua::ui::ConnectionChoice)

public:
    // The stored choice, with its password from the keyring when one is kept; the embedded file when none was made.
    static storage::DatabaseLocation stored();
    // True when nothing was ever chosen on this computer and the embedded file does not exist yet: the first start.
    static bool isFirstStart();
    // Keeps the choice; the password goes to the keyring only. Its note (empty when none) tells when the computer
    // has no keyring, so that the password will be asked at each start.
    static Result<QString> store(const storage::DatabaseLocation& location);
    // Fills in the password of a server location from the keyring (unchanged when it has one or none is kept).
    static storage::DatabaseLocation withKeptPassword(storage::DatabaseLocation location);
};

} // namespace motcua::ui
