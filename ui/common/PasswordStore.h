#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <memory>

namespace motcua::ui {

// Where the password of the office's database server is kept on this computer: the desktop's keyring
// (KeychainPasswordStore, through QtKeychain), never the plain-text settings. Tests, and a computer without a
// keyring, use MemoryPasswordStore. The application installs the keyring's at start; until then (in the tests) the
// store is in memory.
class PasswordStore {
    Q_DECLARE_TR_FUNCTIONS(motcua::ui::PasswordStore)

public:
    virtual ~PasswordStore() = default;

    // The password kept under `key`; empty when none is kept. An error when the keyring itself cannot be used.
    virtual Result<QString> read(const QString& key) = 0;
    virtual Status write(const QString& key, const QString& password) = 0;
    virtual Status remove(const QString& key) = 0;
    // False when the computer has no keyring: the password is then asked at each start.
    virtual bool isPersistent() const = 0;

    static PasswordStore& instance();
    static void install(std::unique_ptr<PasswordStore> store);
    // The key of a server's password: "USER@HOST:PORT/DATABASE".
    static QString keyFor(const QString& user, const QString& host, int port, const QString& database);
};

// Passwords kept for the life of the program only.
class MemoryPasswordStore : public PasswordStore {
public:
    Result<QString> read(const QString& key) override { return m_passwords.value(key); }
    Status write(const QString& key, const QString& password) override;
    Status remove(const QString& key) override;
    bool isPersistent() const override { return false; }

private:
    QMap<QString, QString> m_passwords;
};

} // namespace motcua::ui
