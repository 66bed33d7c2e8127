#pragma once

#include <QByteArray>
#include <QString>

namespace motcua::identity {

// Argon2id password hashes (libsodium's crypto_pwhash_str, interactive limits). A password is never stored
// or logged in clear.
class PasswordHasher {
public:
    static QString hash(const QString& password);
    static bool verify(const QString& hash, const QString& password);
};

} // namespace motcua::identity
