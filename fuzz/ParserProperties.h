#pragma once

// What must hold for any input of each fuzzed parser: the fuzz targets (fuzz/*.cpp) abort when it does not, and the
// core suite checks it again on every input kept in tests/data/fuzz/TARGET/ (tests/core/FuzzFindingsTest.cpp).
#include "app/cli/Arguments.h"
#include "core/calendar/CalendarJson.h"
#include "core/catalogue/CatalogueJson.h"
#include "core/forms/FormKind.h"
#include "core/identity/BirthDate.h"
#include "core/identity/EmailAddress.h"
#include "core/identity/IdentityNumber.h"
#include "core/identity/PhoneNumber.h"
#include "core/identity/TaxCode.h"

#include <QByteArray>

namespace motcua::fuzz {

// A catalogue file gives a catalogue or errors, the first naming its field or line; a catalogue read is written
// and read back the same.
inline bool catalogueJsonHolds(const QByteArray& bytes)
{
    QList<Error> errors;
    QList<Error> warnings;
    const auto parsed = catalogue::CatalogueJson::parse(bytes, errors, &warnings);
    if (!parsed) {
        return !errors.isEmpty() && !errors.constFirst().field.isEmpty();
    }
    const auto again = catalogue::CatalogueJson::parse(catalogue::CatalogueJson::write(*parsed));
    return again && again->procedures == parsed->procedures &&
           again->departments.size() == parsed->departments.size();
}

// A calendar file gives a book or an error naming its field; the entries read are written and read back the same.
inline bool calendarJsonHolds(const QByteArray& bytes)
{
    QList<Error> warnings;
    const auto parsed = calendar::CalendarJson::parse(bytes, &warnings);
    if (!parsed) {
        return !parsed.error().field.isEmpty();
    }
    QList<calendar::CalendarEntry> entries;
    for (int year : parsed->storedYears()) {
        entries << parsed->entriesForYear(year);
    }
    const auto again = calendar::CalendarJson::parse(calendar::CalendarJson::write(entries));
    return again && *again == *parsed;
}

// A template (the first byte picks the form) is refused or rendered, with values and without.
inline bool formTemplateHolds(const QByteArray& bytes)
{
    if (bytes.isEmpty()) {
        return true;
    }
    const QList<forms::FormKind> all = forms::allForms();
    const forms::FormKind kind = all.at(static_cast<unsigned char>(bytes.at(0)) % all.size());
    const forms::FormSchema& schema = forms::formSchema(kind);
    const auto parsed = forms::FormTemplate::parse(QString::fromUtf8(bytes.mid(1)), schema);
    if (!parsed) {
        return !parsed.error().message.isEmpty();
    }
    forms::FormData values;
    for (const QString& field : schema.fields) {
        values.fields.insert(field, QStringLiteral("<b>%1</b>").arg(field));
    }
    for (auto table = schema.tables.cbegin(); table != schema.tables.cend(); ++table) {
        forms::Row row;
        for (const QString& column : table.value()) {
            row.insert(column, column);
        }
        values.tables.insert(table.key(), {row, row});
    }
    (void)parsed->render(values);
    (void)parsed->render({});
    return true;
}

// NUL-separated arguments give the parsed command or an error naming the option.
inline bool cliArgumentsHold(const QByteArray& bytes)
{
    const QStringList arguments = QString::fromUtf8(bytes).split(QChar(u'\0'));
    const QSet<QString> values{QStringLiteral("db"),   QStringLiteral("as"),   QStringLiteral("name"),
                               QStringLiteral("from"), QStringLiteral("days"), QStringLiteral("documents")};
    const QSet<QString> flags{QStringLiteral("json"), QStringLiteral("yes"), QStringLiteral("organisation")};
    const auto parsed = cli::Arguments::parse(arguments, values, flags);
    if (!parsed) {
        return !parsed.error().field.isEmpty();
    }
    (void)parsed->allowOnly({QStringLiteral("as"), QStringLiteral("json")});
    for (const QString& option : values) {
        (void)parsed->value(option);
        (void)parsed->values(option);
    }
    return true;
}

// Every identifier validator accepts the text or refuses it naming the field; a phone number accepted is accepted
// again once normalised.
inline bool identifiersHold(const QByteArray& bytes)
{
    const QString text = QString::fromUtf8(bytes);
    const QString field = QStringLiteral("value");
    const auto named = [&field](const Status& status) { return status.ok() || status.error().field == field; };
    const QDate today(2026, 12, 1);
    const Status phone = identity::PhoneNumber::validate(text, field);
    (void)identity::IdentityNumber::birthYear(text);
    return named(identity::IdentityNumber::validate(text, field)) &&
           named(identity::IdentityNumber::validate(text, field, QDate(1990, 5, 12), true)) &&
           named(identity::IdentityNumber::validate(text, field, identity::BirthDate::parse(text), false)) &&
           named(identity::TaxCode::validate(text, field)) && named(identity::EmailAddress::validate(text, field)) &&
           named(identity::BirthDate::validate(text, today, field)) && named(phone) &&
           (!phone || identity::PhoneNumber::validate(identity::PhoneNumber::normalized(text), field).ok());
}

} // namespace motcua::fuzz
