#include "core/dossier/StateFromHistory.h"

#include "core/common/AgencyTime.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace motcua::dossier {

namespace {

const QString kResume = QStringLiteral("resume");
const QString kPause = QStringLiteral("pause");

QJsonObject detailsOf(const QString& details)
{
    return QJsonDocument::fromJson(details.toUtf8()).object();
}

// An integer of the compact JSON the workflow writes ("to_step":6), read without parsing the whole object.
int intField(const QString& details, QLatin1String key)
{
    const QString marker = QLatin1Char('"') + key + QStringLiteral("\":");
    const qsizetype at = details.indexOf(marker);
    if (at < 0) {
        return detailsOf(details).value(key).toInt();
    }
    qsizetype end = at + marker.size();
    while (end < details.size() && details.at(end).isDigit()) {
        ++end;
    }
    return QStringView(details).mid(at + marker.size(), end - at - marker.size()).toInt();
}

bool isClosing(const QString& action)
{
    static const QStringList closing{QStringLiteral("refuse"), QStringLiteral("stop"), QStringLiteral("withdraw"),
                                     QStringLiteral("return")};
    return closing.contains(action);
}

QString moment(const QDateTime& at)
{
    return at.isValid() ? at.toString(QStringLiteral("HH:mm dd/MM/yyyy")) : StateFromHistory::tr("none");
}

} // namespace

const QStringList& StateFromHistory::actions()
{
    static const QStringList all{QStringLiteral("submit_online"),
                                 QStringLiteral("resubmit_online"),
                                 QStringLiteral("receive"),
                                 QStringLiteral("assign"),
                                 QStringLiteral("handover"),
                                 kPause,
                                 kResume,
                                 QStringLiteral("ready"),
                                 QStringLiteral("refuse"),
                                 QStringLiteral("stop"),
                                 QStringLiteral("withdraw"),
                                 QStringLiteral("return"),
                                 QStringLiteral("extend"),
                                 QStringLiteral("calendar_change")};
    return all;
}

void StateFromHistory::add(const QString& action, const QString& details)
{
    m_any = true;
    std::optional<DossierStatus> status;
    bool setsStatus = true;
    if (action == QLatin1String("submit_online") || action == QLatin1String("resubmit_online")) {
        status = DossierStatus::SubmittedOnline;
    } else if (action == QLatin1String("receive")) {
        status = DossierStatus::Accepted;
        m_dueAction = action;
        m_due = momentFromIso(detailsOf(details).value(QStringLiteral("due_at")).toString());
    } else if (action == QLatin1String("assign")) {
        // An assignment within the step leaves the status; one that hands the step over starts processing.
        setsStatus = details.contains(QLatin1String("\"to_step\""));
        status = DossierStatus::Processing;
    } else if (action == QLatin1String("handover")) {
        // Handed over into the last step (the return), the result is ready at once.
        status = DossierStatus::Processing;
        m_handedTo = intField(details, QLatin1String("to_step"));
    } else if (action == kPause) {
        const QString reason = detailsOf(details).value(QStringLiteral("reason")).toString();
        setsStatus = reason == QLatin1String("supplement") || reason == QLatin1String("financial");
        status = reason == QLatin1String("supplement") ? DossierStatus::SupplementRequested
                                                       : DossierStatus::FinancialObligation;
        m_pauseAction = action;
    } else if (action == kResume) {
        m_pauseAction = action;
        m_dueAction = action;
        m_due = momentFromIso(detailsOf(details).value(QStringLiteral("due_at")).toString());
    } else if (action == QLatin1String("ready")) {
        status = DossierStatus::ResultReady;
    } else if (action == QLatin1String("refuse")) {
        status = DossierStatus::Refused;
    } else if (action == QLatin1String("stop")) {
        status = DossierStatus::Stopped;
    } else if (action == QLatin1String("withdraw")) {
        status = DossierStatus::Withdrawn;
    } else if (action == QLatin1String("return")) {
        status = DossierStatus::Returned;
    } else if (action == QLatin1String("extend") || action == QLatin1String("calendar_change")) {
        setsStatus = false;
        m_dueAction = action;
        m_due = momentFromIso(detailsOf(details).value(QStringLiteral("new_due_at")).toString());
    } else {
        setsStatus = false;
    }
    if (isClosing(action)) {
        m_pauseAction = action;
    }
    if (setsStatus) {
        m_statusAction = action;
        m_status = action == kResume ? std::nullopt : status;
    }
}

QList<StateFromHistory::Mismatch> StateFromHistory::check(const Stored& stored) const
{
    QList<Mismatch> found;
    if (!m_any) {
        found.append({QStringLiteral("history"), tr("it has no event that received or submitted it")});
        return found;
    }
    // A resume gives back the status of the step the dossier is at: accepted at the first, processing after.
    DossierStatus expected =
        m_status.value_or(stored.currentStep <= 1 ? DossierStatus::Accepted : DossierStatus::Processing);
    if (m_statusAction == QLatin1String("handover") && m_handedTo > 0 && m_handedTo == stored.processSteps) {
        expected = DossierStatus::ResultReady;
    }
    if (!m_statusAction.isEmpty() && stored.status != expected) {
        found.append({QStringLiteral("status"), tr("its status is %1 (%2) but its last event \"%3\" makes it %4 (%5)")
                                                    .arg(static_cast<int>(stored.status))
                                                    .arg(statusName(stored.status), m_statusAction)
                                                    .arg(static_cast<int>(expected))
                                                    .arg(statusName(expected))});
    }
    const bool pausedByHistory = m_pauseAction == kPause;
    if (stored.paused != pausedByHistory) {
        found.append({QStringLiteral("paused"),
                      stored.paused ? tr("it is marked paused but no pause is running in its history")
                                    : tr("its history has a pause running but it is not marked paused")});
    }
    const bool withSteps = !isClosed(stored.status) && stored.status != DossierStatus::SubmittedOnline;
    if (m_openSteps.size() > 1) {
        found.append({QStringLiteral("step"), tr("%1 steps are open at once").arg(m_openSteps.size())});
    } else if (withSteps && m_openSteps.isEmpty()) {
        found.append({QStringLiteral("step"), tr("it is at step %1 but no step is open").arg(stored.currentStep)});
    } else if (withSteps) {
        const OpenStep& open = m_openSteps.constFirst();
        if (stored.currentStep != open.position) {
            found.append({QStringLiteral("step"), tr("it is at step %1 but the open step is %2")
                                                      .arg(stored.currentStep)
                                                      .arg(open.position)});
        }
        if (stored.assigneeId != open.assigneeId) {
            found.append({QStringLiteral("assignee"), tr("its assignee (user %1) is not the open step's (user %2)")
                                                          .arg(stored.assigneeId)
                                                          .arg(open.assigneeId)});
        }
    } else if (stored.currentStep != 0 || stored.assigneeId != 0 || !m_openSteps.isEmpty()) {
        found.append({QStringLiteral("step"), tr("it is closed or waiting online but still has a step or an assignee")});
    }
    if (!m_dueAction.isEmpty() && stored.dueAt != m_due) {
        found.append({QStringLiteral("due"), tr("its due moment is %1 but its last event \"%2\" set %3")
                                                 .arg(moment(stored.dueAt), m_dueAction, moment(m_due))});
    }
    return found;
}

} // namespace motcua::dossier
