#include "ui/common/AppSettings.h"

#include <QSettings>

namespace motcua::ui {

QString AppSettings::name(Key key)
{
    switch (key) {
    case Key::Language:
        return QStringLiteral("ui/language");
    case Key::LastLogin:
        return QStringLiteral("ui/last_login");
    }
    return {};
}

Language AppSettings::language()
{
    return languageFromCode(QSettings().value(name(Key::Language)).toString()).value_or(Language::Vietnamese);
}

void AppSettings::setLanguage(Language language)
{
    QSettings().setValue(name(Key::Language), languageCode(language));
}

QString AppSettings::lastLogin()
{
    return QSettings().value(name(Key::LastLogin)).toString();
}

void AppSettings::setLastLogin(const QString& login)
{
    QSettings().setValue(name(Key::LastLogin), login);
}

} // namespace motcua::ui
