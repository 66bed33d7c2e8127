#pragma once

#include <QString>

#include <memory>
#include <optional>

class QTranslator;

namespace motcua {

// The user-interface languages: Vietnamese first, English second.
enum class Language { Vietnamese, English };

QString languageCode(Language language); // "vi" | "en"
std::optional<Language> languageFromCode(const QString& code);

// Installs the application's translations (and Qt's own where it has them) for `language` into the
// running QCoreApplication, replacing those installed before. Returns false when a catalogue is missing.
bool installTranslations(Language language);

} // namespace motcua
