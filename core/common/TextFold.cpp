#include "core/common/TextFold.h"

namespace motcua {

QString foldForSearch(const QString& text)
{
    // Canonical decomposition splits every precomposed Vietnamese letter into its base letter and combining marks
    // (ấ → a + ◌̂ + ◌́); đ has no decomposition and is mapped on its own.
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString bare;
    bare.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing) {
            bare.append(c);
        }
    }
    QString folded = bare.toLower();
    folded.replace(QChar(u'\u0111'), QLatin1Char('d')); // đ (Đ is lowered to it)
    return folded.simplified();
}

} // namespace motcua
