#include "core/calendar/CalendarEntry.h"

#include "core/common/TextBounds.h"

#include <QCoreApplication>

namespace motcua::calendar {

QString dayKindKey(DayKind kind)
{
    switch (kind) {
    case DayKind::DayOff:
        return QStringLiteral("day-off");
    case DayKind::Substitute:
        return QStringLiteral("substitute");
    case DayKind::Workday:
        return QStringLiteral("workday");
    }
    return {};
}

std::optional<DayKind> dayKindFromKey(const QString& key)
{
    for (DayKind kind : {DayKind::DayOff, DayKind::Substitute, DayKind::Workday}) {
        if (dayKindKey(kind) == key) {
            return kind;
        }
    }
    return std::nullopt;
}

QString dayKindName(DayKind kind)
{
    switch (kind) {
    case DayKind::DayOff:
        return QCoreApplication::translate("motcua::CalendarEntry", "Day off");
    case DayKind::Substitute:
        return QCoreApplication::translate("motcua::CalendarEntry", "Substitute day off");
    case DayKind::Workday:
        return QCoreApplication::translate("motcua::CalendarEntry", "Make-up working day");
    }
    return {};
}

Status validateEntry(const CalendarEntry& entry, const QString& field)
{
    if (!entry.date.isValid()) {
        return Error::invalid(
            field + QStringLiteral(".date"),
            QCoreApplication::translate("motcua::CalendarEntry", "%1.date must be a date YYYY-MM-DD.").arg(field));
    }
    const bool weekend = entry.date.dayOfWeek() >= 6;
    if (entry.kind == DayKind::Workday && !weekend) {
        return Error::invalid(field + QStringLiteral(".kind"),
                              QCoreApplication::translate("motcua::CalendarEntry",
                                                          "%1: a make-up working day must be a Saturday or Sunday.")
                                  .arg(field));
    }
    if (entry.kind != DayKind::Workday && weekend) {
        return Error::invalid(
            field + QStringLiteral(".kind"),
            QCoreApplication::translate("motcua::CalendarEntry", "%1: a day off must be a weekday.").arg(field));
    }
    if (Status bounded = TextBounds::check(entry.name, TextKind::Name, field + QStringLiteral(".name")); !bounded) {
        return TextBounds::prefixed(bounded.error());
    }
    if (Status bounded = TextBounds::check(entry.source, TextKind::Address, field + QStringLiteral(".source"));
        !bounded) {
        return TextBounds::prefixed(bounded.error());
    }
    if (entry.name.trimmed().isEmpty()) {
        return Error::invalid(
            field + QStringLiteral(".name"),
            QCoreApplication::translate("motcua::CalendarEntry", "%1.name must not be empty.").arg(field));
    }
    return {};
}

} // namespace motcua::calendar
