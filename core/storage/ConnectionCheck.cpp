#include "core/storage/ConnectionCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace motcua::storage {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("motcua::storage::ConnectionCheck", text);
}

Status checkFile(const DatabaseLocation& location)
{
    const QFileInfo file(location.file);
    if (file.exists()) {
        return file.isFile() && file.isReadable() && file.isWritable()
                   ? Status()
                   : Status(Error::invalid(QStringLiteral("file"),
                                           tr("The file %1 cannot be read and written by you.")
                                               .arg(QDir::toNativeSeparators(location.file))));
    }
    const QFileInfo folder(file.absolutePath());
    if (folder.exists() && !folder.isWritable()) {
        return Error::invalid(QStringLiteral("file"), tr("A database cannot be created in the folder %1.")
                                                          .arg(QDir::toNativeSeparators(folder.filePath())));
    }
    return {}; // created at the first start
}

} // namespace

ConnectionCheck::Problem ConnectionCheck::classify(const QString& message)
{
    const auto has = [&message](const char* part) { return message.contains(QLatin1String(part), Qt::CaseInsensitive); };
    if (has("password authentication failed") || has("no password supplied") || has("authentication failed")) {
        return Problem::WrongPassword;
    }
    if (has("does not exist") && has("database")) {
        return Problem::NoDatabase;
    }
    if (has("could not connect") || has("connection refused") || has("could not translate host name") ||
        has("timeout expired") || has("no route to host") || has("network is unreachable") ||
        has("Name or service not known") || has("server closed the connection")) {
        return Problem::Unreachable;
    }
    if (has("unable to open database file")) {
        return Problem::NoFile;
    }
    return message.isEmpty() ? Problem::None : Problem::Other;
}

Error ConnectionCheck::explain(const DatabaseLocation& location, const QString& driverMessage)
{
    const QString detail = driverMessage.trimmed();
    const auto withDetail = [&detail](const QString& text) {
        return detail.isEmpty() ? text : text + QStringLiteral("\n\n") + tr("Details: %1").arg(detail);
    };
    switch (classify(driverMessage)) {
    case Problem::Unreachable:
        return Error::invalid(QStringLiteral("host"),
                              withDetail(tr("The server %1 (port %2) cannot be reached. Check that it is on, that "
                                            "this computer is on the office network, and the address and port.")
                                             .arg(location.host)
                                             .arg(location.port)));
    case Problem::WrongPassword:
        return Error::invalid(QStringLiteral("password"),
                              withDetail(tr("The server refused the user %1: the password is wrong or missing.")
                                             .arg(location.user)));
    case Problem::NoDatabase:
        return Error::invalid(QStringLiteral("database"),
                              withDetail(tr("The server has no database named %1. Check its name with the IT staff.")
                                             .arg(location.database)));
    case Problem::NoFile:
        return Error::invalid(QStringLiteral("file"), withDetail(tr("The database file %1 cannot be opened.")
                                                                      .arg(QDir::toNativeSeparators(location.file))));
    case Problem::None:
    case Problem::Other:
        break;
    }
    return Error::storage(withDetail(tr("Cannot connect to the database %1.").arg(location.display())));
}

Status ConnectionCheck::check(const DatabaseLocation& location, int timeoutSeconds)
{
    if (location.engine == SqlEngine::Sqlite) {
        return checkFile(location);
    }
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("motcua-check-%1").arg(counter++);
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setDatabaseName(location.database);
        db.setUserName(location.user);
        db.setPassword(location.password);
        db.setConnectOptions(
            QStringLiteral("connect_timeout=%1;application_name=motcua-check").arg(std::max(2, timeoutSeconds)));
        if (!db.open()) {
            failure = db.lastError().text();
            if (failure.isEmpty()) {
                failure = QStringLiteral("could not connect");
            }
        } else {
            QSqlQuery probe(db);
            if (!probe.exec(QStringLiteral("SELECT 1"))) {
                failure = probe.lastError().text();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return failure.isEmpty() ? Status() : Status(explain(location, failure));
}

} // namespace motcua::storage
