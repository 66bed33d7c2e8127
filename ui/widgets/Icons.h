#pragma once

#include "core/workflow/AvailableActions.h"

#include <QIcon>

namespace motcua::ui::icons {

// The icons of the windows: the application's own (drawn for MotCua, resources/icons/motcua.svg) and the
// rest from one freedesktop theme, Breeze (Debian package breeze-icon-theme, LGPL-3.0), by their standard
// names, so that every screen reads the same way.
enum class Icon {
    Intake,
    Online,
    MyWork,
    AllDossiers,
    Dashboard,
    Reports,
    Catalogue,
    Print,
    Register,
    Templates,
    Preview,
    ChangePassword,
    SignOut,
    Quit,
    Language,
    Users,
    AddUser,
    EditUser,
    DisableUser,
    EnableUser,
    Unlock,
    Backup,
    Restore,
    Settings,
    AdminLog,
    Calendar,
    About, // the last: the icons test walks up to it
};

// Chooses the Breeze theme when it is installed (the desktop's own theme otherwise), before any window shows.
void installTheme();
QIcon application();
QIcon icon(Icon which);
QIcon action(workflow::Action action);
// The theme name behind an icon, for tests: each must exist in the installed theme.
QString themeName(Icon which);
QString themeName(workflow::Action action);

} // namespace motcua::ui::icons
