#include "ui/widgets/Icons.h"

#include <QDir>
#include <QStandardPaths>

namespace motcua::ui::icons {

void installTheme()
{
    // Some platforms (offscreen, a bare X server) name no icon folders: add the XDG data folders' icons.
    QStringList paths = QIcon::themeSearchPaths();
    for (const QString& path : QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, QStringLiteral("icons"),
                                                         QStandardPaths::LocateDirectory)) {
        if (!paths.contains(path)) {
            paths << path;
        }
    }
    QIcon::setThemeSearchPaths(paths);
    const QString breeze = QStringLiteral("breeze");
    for (const QString& path : paths) {
        if (QDir(path).exists(breeze + QStringLiteral("/index.theme"))) {
            QIcon::setThemeName(breeze);
            break;
        }
    }
    QIcon::setFallbackThemeName(breeze);
}

QIcon application()
{
    return QIcon(QStringLiteral(":/icons/motcua.svg"));
}

QString themeName(Icon which)
{
    switch (which) {
    case Icon::Intake:
        return QStringLiteral("document-new");
    case Icon::Online:
        return QStringLiteral("mail-folder-inbox");
    case Icon::MyWork:
        return QStringLiteral("view-task");
    case Icon::AllDossiers:
        return QStringLiteral("view-list-details");
    case Icon::Dashboard:
        return QStringLiteral("view-statistics");
    case Icon::Reports:
        return QStringLiteral("office-chart-bar");
    case Icon::Catalogue:
        return QStringLiteral("documentation");
    case Icon::Print:
        return QStringLiteral("document-print");
    case Icon::Register:
        return QStringLiteral("view-calendar-tasks");
    case Icon::Templates:
        return QStringLiteral("document-save-as");
    case Icon::Preview:
        return QStringLiteral("document-preview");
    case Icon::ChangePassword:
        return QStringLiteral("dialog-password");
    case Icon::SignOut:
        return QStringLiteral("system-log-out");
    case Icon::Quit:
        return QStringLiteral("application-exit");
    case Icon::Language:
        return QStringLiteral("preferences-desktop-locale");
    case Icon::Users:
        return QStringLiteral("system-users");
    case Icon::AddUser:
        return QStringLiteral("user-group-new");
    case Icon::EditUser:
        return QStringLiteral("document-edit");
    case Icon::DisableUser:
        return QStringLiteral("im-user-offline");
    case Icon::EnableUser:
        return QStringLiteral("im-user");
    case Icon::Unlock:
        return QStringLiteral("unlock");
    case Icon::Backup:
        return QStringLiteral("backup");
    case Icon::Restore:
        return QStringLiteral("document-revert");
    case Icon::Settings:
        return QStringLiteral("configure");
    case Icon::AdminLog:
        return QStringLiteral("view-history");
    case Icon::Calendar:
        return QStringLiteral("office-calendar");
    case Icon::About:
        return QStringLiteral("help-about");
    }
    return {};
}

QString themeName(workflow::Action action)
{
    using workflow::Action;
    switch (action) {
    case Action::Assign:
        return QStringLiteral("im-user");
    case Action::Handover:
        return QStringLiteral("go-next-view");
    case Action::Ready:
        return QStringLiteral("task-complete");
    case Action::Pause:
        return QStringLiteral("media-playback-pause");
    case Action::Resume:
        return QStringLiteral("media-playback-start");
    case Action::Extend:
        return QStringLiteral("chronometer");
    case Action::Refuse:
        return QStringLiteral("dialog-cancel");
    case Action::Stop:
        return QStringLiteral("process-stop");
    case Action::Withdraw:
        return QStringLiteral("edit-undo");
    case Action::Return:
        return QStringLiteral("mail-forward");
    case Action::Receive:
        return themeName(Icon::Intake);
    }
    return {};
}

QIcon icon(Icon which)
{
    return QIcon::fromTheme(themeName(which));
}

QIcon action(workflow::Action action)
{
    return QIcon::fromTheme(themeName(action));
}

} // namespace motcua::ui::icons
