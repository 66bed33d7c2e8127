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
    case Key::DatabaseLocation:
        return QStringLiteral("database/location");
    case Key::Printer:
        return QStringLiteral("print/printer");
    case Key::PaperSize:
        return QStringLiteral("print/paper_size");
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

QString AppSettings::databaseLocation()
{
    return QSettings().value(name(Key::DatabaseLocation)).toString();
}

void AppSettings::setDatabaseLocation(const QString& location)
{
    QSettings().setValue(name(Key::DatabaseLocation), location);
}

QString AppSettings::printer()
{
    return QSettings().value(name(Key::Printer)).toString();
}

void AppSettings::setPrinter(const QString& printer)
{
    QSettings().setValue(name(Key::Printer), printer);
}

QPageSize::PageSizeId AppSettings::paperSize()
{
    const QString key = QSettings().value(name(Key::PaperSize)).toString();
    return key == QLatin1String("A5") ? QPageSize::A5 : key == QLatin1String("Letter") ? QPageSize::Letter : QPageSize::A4;
}

void AppSettings::setPaperSize(QPageSize::PageSizeId size)
{
    QSettings().setValue(name(Key::PaperSize), size == QPageSize::A5       ? QStringLiteral("A5")
                                               : size == QPageSize::Letter ? QStringLiteral("Letter")
                                                                           : QStringLiteral("A4"));
}

} // namespace motcua::ui
