#include "core/calendar/CalendarService.h"

#include "core/calendar/CalendarJson.h"
#include "core/calendar/DeadlineCalculator.h"

#include <QCoreApplication>

#include <algorithm>

namespace motcua::calendar {

CalendarService::CalendarService(storage::Database& database, const Clock& clock)
    : m_database(database)
    , m_repository(database, clock)
{}

Status CalendarService::installShippedData()
{
    return m_repository.addMissingYears(CalendarJson::shipped());
}

Result<std::shared_ptr<const WorkCalendar>> CalendarService::workCalendar() const
{
    auto stored = m_repository.loadBook();
    if (!stored) {
        return stored.error();
    }
    auto hours = m_repository.loadOfficeHours();
    if (!hours) {
        return hours.error();
    }
    return std::shared_ptr<const WorkCalendar>(std::make_shared<WorkCalendar>(*stored, *hours));
}

Result<QList<CalendarEntry>> CalendarService::entries(int year) const
{
    auto stored = m_repository.loadBook();
    if (!stored) {
        return stored.error();
    }
    return stored->entriesForYear(year);
}

int CalendarService::yearOf(const CalendarEdit& edit)
{
    if (const auto* set = std::get_if<SetEntry>(&edit)) {
        return set->entry.date.year();
    }
    if (const auto* remove = std::get_if<RemoveEntry>(&edit)) {
        return remove->date.year();
    }
    return std::get<ConfirmYear>(edit).year;
}

Result<CalendarBook> CalendarService::edited(CalendarBook book, const CalendarEdit& edit)
{
    const int year = yearOf(edit);
    if (year < WorkCalendar::kDefaultFirstYear || year > WorkCalendar::kDefaultLastYear) {
        return Error::invalid(
            QStringLiteral("date"),
            QCoreApplication::translate("motcua::CalendarService", "The calendar covers the years %1 – %2.")
                .arg(WorkCalendar::kDefaultFirstYear)
                .arg(WorkCalendar::kDefaultLastYear));
    }
    QList<CalendarEntry> entries = book.entriesForYear(year);
    if (const auto* set = std::get_if<SetEntry>(&edit)) {
        if (Status valid = validateEntry(set->entry, QStringLiteral("entry")); !valid) {
            return valid.error();
        }
        entries.removeIf([&](const CalendarEntry& entry) { return entry.date == set->entry.date; });
        entries.append(set->entry);
    } else if (const auto* remove = std::get_if<RemoveEntry>(&edit)) {
        if (entries.removeIf([&](const CalendarEntry& entry) { return entry.date == remove->date; }) == 0) {
            return Error{ErrorCode::NotFound,
                         QCoreApplication::translate("motcua::CalendarService", "The calendar has no entry on %1.")
                             .arg(remove->date.toString(QStringLiteral("dd/MM/yyyy"))),
                         QStringLiteral("date")};
        }
    } else {
        for (CalendarEntry& entry : entries) {
            entry.confirmed = true;
        }
    }
    book.setYear(year, entries);
    return book;
}

Result<QList<DeadlineChange>> CalendarService::changes(const CalendarBook& before, const CalendarBook& after,
                                                       const OpenDeadlineSource& dossiers) const
{
    auto hours = m_repository.loadOfficeHours();
    if (!hours) {
        return hours.error();
    }
    auto open = dossiers.openDeadlines();
    if (!open) {
        return open.error();
    }
    const WorkCalendar oldCalendar(before, *hours);
    const WorkCalendar newCalendar(after, *hours);
    const DeadlineCalculator oldCalculator(oldCalendar);
    const DeadlineCalculator newCalculator(newCalendar);
    QList<DeadlineChange> changed;
    for (const OpenDeadline& dossier : *open) {
        auto oldDue = oldCalculator.compute(dossier.request);
        auto newDue = newCalculator.compute(dossier.request);
        if (oldDue && newDue && oldDue->due != newDue->due) {
            changed.append({dossier.code, oldDue->due, newDue->due});
        }
    }
    return changed;
}

Result<CalendarService::Plan> CalendarService::plan(const CalendarEdit& edit, const OpenDeadlineSource& dossiers) const
{
    auto before = m_repository.loadBook();
    if (!before) {
        return before.error();
    }
    auto after = edited(*before, edit);
    if (!after) {
        return after.error();
    }
    auto report = changes(*before, *after, dossiers);
    if (!report) {
        return report.error();
    }
    return Plan{std::move(after).value(), std::move(report).value()};
}

Result<QList<DeadlineChange>> CalendarService::preview(const CalendarEdit& edit,
                                                       const OpenDeadlineSource& dossiers) const
{
    auto planned = plan(edit, dossiers);
    if (!planned) {
        return planned.error();
    }
    return planned->report;
}

Result<QList<DeadlineChange>> CalendarService::apply(const CalendarEdit& edit, const OpenDeadlineSource& dossiers)
{
    // Read, edit and write under one write lock: two administrators editing at once never lose an edit.
    QList<DeadlineChange> report;
    Status status = m_database.transaction([&]() -> Status {
        auto planned = plan(edit, dossiers);
        if (!planned) {
            return planned.error();
        }
        report = planned->report;
        const int year = yearOf(edit);
        return m_repository.saveYear(year, planned->after.entriesForYear(year));
    });
    if (!status) {
        return status.error();
    }
    return report;
}

} // namespace motcua::calendar
