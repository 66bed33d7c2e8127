#include "core/calendar/DeadlineCalculator.h"

#include "core/common/AgencyTime.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <variant>

namespace motcua::calendar {

namespace {

constexpr double kMaxDays = 3650;

} // namespace

qint64 TimeLimit::workingMinutes(int dayMinutes) const
{
    const double perUnit = unit == Unit::WorkingDays ? dayMinutes : 60.0;
    return std::llround(amount * perUnit);
}

Status TimeLimit::validate(const QString& field) const
{
    if (!std::isfinite(amount) || amount < 0) {
        return Error::invalid(field, QCoreApplication::translate(
                                         "motcua::DeadlineCalculator",
                                         "The time limit must be a number of working days or hours, not negative."));
    }
    const double maxAmount = unit == Unit::WorkingDays ? kMaxDays : kMaxDays * 8;
    if (amount > maxAmount) {
        return Error::invalid(
            field, QCoreApplication::translate("motcua::DeadlineCalculator", "The time limit is too long (at most %1).")
                       .arg(maxAmount));
    }
    if (unit == Unit::WorkingHours && amount == 0) {
        return Error::invalid(field, QCoreApplication::translate("motcua::DeadlineCalculator",
                                                                 "A limit in working hours must be more than 0."));
    }
    return {};
}

QString formatTimeLimit(const TimeLimit& limit)
{
    const QString amount = QLocale().toString(limit.amount, 'g', 6);
    if (limit.unit == TimeLimit::Unit::WorkingHours) {
        return QCoreApplication::translate("motcua::TimeLimit", "%1 working hours").arg(amount);
    }
    if (limit.isSameDay()) {
        return QCoreApplication::translate("motcua::TimeLimit", "the same day");
    }
    return QCoreApplication::translate("motcua::TimeLimit", "%1 working days").arg(amount);
}

QString countingRuleKey(CountingRule rule)
{
    return rule == CountingRule::SameSession ? QStringLiteral("session") : QStringLiteral("default");
}

std::optional<CountingRule> countingRuleFromKey(const QString& key)
{
    if (key == QLatin1String("default")) {
        return CountingRule::WorkingTime;
    }
    if (key == QLatin1String("session")) {
        return CountingRule::SameSession;
    }
    return std::nullopt;
}

QString timelinessKey(Timeliness timeliness)
{
    switch (timeliness) {
    case Timeliness::Early:
        return QStringLiteral("early");
    case Timeliness::OnTime:
        return QStringLiteral("on-time");
    case Timeliness::Late:
        return QStringLiteral("late");
    }
    return {};
}

Result<QDateTime> DeadlineCalculator::due(const QDateTime& received, const TimeLimit& limit, CountingRule rule) const
{
    auto deadline = compute({received, limit, rule, {}, {}}, false);
    if (!deadline) {
        return deadline.error();
    }
    return deadline->due;
}

Result<qint64> DeadlineCalculator::legalDueStamp(const DeadlineRequest& request, QList<ExplanationFact>* facts) const
{
    const qint64 received = WorkCalendar::stamp(request.received);
    const QDate receivedDay = request.received.date();
    const int dayMinutes = m_calendar.hours().standardDayMinutes();
    const TimeLimit& limit = request.limit;

    if (request.rule == CountingRule::SameSession) {
        if (limit.unit != TimeLimit::Unit::WorkingDays || limit.amount != std::floor(limit.amount)) {
            return Error::invalid(
                QStringLiteral("limit"),
                QCoreApplication::translate("motcua::DeadlineCalculator",
                                            "The morning → morning rule needs a whole number of working days."));
        }
        // The session of receipt: the one under way or the next one that day; after closing, the next morning.
        QDate startDay = receivedDay;
        qsizetype session = -1;
        const QList<Session>& sessions = m_calendar.sessionsOn(receivedDay);
        for (qsizetype i = 0; i < sessions.size(); ++i) {
            if (WorkCalendar::minuteOfDay(received) < sessions.at(i).end) {
                session = i;
                break;
            }
        }
        if (session < 0) {
            startDay = m_calendar.workingDayAfter(receivedDay, 1);
            session = 0;
        }
        const int days = static_cast<int>(limit.amount);
        const QDate dueDay = days == 0 ? startDay : m_calendar.workingDayAfter(startDay, days);
        if (!dueDay.isValid()) {
            return Error::invalid(QStringLiteral("limit"),
                                  QCoreApplication::translate("motcua::DeadlineCalculator",
                                                              "The due date falls outside the working calendar."));
        }
        if (facts) {
            facts->append({ExplanationFact::Kind::Rule,
                           {},
                           {},
                           {},
                           {},
                           QStringLiteral("session"),
                           0,
                           limit.amount,
                           false,
                           dayMinutes});
        }
        const QList<Session>& dueSessions = m_calendar.sessionsOn(dueDay);
        return WorkCalendar::stamp(dueDay, dueSessions.at(std::min(session, dueSessions.size() - 1)).end);
    }

    if (limit.isSameDay()) {
        const QTime cutoff = m_calendar.hours().sameDayCutoff();
        const bool beforeCutoff =
            m_calendar.isWorkingDay(receivedDay) && request.received.time() < cutoff &&
            WorkCalendar::minuteOfDay(received) < m_calendar.sessionsOn(receivedDay).constLast().end;
        const QDate dueDay = beforeCutoff ? receivedDay : m_calendar.workingDayAfter(receivedDay, 1);
        if (!dueDay.isValid()) {
            return Error::invalid(QStringLiteral("limit"),
                                  QCoreApplication::translate("motcua::DeadlineCalculator",
                                                              "The due date falls outside the working calendar."));
        }
        if (facts) {
            facts->append({ExplanationFact::Kind::Rule,
                           {},
                           agencyTime(receivedDay, cutoff),
                           {},
                           {},
                           QStringLiteral("same-day"),
                           0,
                           0,
                           false,
                           dayMinutes});
            if (!beforeCutoff && m_calendar.isWorkingDay(receivedDay)) {
                facts->append({ExplanationFact::Kind::AfterCutoff,
                               request.received,
                               agencyTime(receivedDay, cutoff),
                               {},
                               {},
                               {},
                               0,
                               0,
                               false,
                               dayMinutes});
            }
        }
        return WorkCalendar::stamp(dueDay, m_calendar.sessionsOn(dueDay).constLast().end);
    }

    const qint64 minutes = limit.workingMinutes(dayMinutes);
    if (facts) {
        const bool hours = limit.unit == TimeLimit::Unit::WorkingHours;
        facts->append({ExplanationFact::Kind::Rule,
                       {},
                       {},
                       {},
                       {},
                       hours ? QStringLiteral("hours") : QStringLiteral("days"),
                       minutes,
                       limit.amount,
                       false,
                       dayMinutes});
        const qint64 start = m_calendar.nextWorkingInstant(received);
        if (start != received) {
            facts->append({ExplanationFact::Kind::StartMoved,
                           request.received,
                           WorkCalendar::toDateTime(start),
                           {},
                           {},
                           {},
                           0,
                           0,
                           false,
                           dayMinutes});
        }
    }
    return dueStamp(received, minutes);
}

Result<Deadline> DeadlineCalculator::compute(const DeadlineRequest& request, bool explain) const
{
    if (!request.received.isValid()) {
        return Error::invalid(QStringLiteral("received"),
                              QCoreApplication::translate("motcua::DeadlineCalculator",
                                                          "The moment of receipt is not a valid date and time."));
    }
    if (!m_calendar.covers(request.received.date())) {
        return Error::invalid(
            QStringLiteral("received"),
            QCoreApplication::translate("motcua::DeadlineCalculator",
                                        "The moment of receipt is outside the working calendar (%1 – %2).")
                .arg(m_calendar.firstDay().toString(QStringLiteral("dd/MM/yyyy")),
                     m_calendar.lastDay().toString(QStringLiteral("dd/MM/yyyy"))));
    }
    if (Status valid = request.limit.validate(QStringLiteral("limit")); !valid) {
        return valid.error();
    }

    const int dayMinutes = m_calendar.hours().standardDayMinutes();
    QList<ExplanationFact> facts;
    if (explain) {
        facts.append({ExplanationFact::Kind::Received, request.received, {}, {}, {}, {}, 0, 0, false, dayMinutes});
    }
    auto legal = legalDueStamp(request, explain ? &facts : nullptr);
    if (!legal) {
        return legal.error();
    }

    // Pauses and extensions, in the order they happened.
    QList<Pause> pauses = request.pauses;
    for (const Pause& pause : pauses) {
        if (!pause.from.isValid() || !pause.to.isValid() || pause.to < pause.from) {
            return Error::invalid(QStringLiteral("pause"),
                                  QCoreApplication::translate("motcua::DeadlineCalculator",
                                                              "A pause must have a start and an end after it."));
        }
        if (pause.from < request.received) {
            return Error::invalid(QStringLiteral("pause"),
                                  QCoreApplication::translate("motcua::DeadlineCalculator",
                                                              "A pause cannot start before the moment of receipt."));
        }
        if (!m_calendar.covers(pause.to.date())) {
            return Error::invalid(QStringLiteral("pause"),
                                  QCoreApplication::translate("motcua::DeadlineCalculator",
                                                              "A pause ends outside the working calendar."));
        }
    }
    std::sort(pauses.begin(), pauses.end(), [](const Pause& a, const Pause& b) { return a.from < b.from; });
    QList<Extension> extensions = request.extensions;
    std::sort(extensions.begin(), extensions.end(),
              [](const Extension& a, const Extension& b) { return a.grantedAt < b.grantedAt; });

    qint64 due = *legal;
    qint64 pausedMinutes = 0;
    qint64 pausedUntil = 0; // overlapping pauses count once
    QList<ExplanationFact> eventFacts;
    auto nextExtension = extensions.cbegin();
    const auto applyExtensionsUntil = [&](const QDateTime& moment) {
        for (; nextExtension != extensions.cend() && (!moment.isValid() || nextExtension->grantedAt <= moment);
             ++nextExtension) {
            due = WorkCalendar::stamp(nextExtension->newDue);
            eventFacts.append({ExplanationFact::Kind::Extension,
                               nextExtension->grantedAt,
                               nextExtension->newDue,
                               {},
                               {},
                               nextExtension->reason,
                               0,
                               0,
                               false,
                               dayMinutes});
        }
    };
    for (const Pause& pause : pauses) {
        applyExtensionsUntil(pause.from);
        if (pause.restart) {
            // The whole limit counts again from the end of the pause, under the same rule.
            DeadlineRequest again = request;
            again.received = pause.to;
            auto restarted = legalDueStamp(again, nullptr);
            if (!restarted) {
                return restarted.error();
            }
            due = *restarted;
            pausedUntil = std::max(pausedUntil, WorkCalendar::stamp(pause.to));
            eventFacts.append(
                {ExplanationFact::Kind::Restart, pause.from, pause.to, {}, {}, pause.reason, 0, 0, false, dayMinutes});
            continue;
        }
        const qint64 from = std::max(WorkCalendar::stamp(pause.from), pausedUntil);
        const qint64 to = WorkCalendar::stamp(pause.to);
        const qint64 minutes = to > from ? m_calendar.workingMinutesBetween(from, to) : 0;
        pausedUntil = std::max(pausedUntil, to);
        pausedMinutes += minutes;
        due = m_calendar.addWorkingMinutes(due, minutes);
        eventFacts.append(
            {ExplanationFact::Kind::Pause, pause.from, pause.to, {}, {}, pause.reason, minutes, 0, false, dayMinutes});
    }
    applyExtensionsUntil(QDateTime()); // the rest

    if (!m_calendar.covers(WorkCalendar::dateOf(due))) {
        return Error::invalid(QStringLiteral("limit"),
                              QCoreApplication::translate("motcua::DeadlineCalculator",
                                                          "The due date falls outside the working calendar."));
    }

    Deadline deadline;
    deadline.due = WorkCalendar::toDateTime(due);
    deadline.legalDue = WorkCalendar::toDateTime(*legal);
    deadline.pausedMinutes = pausedMinutes;
    if (explain) {
        explainDaysOff(request.received.date(), std::max(deadline.due.date(), deadline.legalDue.date()), facts);
        facts.append(eventFacts);
        facts.append({ExplanationFact::Kind::Due, deadline.due, {}, {}, {}, {}, 0, 0, false, dayMinutes});
        deadline.explanation = std::move(facts);
    }
    return deadline;
}

void DeadlineCalculator::explainDaysOff(const QDate& from, const QDate& to, QList<ExplanationFact>& facts) const
{
    const int dayMinutes = m_calendar.hours().standardDayMinutes();
    ExplanationFact* weekend = nullptr;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        const auto entry = m_calendar.entryOn(day);
        if (entry && entry->kind == DayKind::Workday) {
            facts.append({ExplanationFact::Kind::MakeUpDay, {}, {}, day, {}, entry->name, 0, 0, false, dayMinutes});
            weekend = nullptr;
        } else if (entry) {
            facts.append({ExplanationFact::Kind::Holiday,
                          {},
                          {},
                          day,
                          {},
                          entry->name,
                          0,
                          0,
                          entry->kind == DayKind::Substitute,
                          dayMinutes});
            weekend = nullptr;
        } else if (!m_calendar.isWorkingDay(day)) {
            if (weekend) {
                weekend->lastDate = day;
            } else {
                facts.append({ExplanationFact::Kind::Weekend, {}, {}, day, day, {}, 0, 0, false, dayMinutes});
                weekend = &facts.last();
            }
        } else {
            weekend = nullptr;
        }
    }
}

