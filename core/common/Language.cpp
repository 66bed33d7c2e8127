#include "core/common/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <vector>

namespace motcua {

namespace {

std::vector<std::unique_ptr<QTranslator>>& installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

} // namespace

QString languageCode(Language language)
{
    return language == Language::English ? QStringLiteral("en") : QStringLiteral("vi");
}

std::optional<Language> languageFromCode(const QString& code)
{
    if (code == QLatin1String("vi")) {
        return Language::Vietnamese;
    }
    if (code == QLatin1String("en")) {
        return Language::English;
    }
    return std::nullopt;
}

bool installTranslations(Language language)
{
    for (auto& translator : installed()) {
        QCoreApplication::removeTranslator(translator.get());
    }
    installed().clear();

    const QString code = languageCode(language);
    QLocale::setDefault(QLocale(language == Language::English ? QLocale::English : QLocale::Vietnamese,
                                language == Language::English ? QLocale::UnitedKingdom : QLocale::Vietnam));
    auto own = std::make_unique<QTranslator>();
    const bool loaded = own->load(QStringLiteral(":/i18n/motcua_") + code + QStringLiteral(".qm"));
    if (loaded) {
        QCoreApplication::installTranslator(own.get());
        installed().push_back(std::move(own));
    }
    // Qt's own catalogue (absent for Vietnamese: our .ts files translate the standard buttons we show).
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        installed().push_back(std::move(qt));
    }
    return loaded;
}

} // namespace motcua
