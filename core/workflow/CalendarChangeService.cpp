#include "core/workflow/CalendarChangeService.h"

#include "core/calendar/CalendarService.h"
#include "core/calendar/DeadlineCalculator.h"
#include "core/common/AgencyTime.h"
#include "core/storage/AdminLog.h"
#include "core/storage/CalendarRepository.h"
#include "core/storage/OpenDossierDeadlines.h"
#include "core/workflow/DossierAccess.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cstdlib>

namespace motcua::workflow {

using calendar::CalendarBook;
using calendar::CalendarEntry;
using calendar::DayKind;
using calendar::OfficeHours;

namespace {

QString day(const QDate& date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

constexpr int kLongestRange = 366;

} // namespace

Result<CalendarChange> CalendarChange::setRange(const QDate& from, const QDate& to, DayKind dayKind, const QString& name,
                                                const QString& source, const QDate& replacing)
{
    if (!from.isValid()) {
        return Error::invalid(QStringLiteral("from"), QCoreApplication::translate("motcua::workflow", "Give the first day."));
    }
    if (!to.isValid() || to < from) {
        return Error::invalid(QStringLiteral("to"), QCoreApplication::translate("motcua::workflow", "The last day must not be before the first day."));
    }
    if (from.daysTo(to) >= kLongestRange) {
        return Error::invalid(QStringLiteral("to"), QCoreApplication::translate("motcua::workflow", "A range covers at most %1 days.").arg(kLongestRange));
    }
    if (name.trimmed().isEmpty()) {
        return Error::invalid(QStringLiteral("name"), QCoreApplication::translate("motcua::workflow", "Give the name of the day (e.g. \"Tết Nguyên đán\")."));
    }
    CalendarChange change;
    for (QDate date = from; date <= to; date = date.addDays(1)) {
        const bool weekend = date.dayOfWeek() >= 6;
        if ((dayKind == DayKind::Workday) == weekend) {
            change.set.append({date, dayKind, name.trimmed(), source.trimmed(), true});
        }
    }
    if (change.set.isEmpty()) {
        return Error::invalid(QStringLiteral("from"),
                              dayKind == DayKind::Workday
                                  ? QCoreApplication::translate("motcua::workflow", "A make-up working day is a Saturday or Sunday: %1 – %2 has none.")
                                        .arg(day(from), day(to))
                                  : QCoreApplication::translate("motcua::workflow", "A day off is a weekday: %1 – %2 has none.").arg(day(from), day(to)));
    }
    const bool replacedInside = std::any_of(change.set.cbegin(), change.set.cend(),
                                            [&](const CalendarEntry& entry) { return entry.date == replacing; });
    if (replacing.isValid() && !replacedInside) {
        change.remove.append(replacing);
    }
    return change;
}

CalendarChange CalendarChange::removeEntry(const QDate& date)
{
    CalendarChange change;
    change.remove = {date};
    return change;
}

CalendarChange CalendarChange::confirmYear(int generatedYear)
{
    CalendarChange change;
    change.kind = Kind::ConfirmYear;
    change.year = generatedYear;
    return change;
}

CalendarChange CalendarChange::importBook(CalendarBook book)
{
    CalendarChange change;
    change.kind = Kind::Import;
    change.imported = std::move(book);
    return change;
}

CalendarChange CalendarChange::officeHours(const OfficeHours& sessions)
{
    CalendarChange change;
    change.kind = Kind::OfficeHours;
    change.hours = sessions;
    return change;
}

QString CalendarChange::summary() const
{
    switch (kind) {
    case Kind::ConfirmYear:
        return QCoreApplication::translate("motcua::workflow", "generated calendar of %1 confirmed").arg(year);
    case Kind::Import: {
        QStringList years;
        int entries = 0;
        for (int each : imported.storedYears()) {
            years << QString::number(each);
            entries += static_cast<int>(imported.entriesForYear(each).size());
        }
        return QCoreApplication::translate("motcua::workflow", "calendar of %1 imported from a file (%2 entries)").arg(years.join(QStringLiteral(", "))).arg(entries);
    }
    case Kind::OfficeHours: {
        QStringList days;
        for (int weekday = 1; weekday <= 7; ++weekday) {
            if (!hours.sessionsOn(weekday).isEmpty()) {
                days << QStringLiteral("%1 %2").arg(QLocale().dayName(weekday, QLocale::ShortFormat),
                                                    OfficeHours::sessionsToText(hours.sessionsOn(weekday)));
            }
        }
        return QCoreApplication::translate("motcua::workflow", "office sessions changed: %1").arg(days.join(QStringLiteral("; ")));
    }
    case Kind::Entries:
        break;
    }
    QStringList parts;
    if (!set.isEmpty()) {
        const CalendarEntry& first = set.first();
        const QString dates = set.size() == 1 ? day(first.date)
                                              : QStringLiteral("%1 – %2").arg(day(first.date), day(set.last().date));
        parts << QCoreApplication::translate("motcua::workflow", "%1 %2 “%3”").arg(calendar::dayKindName(first.kind), dates, first.name);
    }
    for (const QDate& date : remove) {
        parts << QCoreApplication::translate("motcua::workflow", "entry of %1 removed").arg(day(date));
    }
    return parts.join(QStringLiteral("; "));
}

QString CalendarChange::logAction() const
{
    switch (kind) {
    case Kind::Entries:
        return QStringLiteral("calendar.entries");
    case Kind::ConfirmYear:
        return QStringLiteral("calendar.confirm");
    case Kind::Import:
        return QStringLiteral("calendar.import");
    case Kind::OfficeHours:
        return QStringLiteral("calendar.hours");
    }
    return {};
}

namespace {

QString signedDuration(qint64 minutes, int dayMinutes)
{
    const QString size = calendar::formatWorkingDurationShort(std::abs(minutes), dayMinutes);
    if (minutes > 0) {
        return QStringLiteral("+") + size;
    }
    if (minutes < 0) {
        return QStringLiteral("−") + size;
    }
    return size;
}

// The working time between two due moments, signed (> 0: `after` is later). Counted over the calendar on which the
// span is all working time (before a day off was added, after one was removed), so that a due moment moved by one
// day off reads "+1 d" whatever the hour.
qint64 moveBetween(const calendar::DeadlineCalculator& before, const calendar::DeadlineCalculator& after,
                   const QDateTime& from, const QDateTime& to)
{
    const QDateTime earlier = std::min(from, to);
    const QDateTime later = std::max(from, to);
    const qint64 span = std::max(before.workingMinutesBetween(earlier, later), after.workingMinutesBetween(earlier, later));
    return to >= from ? span : -span;
}

// The due moment of the legal terms alone, from the receipt: what intake stores as legal_due_at.
Result<QDateTime> legalDueMoment(const calendar::DeadlineCalculator& calculator, const dossier::Dossier& dossier)
{
    auto deadline = calculator.compute({dossier.receivedAt, dossier.limit, dossier.rule, {}, {}});
    if (!deadline) {
        return deadline.error();
    }
    return deadline->due;
}

} // namespace

QString formatMove(const MovedDue& moved)
{
    if (moved.workingMinutes == 0 && moved.stepMinutes != 0) {
        return QCoreApplication::translate("motcua::workflow", "step %1").arg(signedDuration(moved.stepMinutes, moved.dayMinutes));
    }
    if (moved.workingMinutes == 0 && moved.legalMinutes != 0) {
        return QCoreApplication::translate("motcua::workflow", "legal %1").arg(signedDuration(moved.legalMinutes, moved.dayMinutes));
    }
    return signedDuration(moved.workingMinutes, moved.dayMinutes);
}

// The calendar before and after the change, and the open dossiers it moves, with their new due moments.
struct CalendarChangeService::Plan {
    CalendarBook after;
    OfficeHours hoursAfter;
    QList<int> years; // the years to store
    QList<MovedDue> moved;
    QList<dossier::Dossier> updated; // the moved dossiers with their new due moments, in the order of `moved`
};

Result<CalendarChangeService::Plan> CalendarChangeService::plan(const CalendarChange& change) const
{
    if (Status role = DossierAccess(m_context).requireRole(identity::Role::Admin, QCoreApplication::translate("motcua::workflow", "change the working calendar"));
        !role) {
        return role.error();
    }
    const storage::CalendarRepository repository(m_context.database, m_context.clock);
    auto before = repository.loadBook();
    if (!before) {
        return before.error();
    }
    auto hoursBefore = repository.loadOfficeHours();
    if (!hoursBefore) {
        return hoursBefore.error();
    }
    Plan made{*before, *hoursBefore, {}, {}, {}};
    QSet<int> years;
    const auto edit = [&](const calendar::CalendarEdit& each) -> Status {
        auto edited = calendar::CalendarService::edited(made.after, each);
        if (!edited) {
            return edited.error();
        }
        made.after = std::move(edited).value();
        years.insert(calendar::CalendarService::yearOf(each));
        return {};
    };
    switch (change.kind) {
    case CalendarChange::Kind::Entries:
        if (change.set.isEmpty() && change.remove.isEmpty()) {
            return Error::invalid(QStringLiteral("entries"), QCoreApplication::translate("motcua::workflow", "The change has no entry."));
        }
        for (const QDate& date : change.remove) {
            if (Status removed = edit(calendar::RemoveEntry{date}); !removed) {
                return removed.error();
            }
        }
        for (const CalendarEntry& entry : change.set) {
            if (Status set = edit(calendar::SetEntry{entry}); !set) {
                return set.error();
            }
        }
        break;
    case CalendarChange::Kind::ConfirmYear:
        if (Status confirmed = edit(calendar::ConfirmYear{change.year}); !confirmed) {
            return confirmed.error();
        }
        break;
    case CalendarChange::Kind::Import:
        if (change.imported.storedYears().isEmpty()) {
            return Error::invalid(QStringLiteral("entries"), QCoreApplication::translate("motcua::workflow", "The file holds no calendar entry."));
        }
        for (int year : change.imported.storedYears()) {
            // The range check of an edit, then the year as the file gives it.
            if (Status covered = edit(calendar::ConfirmYear{year}); !covered) {
                return covered.error();
            }
            made.after.setYear(year, change.imported.entriesForYear(year));
        }
        break;
    case CalendarChange::Kind::OfficeHours: {
        made.hoursAfter = change.hours;
        made.hoursAfter.setSameDayCutoff(hoursBefore->sameDayCutoff());
        if (Status valid = made.hoursAfter.validate(); !valid) {
            return valid.error();
        }
        break;
    }
    }
    made.years = years.values();
    std::sort(made.years.begin(), made.years.end());

    auto open = storage::OpenDossierDeadlines(m_context.database).openDossiers();
    if (!open) {
        return open.error();
    }
    const calendar::WorkCalendar oldCalendar(*before, *hoursBefore);
    const calendar::WorkCalendar newCalendar(made.after, made.hoursAfter);
    const calendar::DeadlineCalculator oldCalculator(oldCalendar);
    const calendar::DeadlineCalculator newCalculator(newCalendar);
    QHash<qint64, catalogue::ProcessVersion> processes;
    for (const dossier::Dossier& dossier : *open) {
        if (!processes.contains(dossier.processId)) {
            auto procedure = m_context.catalogue.procedureById(dossier.procedureId);
            if (!procedure) {
                return procedure.error();
            }
            for (const catalogue::ProcessVersion& version : procedure->processes) {
                processes.insert(version.id, version);
            }
        }
        const catalogue::ProcessVersion process = processes.value(dossier.processId);
        const QDateTime now = storage::OpenDossierDeadlines::comparisonMoment(dossier);
        dossier::Dossier old = dossier;
        dossier::Dossier moved = dossier;
        if (Status computed = DossierAccess::computeDueMoments(oldCalendar, old, process, now); !computed) {
            return computed.error();
        }
        if (Status computed = DossierAccess::computeDueMoments(newCalendar, moved, process, now); !computed) {
            return computed.error();
        }
        qint64 stepMinutes = 0;
        for (qsizetype i = 0; i < old.steps.size(); ++i) {
            if (old.steps.at(i).dueAt != moved.steps.at(i).dueAt) {
                stepMinutes = moveBetween(oldCalculator, newCalculator, dossier.steps.at(i).dueAt,
                                          moved.steps.at(i).dueAt);
            }
        }
        // The legal due moment (without pauses and extensions: the reports' legal outcome) moves with the calendar
        // too, also where an extension holds the appointment itself in place.
        auto legalBefore = legalDueMoment(oldCalculator, dossier);
        auto legalAfter = legalDueMoment(newCalculator, dossier);
        if (!legalBefore || !legalAfter) {
            return !legalBefore ? legalBefore.error() : legalAfter.error();
        }
        const bool legalMoves = *legalBefore != *legalAfter;
        if (legalMoves) {
            moved.legalDueAt = *legalAfter;
        }
        if (old.dueAt == moved.dueAt && stepMinutes == 0 && !legalMoves) {
            continue;
        }
        made.moved.append({dossier.code, dossier.applicant.name, dossier.dueAt, moved.dueAt,
                           moveBetween(oldCalculator, newCalculator, dossier.dueAt, moved.dueAt),
                           made.hoursAfter.standardDayMinutes(), stepMinutes,
                           dossier.legalDueAt, moved.legalDueAt,
                           legalMoves ? moveBetween(oldCalculator, newCalculator, *legalBefore, *legalAfter) : 0});
        made.updated.append(std::move(moved));
    }
    return made;
}

Result<QList<MovedDue>> CalendarChangeService::preview(const CalendarChange& change) const
{
    auto planned = plan(change);
    if (!planned) {
        return planned.error();
    }
    return planned->moved;
}

Result<QList<MovedDue>> CalendarChangeService::apply(const CalendarChange& change)
{
    // Planned again inside the write transaction: what is stored is computed from the calendar and the dossiers
    // as they are at that moment, not as they were when the preview was shown.
    QList<MovedDue> moved;
    Status status = m_context.database.transaction([&]() -> Status {
        auto result = plan(change);
        if (!result) {
            return result.error();
        }
        Plan planned = std::move(result).value();
        storage::CalendarRepository repository(m_context.database, m_context.clock);
        for (int year : planned.years) {
            if (Status saved = repository.saveYear(year, planned.after.entriesForYear(year)); !saved) {
                return saved;
            }
        }
        if (change.kind == CalendarChange::Kind::OfficeHours) {
            if (Status saved = repository.saveOfficeHours(planned.hoursAfter); !saved) {
                return saved;
            }
        }
        const QString summary = change.summary();
        const DossierAccess access(m_context);
        QJsonArray codes;
        for (qsizetype i = 0; i < planned.updated.size(); ++i) {
            dossier::Dossier& dossier = planned.updated[i];
            const MovedDue& move = planned.moved.at(i);
            QJsonObject details{{QStringLiteral("old_due_at"), isoMoment(move.dueBefore)},
                                {QStringLiteral("new_due_at"), isoMoment(dossier.dueAt)},
                                {QStringLiteral("calendar"), summary}};
            // The legal due moment is told only where it is not the appointment itself (a pause, an extension).
            if (move.legalMinutes != 0 && (move.legalBefore != move.dueBefore || move.legalAfter != dossier.dueAt)) {
                details.insert(QStringLiteral("old_legal_due_at"), isoMoment(move.legalBefore));
                details.insert(QStringLiteral("new_legal_due_at"), isoMoment(move.legalAfter));
            }
            access.addEvent(dossier, QStringLiteral("calendar_change"), details);
            if (Status saved = m_context.store.save(dossier); !saved) {
                return saved;
            }
            codes.append(dossier.code);
        }
        QJsonArray years;
        QStringList changed;
        for (int year : planned.years) {
            years.append(year);
            changed << QString::number(year);
        }
        if (change.kind == CalendarChange::Kind::OfficeHours) {
            changed << QStringLiteral("hours");
        }
        // The other workstations count with the new calendar as soon as this commits.
        if (Status announced = repository.announceChange(changed.join(QLatin1Char(','))); !announced) {
            return announced;
        }
        if (Status logged = storage::AdminLog(m_context.database, m_context.clock)
                                .append(m_context.actor.id, change.logAction(),
                                        {{QStringLiteral("summary"), summary},
                                         {QStringLiteral("years"), years},
                                         {QStringLiteral("moved"), codes}});
            !logged) {
            return logged;
        }
        moved = planned.moved;
        return {};
    });
    if (!status) {
        return status.error();
    }
    return moved;
}

} // namespace motcua::workflow
