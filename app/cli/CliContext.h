#pragma once

#include "app/cli/Arguments.h"
#include "core/calendar/CalendarBook.h"
#include "core/calendar/WorkCalendar.h"
#include "core/common/Clock.h"
#include "core/identity/User.h"
#include "core/storage/Database.h"
#include "core/workflow/WorkflowContext.h"

#include <QJsonValue>
#include <QTextStream>

#include <functional>
#include <memory>

namespace motcua::cli {

// Exit codes of motcua-cli.
// Tampered: verify found a history or a dossier changed outside the application.
enum ExitCode { Success = 0, Failure = 1, BadInput = 2, Refused = 3, Tampered = 4 };

// What every command needs: its arguments, output streams, the database given by --db (or none), the clock.
class CliContext {
public:
    CliContext(Arguments arguments, const Clock& clock);
    ~CliContext();

    const Arguments& arguments() const { return m_arguments; }
    bool json() const { return m_arguments.has(QStringLiteral("json")); }
    const Clock& clock() const { return m_clock; }

    void print(const QString& line);
    void printJson(const QJsonValue& value);
    // Prints the error on one line to standard error ("motcua-cli: FIELD: message") and returns the exit code it
    // calls for.
    int fail(const Error& error);
    // The error on one line: its field, then its message (the messages themselves never start with their field).
    static QString errorLine(const Error& error);

    // The database of --db; `create` makes it when missing (init), otherwise a missing file is an error.
    Result<storage::Database*> database(bool create = false);
    // The path of --db (or the embedded database), and closing the connection before the file is replaced.
    QString databasePath() const;
    void closeDatabase() { m_database.reset(); }
    // The calendar of --db, or the shipped civil-service calendar in memory when there is no --db.
    Result<calendar::CalendarBook> calendarBook();
    Result<std::shared_ptr<const calendar::WorkCalendar>> workCalendar();
    // The user of --as (default `defaultLogin`), signed in with MOTCUA_PASSWORD or a password typed at the prompt. A
    // user whose password was reset is refused until they change it, unless `changingPassword`.
    Result<identity::User> actor(bool changingPassword = false, const QString& defaultLogin = QStringLiteral("admin"));
    // A password from the environment variable, or asked on the terminal (without echo).
    static QString password(const char* variable, const QString& prompt);
    // --version N: the dossier version the caller saw (0: none given).
    Result<int> expectedVersion() const;

private:
    Arguments m_arguments;
    const Clock& m_clock;
    std::unique_ptr<storage::Database> m_database;
    QTextStream m_out;
    QTextStream m_err;
};

// Signs in (--as), loads the calendar and runs `work` with a workflow context; prints the error if any.
int withWorkflow(CliContext& context, const std::function<int(workflow::WorkflowContext&)>& work);

} // namespace motcua::cli