Result<QDateTime> DeadlineCalculator::stepDue(const DeadlineRequest& dossier, const QDateTime& started,
                                              const TimeLimit& budget, const QDateTime& finished) const
{
    const bool wholeDays = budget.unit == TimeLimit::Unit::WorkingDays && budget.amount == std::floor(budget.amount);
    DeadlineRequest step{started,
                         budget,
                         dossier.rule == CountingRule::SameSession && wholeDays ? CountingRule::SameSession
                                                                                : CountingRule::WorkingTime,
                         {},
                         {}};
    for (const Pause& pause : dossier.pauses) {
        if (pause.from >= started && (!finished.isValid() || pause.from < finished)) {
            step.pauses.append(pause);
        }
    }
    auto deadline = compute(step, false);
    if (!deadline) {
        return deadline.error();
    }
    return deadline->due;
}

QDateTime DeadlineCalculator::dueWithinEnd(const QDateTime& now, double hours) const
{
    const qint64 minutes = std::llround(std::max(0.0, hours) * 60);
    return WorkCalendar::toDateTime(m_calendar.addWorkingMinutes(WorkCalendar::stamp(now), minutes));
}

QDateTime DeadlineCalculator::dueSoonEnd(const QDateTime& now) const
{
    return dueWithinEnd(now, m_calendar.hours().standardDayMinutes() / 60.0);
}

QDateTime DeadlineCalculator::endOfOfficeDay(const QDateTime& now) const
{
    const QDateTime local = toAgencyTime(now);
    const auto& sessions = m_calendar.sessionsOn(local.date());
    if (sessions.isEmpty()) {
        return local;
    }
    const QDateTime end = WorkCalendar::toDateTime(WorkCalendar::stamp(local.date(), sessions.constLast().end));
    return std::max(end, local);
}

qint64 DeadlineCalculator::workingMinutesBetween(const QDateTime& from, const QDateTime& to) const
{
    if (to <= from) {
        return 0;
    }
    return m_calendar.workingMinutesBetween(WorkCalendar::stamp(from), WorkCalendar::stamp(to));
}

Punctuality DeadlineCalculator::classify(const QDateTime& finished, const QDateTime& due) const
{
    if (finished.date() < due.date()) {
        return {Timeliness::Early, 0, 0};
    }
    if (finished <= due) {
        return {Timeliness::OnTime, 0, 0};
    }
    return {Timeliness::Late, m_calendar.workingDaysBetween(due.date(), finished.date()),
            workingMinutesBetween(due, finished)};
}

} // namespace motcua::calendar
