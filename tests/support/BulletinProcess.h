#pragma once

#include <QString>

namespace motcua::test {

// Who works on each step of the bulletin process (six steps: clerk, head, specialist, head, leader, clerk); a head
// may act on the steps of their department. Header-only: the crash rounds' worker uses it without the test support.
inline QString actorOfBulletinStep(int position)
{
    switch (position) {
    case 1:
    case 6:
        return QStringLiteral("clerk");
    case 5:
        return QStringLiteral("leader");
    default:
        return QStringLiteral("head.bcxb");
    }
}

} // namespace motcua::test
