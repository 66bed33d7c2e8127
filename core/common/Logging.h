#pragma once

#include "core/common/Result.h"

#include <QLoggingCategory>

namespace motcua {

// One logging category per module. The CLI turns their info messages off unless QT_LOGGING_RULES asks for them.
Q_DECLARE_LOGGING_CATEGORY(lcStorage)  // "motcua.storage"
Q_DECLARE_LOGGING_CATEGORY(lcCalendar) // "motcua.calendar"
Q_DECLARE_LOGGING_CATEGORY(lcWorkflow) // "motcua.workflow"
Q_DECLARE_LOGGING_CATEGORY(lcForms)    // "motcua.forms"
Q_DECLARE_LOGGING_CATEGORY(lcUi)       // "motcua.ui"

// An error as a log line shows it: its code, its field and its message. The message of invalid input is left
// out: it may quote what the applicant entered (an identity number, a birth year).
QString loggedError(const Error& error);

} // namespace motcua
