#include "core/calendar/CalendarJson.h"

#include "core/common/ErrorList.h"
#include "core/common/TextBounds.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace motcua::calendar {

namespace {

int lineOfOffset(const QByteArray& data, int offset)
{
    return static_cast<int>(data.left(offset).count('\n')) + 1;
}

} // namespace

Result<CalendarBook> CalendarJson::parse(const QByteArray& data, QList<Error>* warnings)
{
    QList<Error> errors;
    return parse(data, errors, warnings);
}

Result<CalendarBook> CalendarJson::parse(const QByteArray& data, QList<Error>& errors, QList<Error>* warnings)
{
    errors.clear();
    QList<Error> ignored;
    QList<Error>& unknown = warnings ? *warnings : ignored;
    unknown.clear();
    // What makes the rest unreadable ends the reading at once; an entry's fault is listed and the next read.
    const auto refuse = [&errors](const QString& field, const QString& message) {
        errors.append(Error::invalid(field, message));
        return errors.constFirst();
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return refuse(QStringLiteral("line %1").arg(lineOfOffset(data, parseError.offset)),
                      QCoreApplication::translate("motcua::CalendarJson", "Line %1: the file is not valid JSON (%2).")
                          .arg(lineOfOffset(data, parseError.offset))
                          .arg(parseError.errorString()));
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("motcua-calendar")) {
        return refuse(QStringLiteral("format"),
                      QCoreApplication::translate("motcua::CalendarJson", "\"format\" must be \"motcua-calendar\"."));
    }
    if (root.value(QStringLiteral("version")).toInt() != 1) {
        return refuse(QStringLiteral("version"),
                      QCoreApplication::translate("motcua::CalendarJson", "\"version\" must be 1."));
    }
    if (!root.value(QStringLiteral("entries")).isArray()) {
        return refuse(QStringLiteral("entries"),
                      QCoreApplication::translate("motcua::CalendarJson", "\"entries\" must be a list."));
    }

    unknown << TextBounds::unknownKeys(root, {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("entries")},
                                       {});
    const auto fail = [&errors](const QString& field, const QString& message) {
        ErrorList::add(errors, Error::invalid(field, message));
    };
    QMap<int, QList<CalendarEntry>> years;
    QSet<QDate> seen;
    const QJsonArray entries = root.value(QStringLiteral("entries")).toArray();
    for (qsizetype i = 0; i < entries.size() && errors.size() < ErrorList::kMaxErrors; ++i) {
        const QString path = QStringLiteral("entries[%1]").arg(i);
        const QJsonObject object = entries.at(i).toObject();
        unknown << TextBounds::unknownKeys(object,
                                           {QStringLiteral("date"), QStringLiteral("kind"), QStringLiteral("name"),
                                            QStringLiteral("source"), QStringLiteral("confirmed")},
                                           path);
        const QDate date = QDate::fromString(object.value(QStringLiteral("date")).toString(), Qt::ISODate);
        if (!date.isValid()) {
            fail(path + QStringLiteral(".date"),
                 QCoreApplication::translate("motcua::CalendarJson", "%1.date must be a date YYYY-MM-DD.").arg(path));
        } else if (seen.contains(date)) {
            fail(path + QStringLiteral(".date"), QCoreApplication::translate("motcua::CalendarJson", "%1.date: %2 appears twice.")
                                                     .arg(path, date.toString(Qt::ISODate)));
        }
        seen.insert(date);
        const auto kind = dayKindFromKey(object.value(QStringLiteral("kind")).toString());
        if (!kind) {
            fail(path + QStringLiteral(".kind"),
                 QCoreApplication::translate("motcua::CalendarJson",
                                             "%1.kind must be \"day-off\", \"substitute\" or \"workday\".")
                     .arg(path));
        }
        const QString name = object.value(QStringLiteral("name")).toString().trimmed();
        const QString source = object.value(QStringLiteral("source")).toString().trimmed();
        const QJsonValue confirmed = object.value(QStringLiteral("confirmed"));
        if (!confirmed.isUndefined() && !confirmed.isBool()) {
            fail(path + QStringLiteral(".confirmed"),
                 QCoreApplication::translate("motcua::CalendarJson", "%1.confirmed must be true or false.").arg(path));
        }
        if (!date.isValid() || !kind) {
            continue; // the entry's other checks need its day and kind
        }
        const CalendarEntry entry{date, *kind, name, source, confirmed.toBool(true)};
        if (Status valid = validateEntry(entry, path); !valid) {
            ErrorList::add(errors, valid.error());
        }
        years[date.year()].append(entry);
    }
    if (!errors.isEmpty()) {
        return errors.constFirst();
    }

    CalendarBook book;
    for (auto year = years.cbegin(); year != years.cend(); ++year) {
        book.setYear(year.key(), year.value());
    }
    return book;
}

QByteArray CalendarJson::write(const QList<CalendarEntry>& entries)
{
    QJsonArray array;
    for (const CalendarEntry& entry : entries) {
        array.append(QJsonObject{{QStringLiteral("date"), entry.date.toString(Qt::ISODate)},
                                 {QStringLiteral("kind"), dayKindKey(entry.kind)},
                                 {QStringLiteral("name"), entry.name},
                                 {QStringLiteral("source"), entry.source},
                                 {QStringLiteral("confirmed"), entry.confirmed}});
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("motcua-calendar")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("entries"), array}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

CalendarBook CalendarJson::shipped()
{
    QFile file(QStringLiteral(":/calendar/vn-civil-service.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("The shipped calendar resource is missing from the build");
    }
    auto book = parse(file.readAll());
    if (!book) {
        qFatal("The shipped calendar resource is invalid: %s", qPrintable(book.error().message));
    }
    return std::move(book).value();
}

} // namespace motcua::calendar
