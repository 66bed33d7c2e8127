#pragma once

#include "core/dossier/Dossier.h"

#include <QVariant>

namespace motcua::storage {

// The legal terms a dossier was received under, from its columns limit_unit, limit_amount, rule and on_supplement
// (migration 003). Storage alone maps these columns to values.
inline void readStoredTerms(dossier::Dossier& d, const QVariant& unit, const QVariant& amount, const QVariant& rule,
                            const QVariant& onSupplement)
{
    const double limitAmount = amount.toDouble();
    d.limit = unit.toString() == QLatin1String("hours") ? calendar::TimeLimit::hours(limitAmount)
                                                        : calendar::TimeLimit::days(limitAmount);
    d.rule = calendar::countingRuleFromKey(rule.toString()).value_or(calendar::CountingRule::WorkingTime);
    d.onSupplement = onSupplement.toString() == QLatin1String("restart") ? catalogue::SupplementBehaviour::Restart
                                                                         : catalogue::SupplementBehaviour::Pause;
}

} // namespace motcua::storage
