#pragma once

#include "core/common/Language.h"

#include <QPageSize>
#include <QString>

namespace motcua::ui {

// The user's settings on this computer (QSettings underneath), typed: one key, one type, one default.
class AppSettings {
public:
    enum class Key { Language, LastLogin, DatabaseLocation, Printer, PaperSize };

    static Language language(); // default: Vietnamese
    static void setLanguage(Language language);
    static QString lastLogin(); // default: empty
    static void setLastLogin(const QString& login);
    // The database this computer opens when no --db is given: a file, or a server URL without its password (that is
    // in the keyring, see PasswordStore). Empty: never chosen, the embedded file in the user's data folder.
    static QString databaseLocation();
    static void setDatabaseLocation(const QString& location);
    // The printer the print dialogs start on (empty: the system's default) and the paper size of the forms that
    // may be printed on more than one (default A4).
    static QString printer();
    static void setPrinter(const QString& printer);
    static QPageSize::PageSizeId paperSize();
    static void setPaperSize(QPageSize::PageSizeId size);

private:
    static QString name(Key key);
};

} // namespace motcua::ui
