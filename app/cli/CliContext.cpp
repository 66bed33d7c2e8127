#include "app/cli/CliContext.h"

#include "core/calendar/CalendarJson.h"
#include "core/calendar/CalendarService.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

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

int CliContext::fail(const Error& error)
{
    QString message = error.message;
    message.replace(QLatin1Char('\n'), QLatin1Char(' '));
    m_err << QStringLiteral("motcua-cli: ") << message << Qt::endl;
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

Result<storage::Database*> CliContext::database(bool create)
{
    if (m_database) {
        return m_database.get();
    }
    const QString path = m_arguments.value(QStringLiteral("db"), storage::Database::defaultPath());
    if (!create && !QFileInfo::exists(path)) {
        return Error::invalid(
            QStringLiteral("--db"),
            QCoreApplication::translate("motcua::cli",
                                        "--db: there is no database at %1 (create one with \"motcua-cli init\").")
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

} // namespace motcua::cli
