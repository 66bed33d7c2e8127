#pragma once

#include "core/common/Clock.h"
#include "core/forms/FormKind.h"
#include "core/identity/User.h"
#include "core/storage/Database.h"

namespace motcua::forms {

// Which template prints a form: the agency's own (loaded by an administrator, kept in the database) or
// the one shipped in resources/forms/. A template that does not parse is never stored; a stored one that
// no longer parses (after an upgrade changed the form) is set aside for the shipped one.
class FormTemplates {
public:
    FormTemplates(storage::Database& database, const Clock& clock)
        : m_database(database)
        , m_clock(clock)
    {}

    struct InUse {
        FormTemplate form;
        bool custom = false;
        QDateTime loadedAt;
        QString loadedBy;      // full name
        QString customProblem; // why a stored template is not used, if one is stored and broken
    };
    Result<InUse> inUse(FormKind kind) const;

    // Checks `text` against the form and stores it as the agency's template (administrators only).
    Status load(const identity::User& actor, FormKind kind, const QString& text);
    // The same, from a file (an edited export): one that cannot be read, or is too large, is refused as well.
    Status loadFrom(const identity::User& actor, FormKind kind, const QString& path);
    // The text of the template file at `path`, read and checked against the form without the database: what
    // loadFrom() would store, or its error.
    static Result<QString> readChecked(FormKind kind, const QString& path);
    // Writes the template in use to `path`, for the agency to edit.
    Status exportTo(FormKind kind, const QString& path) const;
    // Back to the shipped template (administrators only).
    Status reset(const identity::User& actor, FormKind kind);

private:
    Status requireAdmin(const identity::User& actor) const;

    storage::Database& m_database;
    const Clock& m_clock;
};

} // namespace motcua::forms
