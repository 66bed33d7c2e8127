#include "ui/common/PasswordStore.h"

namespace motcua::ui {

namespace {

std::unique_ptr<PasswordStore>& installed()
{
    static std::unique_ptr<PasswordStore> store = std::make_unique<MemoryPasswordStore>();
    return store;
}

} // namespace

PasswordStore& PasswordStore::instance()
{
    return *installed();
}

void PasswordStore::install(std::unique_ptr<PasswordStore> store)
{
    installed() = std::move(store);
}

QString PasswordStore::keyFor(const QString& user, const QString& host, int port, const QString& database)
{
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

Status MemoryPasswordStore::write(const QString& key, const QString& password)
{
    m_passwords.insert(key, password);
    return {};
}

Status MemoryPasswordStore::remove(const QString& key)
{
    m_passwords.remove(key);
    return {};
}

} // namespace motcua::ui
