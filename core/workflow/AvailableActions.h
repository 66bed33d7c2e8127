#pragma once

#include "core/workflow/DossierAccess.h"

#include <QList>

namespace motcua::workflow {

enum class Action { Assign, Handover, Ready, Pause, Resume, Extend, Refuse, Stop, Withdraw, Return };

QString actionKey(Action action);  // "assign", "handover", …
QString actionName(Action action); // translated button text

// The actions the signed-in person may take on the dossier now, for the buttons of the dossier window. The
// services check the same rules again when an action is taken; a test keeps the two in step.
QList<Action> availableActions(const WorkflowContext& context, const DossierInWork& work);

} // namespace motcua::workflow
