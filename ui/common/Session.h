#pragma once

#include "core/calendar/WorkCalendar.h"
#include "core/common/Clock.h"
#include "core/identity/User.h"
#include "core/storage/Database.h"
#include "core/workflow/WorkflowContext.h"

#include <memory>

namespace motcua::ui {

// The signed-in user's working context, handed to every screen: the database, the clock, the agency's
// working calendar and who is at the keyboard. Screens run use cases through workflow().
struct Session {
    storage::Database& database;
    const Clock& clock;
    std::shared_ptr<const calendar::WorkCalendar> calendar;
    identity::User user;

    workflow::WorkflowContext workflow() const
    {
        return workflow::WorkflowContext::forDatabase(database, clock, *calendar, user);
    }
};

} // namespace motcua::ui
