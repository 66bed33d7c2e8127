#include "core/storage/DatabaseLocation.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace motcua::storage {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("motcua::storage::DatabaseLocation", text);
}

} // namespace

bool DatabaseLocation::isServerUrl(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

Result<DatabaseLocation> DatabaseLocation::parse(const QString& text)
{
    DatabaseLocation location;
    if (!isServerUrl(text)) {
        if (text.trimmed().isEmpty()) {
            return Error::invalid(QStringLiteral("db"), tr("No database file was given."));
        }
        location.file = text;
        return location;
    }
    location.engine = SqlEngine::PostgreSql;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        return Error::invalid(QStringLiteral("db"), tr("The server address %1 is not a valid URL: %2")
                                                        .arg(text.section(QLatin1Char('@'), -1), url.errorString()));
    }
    const QUrlQuery query(url);
    location.host = query.hasQueryItem(QStringLiteral("host"))
                        ? query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded)
                        : url.host(QUrl::FullyDecoded);
    location.port = url.port(5432);
    location.database = url.path(QUrl::FullyDecoded).mid(1);
    location.user = url.userName(QUrl::FullyDecoded);
    location.password = url.password(QUrl::FullyDecoded);
    if (location.host.isEmpty()) {
        return Error::invalid(QStringLiteral("host"), tr("The server address names no host: give "
                                                         "postgresql://USER@HOST:PORT/DATABASE."));
    }
    if (location.database.isEmpty() || location.database.contains(QLatin1Char('/'))) {
        return Error::invalid(QStringLiteral("database"), tr("The server address names no database: give "
                                                             "postgresql://USER@HOST:PORT/DATABASE."));
    }
    if (location.user.isEmpty()) {
        return Error::invalid(QStringLiteral("user"), tr("The server address names no user: give "
                                                         "postgresql://USER@HOST:PORT/DATABASE."));
    }
    return location;
}

QString DatabaseLocation::display() const
{
    DatabaseLocation withoutPassword = *this;
    withoutPassword.password.clear();
    return withoutPassword.openText();
}

QString DatabaseLocation::openText() const
{
    if (engine == SqlEngine::Sqlite) {
        return file;
    }
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    if (!password.isEmpty()) {
        url.setPassword(password);
    }
    if (host.startsWith(QLatin1Char('/'))) {
        url.setHost(QStringLiteral("localhost"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("host"), host);
        url.setQuery(query);
    } else {
        url.setHost(host);
    }
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

} // namespace motcua::storage
