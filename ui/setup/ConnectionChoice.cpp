#include "ui/setup/ConnectionChoice.h"

#include "core/storage/Database.h"
#include "ui/common/AppSettings.h"
#include "ui/common/PasswordStore.h"

#include <QFileInfo>

namespace motcua::ui {

namespace {

QString passwordKey(const storage::DatabaseLocation& location)
{
    return PasswordStore::keyFor(location.user, location.host, location.port, location.database);
}

} // namespace

storage::DatabaseLocation ConnectionChoice::stored()
{
    const QString text = AppSettings::databaseLocation();
    auto location = storage::DatabaseLocation::parse(text.isEmpty() ? storage::Database::defaultPath() : text);
    if (!location) {
        return *storage::DatabaseLocation::parse(storage::Database::defaultPath());
    }
    return withKeptPassword(*location);
}

bool ConnectionChoice::isFirstStart()
{
    return AppSettings::databaseLocation().isEmpty() && !QFileInfo::exists(storage::Database::defaultPath());
}

storage::DatabaseLocation ConnectionChoice::withKeptPassword(storage::DatabaseLocation location)
{
    if (location.engine == storage::SqlEngine::PostgreSql && location.password.isEmpty()) {
        if (const auto kept = PasswordStore::instance().read(passwordKey(location))) {
            location.password = *kept;
        }
    }
    return location;
}

Result<QString> ConnectionChoice::store(const storage::DatabaseLocation& location)
{
    AppSettings::setDatabaseLocation(location.display()); // never the password
    if (location.engine != storage::SqlEngine::PostgreSql) {
        return QString();
    }
    PasswordStore& store = PasswordStore::instance();
    const Status kept = location.password.isEmpty() ? store.remove(passwordKey(location))
                                                    : store.write(passwordKey(location), location.password);
    if (!kept) {
        return kept.error();
    }
    if (!store.isPersistent()) {
        return tr("This computer has no keyring to keep the password in: it will be asked at each start.");
    }
    return QString();
}

} // namespace motcua::ui
