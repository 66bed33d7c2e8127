#include "ui/catalogue/CatalogueInput.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace motcua::ui {

std::optional<double> parseAmount(const QString& text)
{
    QString typed = text.trimmed();
    typed.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double amount = typed.toDouble(&ok);
    if (!ok || !std::isfinite(amount)) {
        return std::nullopt;
    }
    return amount;
}

std::optional<qint64> parseFee(const QString& text)
{
    QString typed = text;
    typed.remove(QRegularExpression(QStringLiteral("[\\s.]")));
    if (typed.isEmpty()) {
        return 0;
    }
    bool ok = false;
    const qint64 fee = typed.toLongLong(&ok);
    if (!ok) {
        return std::nullopt;
    }
    return fee;
}

QString amountText(double amount)
{
    return QLocale().toString(amount, 'g', 6);
}

QString amountError()
{
    return QCoreApplication::translate("motcua::ui::CatalogueInput", "Type a number: 10, 0,5 or 0.25.");
}

QComboBox* unitCombo(const QString& name, calendar::TimeLimit::Unit unit, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->addItem(QCoreApplication::translate("motcua::ui::CatalogueInput", "working days"),
                   static_cast<int>(calendar::TimeLimit::Unit::WorkingDays));
    combo->addItem(QCoreApplication::translate("motcua::ui::CatalogueInput", "working hours"),
                   static_cast<int>(calendar::TimeLimit::Unit::WorkingHours));
    combo->setCurrentIndex(combo->findData(static_cast<int>(unit)));
    return combo;
}

void fillLevels(QComboBox* combo, const QString& level)
{
    combo->addItem(QCoreApplication::translate("motcua::ui::CatalogueInput", "Province"), QStringLiteral("province"));
    combo->addItem(QCoreApplication::translate("motcua::ui::CatalogueInput", "Commune"), QStringLiteral("commune"));
    combo->addItem(QCoreApplication::translate("motcua::ui::CatalogueInput", "Central"), QStringLiteral("central"));
    if (!level.isEmpty() && combo->findData(level) < 0) {
        combo->addItem(level, level);
    }
    combo->setCurrentIndex(level.isEmpty() ? 0 : combo->findData(level));
}

QComboBox* departmentCombo(const QString& name, const QList<catalogue::Department>& departments, const QString& code,
                           QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->addItem(QCoreApplication::translate("motcua::ui::CatalogueInput", "(choose)"), QString());
    for (const catalogue::Department& department : departments) {
        combo->addItem(QStringLiteral("%1 — %2").arg(department.code, department.name), department.code);
    }
    combo->setCurrentIndex(std::max(0, combo->findData(code)));
    return combo;
}

} // namespace motcua::ui
