#pragma once

#include "ui/common/PasswordStore.h"

namespace motcua::ui {

// The desktop's keyring (Secret Service on Linux, the Windows credential store, the macOS keychain) through
// QtKeychain, under the service "MotCua". Each call waits for the keyring's answer, at most a few seconds. When
// there is no keyring (no Secret Service running), isPersistent() turns false after the first call and every
// password lives in memory instead, to be asked at the next start. Only the user's own refusal is an error.
class KeychainPasswordStore : public PasswordStore {
public:
    Result<QString> read(const QString& key) override;
    Status write(const QString& key, const QString& password) override;
    Status remove(const QString& key) override;
    bool isPersistent() const override { return m_available; }

private:
    bool m_available = true;
    MemoryPasswordStore m_fallback;
};

} // namespace motcua::ui
