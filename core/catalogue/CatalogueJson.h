#pragma once

#include "core/catalogue/Catalogue.h"
#include "core/common/Result.h"

#include <QByteArray>

namespace motcua::catalogue {

// The catalogue file (format "motcua-catalogue", version 1; documented in docs/catalogue-format.md).
class CatalogueJson {
public:
    // A bad file gives an error naming the line (syntax) or the path of the offending field,
    // e.g. "procedures[2].documents[0].kind".
    static Result<Catalogue> parse(const QByteArray& data);
    // The same, with every error found (at most 100, one a field) in `errors`, for a screen that lists them all,
    // and a warning for each unknown key (its path in `field`) in `warnings`: such a key is ignored. Texts, codes
    // and amounts are held to core/common/TextBounds.
    static Result<Catalogue> parse(const QByteArray& data, QList<Error>& errors, QList<Error>* warnings = nullptr);
    static QByteArray write(const Catalogue& catalogue);

    // The starter catalogue shipped with the application.
    static Catalogue shipped();
};

} // namespace motcua::catalogue
