#pragma once

#include "core/workflow/DossierAccess.h"
#include "core/workflow/Permissions.h"

#include <QList>

namespace motcua::workflow {

QString actionKey(Action action);  // "assign", "handover", …
QString actionName(Action action); // translated button text

// The actions the signed-in person may take on the dossier now, for the buttons of the dossier window: what the
// rights table (Permissions) allows, where the process lets the dossier go. The services read the same table when
// an action is taken; tests keep the two in step (AvailableActionsTest, PermissionMatrixTest).
QList<Action> availableActions(const WorkflowContext& context, const DossierInWork& work);

} // namespace motcua::workflow
