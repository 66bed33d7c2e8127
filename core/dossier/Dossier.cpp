#include "core/dossier/Dossier.h"

#include <QCoreApplication>

namespace motcua::dossier {

QString statusName(DossierStatus status)
{
    switch (status) {
    case DossierStatus::SubmittedOnline:
        return QCoreApplication::translate("motcua::dossier", "Submitted online, not yet accepted");
    case DossierStatus::Accepted:
        return QCoreApplication::translate("motcua::dossier", "Accepted");
    case DossierStatus::Refused:
        return QCoreApplication::translate("motcua::dossier", "Refused");
    case DossierStatus::Processing:
        return QCoreApplication::translate("motcua::dossier", "Being processed");
    case DossierStatus::SupplementRequested:
        return QCoreApplication::translate("motcua::dossier", "Supplement requested");
    case DossierStatus::FinancialObligation:
        return QCoreApplication::translate("motcua::dossier", "Financial obligation requested");
    case DossierStatus::Withdrawn:
        return QCoreApplication::translate("motcua::dossier", "Withdrawn by the applicant");
    case DossierStatus::Stopped:
        return QCoreApplication::translate("motcua::dossier", "Stopped");
    case DossierStatus::ResultReady:
        return QCoreApplication::translate("motcua::dossier", "Result ready");
    case DossierStatus::Returned:
        return QCoreApplication::translate("motcua::dossier", "Result returned");
    }
    return {};
}

bool isClosed(DossierStatus status)
{
    return status == DossierStatus::Refused || status == DossierStatus::Withdrawn || status == DossierStatus::Stopped ||
           status == DossierStatus::Returned;
}

bool isPaused(DossierStatus status)
{
    return isIn(StatusGroup::Paused, status);
}

const QList<DossierStatus>& statusesIn(StatusGroup group)
{
    using enum DossierStatus;
    static const QList<DossierStatus> inProgress{Accepted, Processing};
    static const QList<DossierStatus> paused{SupplementRequested, FinancialObligation};
    static const QList<DossierStatus> open = inProgress + paused;
    static const QList<DossierStatus> finished{Refused, Withdrawn, Stopped, ResultReady, Returned};
    switch (group) {
    case StatusGroup::InProgress:
        return inProgress;
    case StatusGroup::Paused:
        return paused;
    case StatusGroup::Open:
        return open;
    case StatusGroup::Finished:
        return finished;
    }
    return finished;
}

bool isIn(StatusGroup group, DossierStatus status)
{
    return statusesIn(group).contains(status);
}

std::optional<Channel> channelFromKey(const QString& key)
{
    for (Channel channel : {Channel::Counter, Channel::Online, Channel::Post}) {
        if (channelKey(channel) == key) {
            return channel;
        }
    }
    return std::nullopt;
}

QString channelKey(Channel channel)
{
    switch (channel) {
    case Channel::Counter:
        return QStringLiteral("counter");
    case Channel::Online:
        return QStringLiteral("online");
    case Channel::Post:
        return QStringLiteral("post");
    }
    return {};
}

QString channelName(Channel channel)
{
    switch (channel) {
    case Channel::Counter:
        return QCoreApplication::translate("motcua::dossier", "at the counter");
    case Channel::Online:
        return QCoreApplication::translate("motcua::dossier", "online");
    case Channel::Post:
        return QCoreApplication::translate("motcua::dossier", "by post");
    }
    return {};
}

std::optional<Delivery> deliveryFromKey(const QString& key)
{
    if (key == QLatin1String("counter")) {
        return Delivery::Counter;
    }
    if (key == QLatin1String("post")) {
        return Delivery::Post;
    }
    return std::nullopt;
}

QString deliveryKey(Delivery delivery)
{
    return delivery == Delivery::Post ? QStringLiteral("post") : QStringLiteral("counter");
}

std::optional<PauseReason> pauseReasonFromKey(const QString& key)
{
    for (PauseReason reason :
         {PauseReason::Supplement, PauseReason::Financial, PauseReason::Verification, PauseReason::Other}) {
        if (pauseReasonKey(reason) == key) {
            return reason;
        }
    }
    return std::nullopt;
}

QString pauseReasonKey(PauseReason reason)
{
    switch (reason) {
    case PauseReason::Supplement:
        return QStringLiteral("supplement");
    case PauseReason::Financial:
        return QStringLiteral("financial");
    case PauseReason::Verification:
        return QStringLiteral("verification");
    case PauseReason::Other:
        return QStringLiteral("other");
    }
    return {};
}

QString pauseReasonName(PauseReason reason)
{
    switch (reason) {
    case PauseReason::Supplement:
        return QCoreApplication::translate("motcua::dossier", "supplement requested");
    case PauseReason::Financial:
        return QCoreApplication::translate("motcua::dossier", "financial obligation");
    case PauseReason::Verification:
        return QCoreApplication::translate("motcua::dossier", "verification");
    case PauseReason::Other:
        return QCoreApplication::translate("motcua::dossier", "other reason");
    }
    return {};
}

calendar::DeadlineRequest Dossier::deadlineRequest(const QDateTime& now) const
{
    calendar::DeadlineRequest request{receivedAt, limit, rule, {}, {}};
    for (const PauseRecord& pause : pauses) {
        QString reason = pauseReasonName(pause.reason);
        if (!pause.note.isEmpty()) {
            reason += QStringLiteral(": ") + pause.note;
        }
        const bool restart = onSupplement == catalogue::SupplementBehaviour::Restart &&
                             pause.reason == PauseReason::Supplement && pause.endedAt.isValid();
        request.pauses.append({pause.startedAt, pause.endedAt.isValid() ? pause.endedAt : now, reason, restart});
    }
    for (const ExtensionRecord& extension : extensions) {
        request.extensions.append({extension.grantedAt, extension.newDueAt, extension.reason});
    }
    return request;
}

const StepInstance* Dossier::openStep() const
{
    for (auto step = steps.crbegin(); step != steps.crend(); ++step) {
        if (!step->finishedAt.isValid()) {
            return &*step;
        }
    }
    return nullptr;
}

} // namespace motcua::dossier
