#pragma once

#include <QColor>

namespace motcua::ui {

// The backgrounds that mark a dossier's due moment in every list: past it, and within one working day of it.
inline QColor overdueColour()
{
    return {0xff, 0xcd, 0xd2}; // light red
}

inline QColor dueSoonColour()
{
    return {0xff, 0xe0, 0xa3}; // light amber
}

} // namespace motcua::ui
