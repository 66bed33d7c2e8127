#pragma once

#include "core/workflow/AssignmentService.h"
#include "core/workflow/AvailableActions.h"
#include "core/workflow/ClosureService.h"
#include "core/workflow/DossierDetails.h"
#include "core/workflow/ExtensionService.h"
#include "core/workflow/HandoverService.h"
#include "core/workflow/IntakeService.h"
#include "core/workflow/PauseService.h"
#include "tests/support/WorkflowFixture.h"

#include <catch2/catch.hpp>

namespace motcua::test {

// Takes `action` on the dossier through its service as the context's actor, and rolls everything back: does the
// service accept it? (Receive takes a new bulletin dossier; `code` is then unused.)
inline bool serviceAccepts(WorkflowFixture& f, workflow::WorkflowContext& context, const QString& code,
                           workflow::Action action)
{
    using workflow::Action;
    bool accepted = false;
    const Status rolledBack = f.db.database().transaction([&]() -> Status {
        Result<dossier::Dossier> result = Error::invalid(QStringLiteral("action"), QStringLiteral("none"));
        switch (action) {
        case Action::Receive:
            result = workflow::IntakeService(context).receive(WorkflowFixture::bulletinRequest());
            break;
        case Action::Assign: {
            const auto details = workflow::DossierDetails::load(context, code);
            const workflow::DossierInWork work{details->dossier, details->procedure, details->process};
            const catalogue::ProcessStep* step = workflow::AssignmentService::assignedStep(work);
            QString assignee;
            for (const identity::User& user : std::as_const(f.users)) {
                if (step && user.departmentId == step->departmentId && user.has(step->role)) {
                    assignee = user.login;
                }
            }
            result = workflow::AssignmentService(context).assign(code, assignee);
            break;
        }
        case Action::Handover:
            result = workflow::HandoverService(context).handover(code, {});
            break;
        case Action::Ready:
            result = workflow::HandoverService(context).markResultReady(code, {});
            break;
        case Action::Pause:
            result = workflow::PauseService(context).pause(code, dossier::PauseReason::Supplement, {});
            break;
        case Action::Resume:
            result = workflow::PauseService(context).resume(code, {});
            break;
        case Action::Extend:
            result = workflow::ExtensionService(context).extend(code, load(f, code).dueAt.addDays(7),
                                                                QStringLiteral("Xác minh"));
            break;
        case Action::Refuse:
            result = workflow::ClosureService(context).refuse(code, QStringLiteral("x"));
            break;
        case Action::Stop:
            result = workflow::ClosureService(context).stop(code, QStringLiteral("x"));
            break;
        case Action::Withdraw:
            result = workflow::ClosureService(context).withdraw(code, QStringLiteral("x"));
            break;
        case Action::Return:
            result = workflow::ClosureService(context).returnResult(code, {});
            break;
        }
        accepted = result.ok();
        return Error::storage(QStringLiteral("roll back"));
    });
    REQUIRE_FALSE(rolledBack.ok());
    return accepted;
}

} // namespace motcua::test
