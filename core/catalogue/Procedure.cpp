#include "core/catalogue/Procedure.h"

#include <QCoreApplication>

namespace motcua::catalogue {

QString documentKindKey(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Original:
        return QStringLiteral("original");
    case DocumentKind::CertifiedCopy:
        return QStringLiteral("certified-copy");
    case DocumentKind::Copy:
        return QStringLiteral("copy");
    }
    return {};
}

std::optional<DocumentKind> documentKindFromKey(const QString& key)
{
    for (DocumentKind kind : {DocumentKind::Original, DocumentKind::CertifiedCopy, DocumentKind::Copy}) {
        if (documentKindKey(kind) == key) {
            return kind;
        }
    }
    return std::nullopt;
}

QString documentKindName(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Original:
        return QCoreApplication::translate("motcua::catalogue", "Original");
    case DocumentKind::CertifiedCopy:
        return QCoreApplication::translate("motcua::catalogue", "Certified copy");
    case DocumentKind::Copy:
        return QCoreApplication::translate("motcua::catalogue", "Copy");
    }
    return {};
}

const ProcessVersion* Procedure::processInForce(const QDate& day) const
{
    const ProcessVersion* inForce = nullptr;
    for (const ProcessVersion& version : processes) {
        if (version.issuedOn <= day && (!inForce || version.issue > inForce->issue)) {
            inForce = &version;
        }
    }
    if (!inForce && !processes.isEmpty()) {
        inForce = &processes.constFirst();
    }
    return inForce;
}

} // namespace motcua::catalogue
