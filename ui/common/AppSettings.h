#pragma once

#include "core/common/Language.h"

#include <QString>

namespace motcua::ui {

// The user's settings on this computer (QSettings underneath), typed: one key, one type, one default.
class AppSettings {
public:
    enum class Key { Language, LastLogin };

    static Language language(); // default: Vietnamese
    static void setLanguage(Language language);
    static QString lastLogin(); // default: empty
    static void setLastLogin(const QString& login);

private:
    static QString name(Key key);
};

} // namespace motcua::ui
