#include "app/cli/CliContext.h"

#include "core/calendar/CalendarJson.h"
#include "core/calendar/CalendarService.h"
#include "core/identity/Accounts.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace motcua::cli {

CliContext::CliContext(Arguments arguments, const Clock& clock)
    : m_arguments(std::move(arguments))
    , m_clock(clock)
    , m_out(stdout)
    , m_err(stderr)
{}

CliContext::~CliContext() = default;

void CliContext::print(const QString& line)
{
    m_out << line << Qt::endl;
}

void CliContext::printJson(const QJsonValue& value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Compact)) << Qt::endl;
}

QString CliContext::errorLine(const Error& error)
{
    QString line = error.message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    // A usage message is about the whole command line; a message whose subject is its field names it already.
    const bool named = error.field.isEmpty() || error.field == QLatin1String("arguments") ||
                       (line.startsWith(error.field) &&
                        (line.size() == error.field.size() || !line.at(error.field.size()).isLetterOrNumber()));
    return named ? line : error.field + QStringLiteral(": ") + line;
}

int CliContext::fail(const Error& error)
{
    m_err << QStringLiteral("motcua-cli: ") << errorLine(error) << Qt::endl;
    switch (error.code) {
    case ErrorCode::InvalidInput:
    case ErrorCode::NotFound:
        return BadInput;
    case ErrorCode::Forbidden:
    case ErrorCode::IllegalState:
    case ErrorCode::Conflict:
        return Refused;
    case ErrorCode::Storage:
        return Failure;
    }
    return Failure;
}

QString CliContext::databasePath() const
{
    return m_arguments.value(QStringLiteral("db"), storage::Database::defaultPath());
}

Result<storage::Database*> CliContext::database(bool create)
{
    if (m_database) {
        return m_database.get();
    }
    const QString path = databasePath();
    if (!create && !storage::DatabaseLocation::isServerUrl(path) && !QFileInfo::exists(path)) {
        return Error::invalid(QStringLiteral("--db"),
                              QCoreApplication::translate(
                                  "motcua::cli", "There is no database at %1 (create one with \"motcua-cli init\").")
                                  .arg(path));
    }
    auto opened = storage::Database::open(path, m_clock);
    if (!opened) {
        return opened.error();
    }
    m_database = std::move(opened).value();
    return m_database.get();
}

Result<calendar::CalendarBook> CliContext::calendarBook()
{
    if (!m_arguments.has(QStringLiteral("db"))) {
        return calendar::CalendarJson::shipped();
    }
    auto db = database();
    if (!db) {
        return db.error();
    }
    return calendar::CalendarService(**db, m_clock).book();
}

Result<std::shared_ptr<const calendar::WorkCalendar>> CliContext::workCalendar()
{
    if (!m_arguments.has(QStringLiteral("db"))) {
        return std::shared_ptr<const calendar::WorkCalendar>(std::make_shared<calendar::WorkCalendar>(
            calendar::CalendarJson::shipped(), calendar::OfficeHours::standard()));
    }
    auto db = database();
    if (!db) {
        return db.error();
    }
    return calendar::CalendarService(**db, m_clock).workCalendar();
}

QString CliContext::password(const char* variable, const QString& prompt)
{
    const QByteArray fromEnvironment = qgetenv(variable);
    if (!fromEnvironment.isEmpty()) {
        return QString::fromUtf8(fromEnvironment);
    }
    if (!isatty(STDIN_FILENO)) {
        return {};
    }
    std::fputs(prompt.toUtf8().constData(), stderr);
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios silent = old;
    silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    std::string line;
    std::getline(std::cin, line);
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::fputs("\n", stderr);
    return QString::fromStdString(line);
}

Result<identity::User> CliContext::actor(bool changingPassword, const QString& defaultLogin)
{
    auto db = database();
    if (!db) {
        return db.error();
    }
    const QString login = m_arguments.value(QStringLiteral("as"), defaultLogin);
    const QString secret =
        password("MOTCUA_PASSWORD", QCoreApplication::translate("motcua::cli", "Password of %1: ").arg(login));
    // The same sign-in as the window's: failures count toward the lock and every try is logged.
    auto user = identity::Accounts(**db, m_clock).authenticate(login, secret);
    if (!user && user.error().code == ErrorCode::Forbidden) {
        return Error{ErrorCode::Forbidden,
                     QCoreApplication::translate("motcua::cli", "Wrong login or password for %1 (set MOTCUA_PASSWORD).")
                         .arg(login),
                     QStringLiteral("--as")};
    }
    if (!user) {
        // A database that failed (full, held by another program) is not about the login given.
        const bool storage = user.error().code == ErrorCode::Storage;
        return Error{user.error().code, user.error().message, storage ? QString() : QStringLiteral("--as")};
    }
    if (user->mustChangePassword && !changingPassword) {
        return Error{ErrorCode::Forbidden,
                     QCoreApplication::translate("motcua::cli",
                                                 "%1 must change the temporary password first (motcua-cli password).")
                         .arg(login),
                     QStringLiteral("--as")};
    }
    return user;
}

Result<int> CliContext::expectedVersion() const
{
    if (!m_arguments.has(QStringLiteral("version"))) {
        return 0;
    }
    bool ok = false;
    const int version = m_arguments.value(QStringLiteral("version")).toInt(&ok);
    if (!ok || version < 1) {
        return Error::invalid(QStringLiteral("--version"),
                              QCoreApplication::translate("motcua::cli", "--version must be a whole number from 1."));
    }
    return version;
}

int withWorkflow(CliContext& context, const std::function<int(workflow::WorkflowContext&)>& work)
{
    auto actor = context.actor();
    if (!actor) {
        return context.fail(actor.error());
    }
    auto calendar = context.workCalendar();
    if (!calendar) {
        return context.fail(calendar.error());
    }
    auto workflow = workflow::WorkflowContext::forDatabase(**context.database(), context.clock(), **calendar, *actor);
    return work(workflow);
}

} // namespace motcua::cli
