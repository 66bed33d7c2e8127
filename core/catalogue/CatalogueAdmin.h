#pragma once

#include "core/catalogue/Catalogue.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/identity/User.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

#include <functional>

namespace motcua::storage {
class CatalogueRepository;
}

namespace motcua::catalogue {

// What an import would do to one thing of the catalogue, shown before it is applied.
struct ImportChange {
    enum class Subject { Agency, Department, Procedure, Process };
    enum class Action { Add, Change, Keep, Refuse };
    Subject subject = Subject::Procedure;
    Action action = Action::Keep;
    QString code;    // agency, department or procedure code; a process: the procedure's code
    int issue = 0;   // a process version's issue number
    QString title;   // its name, or the process document's code
    QString detail;  // translated: the fields that change, or why it is refused

    // In words, translated, as the preview of an import shows them: "Add", "Procedure 1.009374 — …".
    static QString actionName(Action action);
    QString subjectText() const;
};

struct ImportPreview {
    QList<ImportChange> changes; // agency, departments, then each procedure followed by its process versions
    int count(ImportChange::Action action) const;
    // Nothing refused: the import may be applied.
    bool applicable() const { return count(ImportChange::Action::Refuse) == 0; }
    // "The import would add 1, change 2 and leave 30 as they are; 0 refused."
    QString summary() const;
};

// The administrator's edits of the catalogue: procedures, their ISO process versions, import and export of the
// catalogue file. Each change is checked again here (CatalogueRules), written in one transaction with its entry in
// the administration log, and refused whole with an error naming the field. A process version that dossiers run
// on is never edited in place: a new issue supersedes it, and the dossiers keep the one they were received under.
class CatalogueAdmin {
    Q_DECLARE_TR_FUNCTIONS(motcua::catalogue)

public:
    CatalogueAdmin(storage::Database& database, const Clock& clock);

    // A new procedure (`adding`; its code must be free) or the changed one with this code; its process versions
    // are not touched. Returns the procedure as stored.
    Result<Procedure> saveProcedure(const identity::User& actor, const Procedure& procedure, bool adding);
    // A new issue of the procedure's process: its number above every earlier one, its date not before theirs.
    Result<Procedure> issueProcess(const identity::User& actor, const QString& procedureCode,
                                   const ProcessVersion& version);
    // Corrects the process version with `version.id` in place: refused (IllegalState) once a dossier runs on it.
    Result<Procedure> editProcess(const identity::User& actor, const QString& procedureCode,
                                  const ProcessVersion& version);
    // How many dossiers run on a process version (0: it may still be corrected in place).
    Result<qint64> dossiersOn(qint64 processId) const;
    // The draft of the next issue: the latest one's text and steps, the next number, today's date.
    ProcessVersion nextIssueDraft(const Procedure& procedure) const;

    // What importing `catalogue` would add, change and leave, and what it would refuse.
    Result<ImportPreview> previewImport(const Catalogue& catalogue) const;
    // Applies it in one transaction (refused whole when the preview refuses anything).
    Result<ImportPreview> applyImport(const identity::User& actor, const Catalogue& catalogue);
    // The catalogue file of the database (format of docs/catalogue-format.md).
    Result<QByteArray> exportCatalogue() const;

private:
    using ProcessChange = std::function<Status(storage::CatalogueRepository&, const Procedure&)>;
    // Checks `version`, then runs `change` on the procedure in one transaction with the log entry `action`.
    Result<Procedure> changeProcess(const identity::User& actor, const QString& procedureCode,
                                    const ProcessVersion& version, const QString& action, const ProcessChange& change);
    Status requireAdmin(const identity::User& actor) const;
    // The opening of every edit: the actor must be an administrator; the departments a procedure or step may name.
    Result<QList<Department>> departmentsToChange(const identity::User& actor) const;
    Result<Procedure> existing(const QString& code) const;
    Status log(const identity::User& actor, const QString& action, const QJsonObject& details);

    storage::Database& m_database;
    const Clock& m_clock;
};

} // namespace motcua::catalogue
