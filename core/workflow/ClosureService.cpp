#include "core/workflow/ClosureService.h"

#include "core/common/TextBounds.h"
#include "core/workflow/DossierAccess.h"

#include <QCoreApplication>
#include <QStringList>

namespace motcua::workflow {

using namespace motcua::dossier;
using identity::Role;

namespace {

QString actionName(const QString& action)
{
    if (action == QLatin1String("refuse")) {
        return QCoreApplication::translate("motcua::workflow", "refuse");
    }
    if (action == QLatin1String("stop")) {
        return QCoreApplication::translate("motcua::workflow", "stop");
    }
    if (action == QLatin1String("withdraw")) {
        return QCoreApplication::translate("motcua::workflow", "withdraw");
    }
    return QCoreApplication::translate("motcua::workflow", "return the result of");
}

} // namespace

Result<Dossier> ClosureService::close(const QString& code, int expectedVersion, DossierStatus status,
                                      const QString& action, const QString& reason, Action permission)
{
    if (Status bounded = TextBounds::check(reason, TextKind::Note, QStringLiteral("reason")); !bounded) {
        return bounded.error();
    }
    DossierAccess access(m_context);
    return access.change(code, expectedVersion, [&](DossierInWork& work) -> Status {
        Dossier& dossier = work.dossier;
        // Who may: the rights table (Permissions); a head acts only on the dossiers of their department (the
        // handling one, or the one holding it now).
        const identity::User& actor = m_context.actor;
        const QList<Role> roles = Permissions::rolesFor(permission);
        if (std::none_of(roles.cbegin(), roles.cend(), [&](Role role) { return actor.has(role); })) {
            QStringList names;
            for (Role role : roles) {
                names << identity::roleName(role);
            }
            return Error{
                ErrorCode::Forbidden,
                QCoreApplication::translate("motcua::workflow", "%1 may not %2 a dossier: it needs the role %3.")
                    .arg(m_context.actor.login, actionName(action), names.join(QStringLiteral(" / "))),
                QStringLiteral("actor")};
        }
        if (!Permissions::allowsActor(actor, permission, work)) {
            return Error{ErrorCode::Forbidden,
                         QCoreApplication::translate("motcua::workflow",
                                                     "%1 may not %2 dossier %3: it is handled by another department.")
                             .arg(actor.login, actionName(action), dossier.code),
                         QStringLiteral("actor")};
        }
        if (Status open = DossierAccess::requireOpen(dossier); !open) {
            return open;
        }
        if (status == DossierStatus::Returned && dossier.status != DossierStatus::ResultReady) {
            return Error{
                ErrorCode::IllegalState,
                QCoreApplication::translate("motcua::workflow", "The result of %1 is not ready yet.").arg(code),
                QStringLiteral("status")};
        }
        if (status != DossierStatus::Returned && dossier.status == DossierStatus::ResultReady) {
            return Error{
                ErrorCode::IllegalState,
                QCoreApplication::translate("motcua::workflow", "The result of %1 is ready: it can only be returned.")
                    .arg(code),
                QStringLiteral("status")};
        }
        if (status != DossierStatus::Returned && reason.trimmed().isEmpty()) {
            return Error::invalid(QStringLiteral("reason"),
                                  QCoreApplication::translate("motcua::workflow", "The reason is required."));
        }
        const QDateTime now = m_context.now();
        for (PauseRecord& pause : dossier.pauses) {
            if (!pause.endedAt.isValid()) {
                pause.endedAt = now;
            }
        }
        access.finishOpenStep(dossier, reason);
        dossier.paused = false;
        dossier.status = status;
        if (status == DossierStatus::Returned) {
            dossier.returnedAt = now;
        } else {
            dossier.finishedAt = now;
        }
        dossier.resultNote = reason;
        dossier.currentStep = 0;
        dossier.assigneeId = 0;
        access.addEvent(dossier, action, {{QStringLiteral("reason"), reason}});
        return {};
    });
}

Result<Dossier> ClosureService::refuse(const QString& code, const QString& reason, int expectedVersion)
{
    return close(code, expectedVersion, DossierStatus::Refused, QStringLiteral("refuse"), reason,
                 Action::Refuse);
}

Result<Dossier> ClosureService::stop(const QString& code, const QString& reason, int expectedVersion)
{
    return close(code, expectedVersion, DossierStatus::Stopped, QStringLiteral("stop"), reason, Action::Stop);
}

Result<Dossier> ClosureService::withdraw(const QString& code, const QString& reason, int expectedVersion)
{
    return close(code, expectedVersion, DossierStatus::Withdrawn, QStringLiteral("withdraw"), reason, Action::Withdraw);
}

Result<Dossier> ClosureService::returnResult(const QString& code, const QString& note, int expectedVersion)
{
    if (Status bounded = TextBounds::check(note, TextKind::Note, QStringLiteral("note")); !bounded) {
        return bounded.error();
    }
    return close(code, expectedVersion, DossierStatus::Returned, QStringLiteral("return"), note, Action::Return);
}

} // namespace motcua::workflow
