#include "core/common/Logging.h"

namespace motcua {

Q_LOGGING_CATEGORY(lcStorage, "motcua.storage")
Q_LOGGING_CATEGORY(lcCalendar, "motcua.calendar")
Q_LOGGING_CATEGORY(lcWorkflow, "motcua.workflow")
Q_LOGGING_CATEGORY(lcForms, "motcua.forms")
Q_LOGGING_CATEGORY(lcUi, "motcua.ui")

namespace {

QString codeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return QStringLiteral("invalid-input");
    case ErrorCode::NotFound:
        return QStringLiteral("not-found");
    case ErrorCode::Forbidden:
        return QStringLiteral("forbidden");
    case ErrorCode::IllegalState:
        return QStringLiteral("illegal-state");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::Storage:
        return QStringLiteral("storage");
    }
    return QStringLiteral("unknown");
}

} // namespace

QString loggedError(const Error& error)
{
    QString text = codeName(error.code);
    if (!error.field.isEmpty()) {
        text += QStringLiteral(" (%1)").arg(error.field);
    }
    if (error.code != ErrorCode::InvalidInput && !error.message.isEmpty()) {
        text += QStringLiteral(": ") + error.message;
    }
    return text;
}

} // namespace motcua
