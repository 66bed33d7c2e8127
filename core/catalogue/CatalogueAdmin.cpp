#include "core/catalogue/CatalogueAdmin.h"

#include "core/catalogue/CatalogueJson.h"
#include "core/catalogue/CatalogueRules.h"
#include "core/storage/AdminLog.h"
#include "core/storage/CatalogueRepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace motcua::catalogue {

using Action = ImportChange::Action;
using Subject = ImportChange::Subject;

namespace {

// The keys of the fields that differ between two versions of a procedure (its processes aside).
QStringList changedFields(const Procedure& before, const Procedure& after)
{
    QStringList fields;
    const auto differs = [&fields](bool differ, const char* key) {
        if (differ) {
            fields << QString::fromLatin1(key);
        }
    };
    differs(before.name != after.name, "name");
    differs(before.field != after.field, "field");
    differs(before.level != after.level, "level");
    differs(before.limit.unit != after.limit.unit || before.limit.amount != after.limit.amount, "limit");
    differs(before.rule != after.rule, "rule");
    differs(before.onSupplement != after.onSupplement, "on_supplement");
    differs(before.fee != after.fee, "fee");
    differs(before.feeNote != after.feeNote, "fee_note");
    differs(before.result != after.result, "result");
    differs(before.departmentCode != after.departmentCode, "department");
    differs(before.documents != after.documents, "documents");
    return fields;
}

QString fieldNames(const QStringList& keys)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("motcua::catalogue", "name")},
        {QStringLiteral("field"), QT_TRANSLATE_NOOP("motcua::catalogue", "field")},
        {QStringLiteral("level"), QT_TRANSLATE_NOOP("motcua::catalogue", "level")},
        {QStringLiteral("limit"), QT_TRANSLATE_NOOP("motcua::catalogue", "time limit")},
        {QStringLiteral("rule"), QT_TRANSLATE_NOOP("motcua::catalogue", "counting rule")},
        {QStringLiteral("on_supplement"), QT_TRANSLATE_NOOP("motcua::catalogue", "clock on a supplement")},
        {QStringLiteral("fee"), QT_TRANSLATE_NOOP("motcua::catalogue", "fee")},
        {QStringLiteral("fee_note"), QT_TRANSLATE_NOOP("motcua::catalogue", "fee note")},
        {QStringLiteral("result"), QT_TRANSLATE_NOOP("motcua::catalogue", "result")},
        {QStringLiteral("department"), QT_TRANSLATE_NOOP("motcua::catalogue", "handling department")},
        {QStringLiteral("documents"), QT_TRANSLATE_NOOP("motcua::catalogue", "required documents")},
    };
    QStringList translated;
    for (const QString& key : keys) {
        translated << QCoreApplication::translate("motcua::catalogue", names.value(key, "?"));
    }
    return translated.join(QStringLiteral(", "));
}

const ProcessVersion* issueOf(const Procedure& procedure, int issue)
{
    for (const ProcessVersion& version : procedure.processes) {
        if (version.issue == issue) {
            return &version;
        }
    }
    return nullptr;
}

} // namespace

int ImportPreview::count(Action action) const
{
    return static_cast<int>(std::count_if(changes.cbegin(), changes.cend(),
                                          [action](const ImportChange& change) { return change.action == action; }));
}

QString ImportPreview::summary() const
{
    return QCoreApplication::translate("motcua::catalogue",
                                       "The import would add %1, change %2 and leave %3 as they are; %4 refused.")
        .arg(count(Action::Add))
        .arg(count(Action::Change))
        .arg(count(Action::Keep))
        .arg(count(Action::Refuse));
}

QString ImportChange::actionName(Action action)
{
    switch (action) {
    case Action::Add:
        return QCoreApplication::translate("motcua::catalogue", "Add");
    case Action::Change:
        return QCoreApplication::translate("motcua::catalogue", "Change");
    case Action::Keep:
        return QCoreApplication::translate("motcua::catalogue", "Leave as is");
    case Action::Refuse:
        return QCoreApplication::translate("motcua::catalogue", "Refused");
    }
    return {};
}

QString ImportChange::subjectText() const
{
    switch (subject) {
    case Subject::Agency:
        return QCoreApplication::translate("motcua::catalogue", "Agency %1 — %2").arg(code, title);
    case Subject::Department:
        return QCoreApplication::translate("motcua::catalogue", "Department %1 — %2").arg(code, title);
    case Subject::Procedure:
        return QCoreApplication::translate("motcua::catalogue", "Procedure %1 — %2").arg(code, title);
    case Subject::Process:
        return QCoreApplication::translate("motcua::catalogue", "Process %1, issue %2").arg(title).arg(issue);
    }
    return {};
}

CatalogueAdmin::CatalogueAdmin(storage::Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

Status CatalogueAdmin::requireAdmin(const identity::User& actor) const
{
    if (!actor.has(identity::Role::Admin)) {
        return Error{ErrorCode::Forbidden, tr("Only an administrator may change the catalogue."),
                     QStringLiteral("actor")};
    }
    return {};
}

Result<QList<Department>> CatalogueAdmin::departmentsToChange(const identity::User& actor) const
{
    if (Status admin = requireAdmin(actor); !admin) {
        return admin.error();
    }
    return storage::CatalogueRepository(m_database).departments();
}

Result<Procedure> CatalogueAdmin::existing(const QString& code) const
{
    auto procedure = storage::CatalogueRepository(m_database).procedure(code);
    if (!procedure && procedure.error().code == ErrorCode::NotFound) {
        return Error{ErrorCode::NotFound, tr("There is no procedure %1.").arg(code), QStringLiteral("code")};
    }
    return procedure;
}

Status CatalogueAdmin::log(const identity::User& actor, const QString& action, const QJsonObject& details)
{
    return storage::AdminLog(m_database, m_clock).append(actor.id, action, details);
}

Result<Procedure> CatalogueAdmin::saveProcedure(const identity::User& actor, const Procedure& procedure, bool adding)
{
    auto departments = departmentsToChange(actor);
    if (!departments) {
        return departments.error();
    }
    storage::CatalogueRepository repository(m_database);
    if (const QList<Error> errors = checkProcedure(procedure, *departments); !errors.isEmpty()) {
        return errors.constFirst();
    }
    Procedure saved;
    Status status = m_database.transaction([&]() -> Status {
        auto before = repository.procedure(procedure.code);
        if (!before && before.error().code != ErrorCode::NotFound) {
            return before.error();
        }
        if (adding && before) {
            return Error::invalid(QStringLiteral("code"),
                                  tr("There is already a procedure %1: edit it instead.").arg(procedure.code));
        }
        if (!adding && !before) {
            return Error{ErrorCode::NotFound, tr("There is no procedure %1.").arg(procedure.code),
                         QStringLiteral("code")};
        }
        const QStringList changed = before ? changedFields(*before, procedure) : QStringList();
        if (auto written = repository.saveProcedure(procedure); !written) {
            return written.error();
        }
        auto after = repository.procedure(procedure.code);
        if (!after) {
            return after.error();
        }
        saved = *after;
        return log(actor, adding ? QStringLiteral("catalogue.procedure.added") : QStringLiteral("catalogue.procedure.changed"),
                   {{QStringLiteral("code"), procedure.code},
                    {QStringLiteral("name"), procedure.name},
                    {QStringLiteral("changed"), QJsonArray::fromStringList(changed)}});
    });
    if (!status) {
        return status.error();
    }
    return saved;
}

Result<Procedure> CatalogueAdmin::changeProcess(const identity::User& actor, const QString& procedureCode,
                                                const ProcessVersion& version, const QString& action,
                                                const ProcessChange& change)
{
    auto departments = departmentsToChange(actor);
    if (!departments) {
        return departments.error();
    }
    storage::CatalogueRepository repository(m_database);
    if (const QList<Error> errors = checkProcessVersion(version, *departments); !errors.isEmpty()) {
        return errors.constFirst();
    }
    Procedure saved;
    Status status = m_database.transaction([&]() -> Status {
        auto procedure = existing(procedureCode);
        if (!procedure) {
            return procedure.error();
        }
        if (Status changed = change(repository, *procedure); !changed) {
            return changed;
        }
        auto after = repository.procedure(procedureCode);
        if (!after) {
            return after.error();
        }
        saved = *after;
        return log(actor, action,
                   {{QStringLiteral("procedure"), procedureCode},
                    {QStringLiteral("code"), version.code},
                    {QStringLiteral("issue"), version.issue},
                    {QStringLiteral("issued_on"), version.issuedOn.toString(Qt::ISODate)},
                    {QStringLiteral("change_note"), version.changeNote}});
    });
    if (!status) {
        return status.error();
    }
    return saved;
}

Result<Procedure> CatalogueAdmin::issueProcess(const identity::User& actor, const QString& procedureCode,
                                               const ProcessVersion& version)
{
    return changeProcess(
        actor, procedureCode, version, QStringLiteral("catalogue.process.issued"),
        [&](storage::CatalogueRepository& repository, const Procedure& procedure) -> Status {
            for (const ProcessVersion& earlier : procedure.processes) {
                if (earlier.issue >= version.issue) {
                    return Error::invalid(QStringLiteral("issue"),
                                          tr("Issue %1 exists already: a new issue must be numbered above it.")
                                              .arg(earlier.issue));
                }
                if (earlier.issuedOn > version.issuedOn) {
                    return Error::invalid(QStringLiteral("issued_on"),
                                          tr("Issue %1 is dated %2: a new issue cannot be dated before it.")
                                              .arg(earlier.issue)
                                              .arg(earlier.issuedOn.toString(QStringLiteral("dd/MM/yyyy"))));
                }
            }
            auto added = repository.addProcess(procedure.id, version);
            return added ? Status() : Status(added.error());
        });
}

Result<Procedure> CatalogueAdmin::editProcess(const identity::User& actor, const QString& procedureCode,
                                              const ProcessVersion& version)
{
    return changeProcess(
        actor, procedureCode, version, QStringLiteral("catalogue.process.changed"),
        [&](storage::CatalogueRepository& repository, const Procedure& procedure) -> Status {
            const auto stored =
                std::find_if(procedure.processes.cbegin(), procedure.processes.cend(),
                             [&version](const ProcessVersion& candidate) { return candidate.id == version.id; });
            if (stored == procedure.processes.cend()) {
                return Error{ErrorCode::NotFound, tr("Procedure %1 has no such process version.").arg(procedureCode),
                             QStringLiteral("process")};
            }
            if (stored->issue != version.issue) {
                return Error::invalid(QStringLiteral("issue"),
                                      tr("The issue number of a version stays: issue a new version instead."));
            }
            auto used = repository.dossiersOnProcess(version.id);
            if (!used) {
                return used.error();
            }
            if (*used > 0) {
                return Error{ErrorCode::IllegalState,
                             tr("Issue %1 of %2 is in use by %3 dossiers and is never edited in place: issue a new "
                                "version instead.")
                                 .arg(version.issue)
                                 .arg(procedureCode)
                                 .arg(*used),
                             QStringLiteral("process")};
            }
            return repository.replaceProcess(version.id, version);
        });
}

Result<qint64> CatalogueAdmin::dossiersOn(qint64 processId) const
{
    return storage::CatalogueRepository(m_database).dossiersOnProcess(processId);
}

ProcessVersion CatalogueAdmin::nextIssueDraft(const Procedure& procedure) const
{
    ProcessVersion draft;
    for (const ProcessVersion& version : procedure.processes) {
        if (version.issue >= draft.issue) {
            draft = version;
        }
    }
    if (procedure.processes.isEmpty()) {
        draft.issue = 0;
    }
    draft.id = 0;
    draft.issue += 1;
    draft.issuedOn = m_clock.now().date();
    draft.changeNote.clear();
    return draft;
}

Result<ImportPreview> CatalogueAdmin::previewImport(const Catalogue& catalogue) const
{
    storage::CatalogueRepository repository(m_database);
    ImportPreview preview;
    auto agency = repository.agency();
    if (!agency && agency.error().code != ErrorCode::NotFound) {
        return agency.error();
    }
    preview.changes.append({Subject::Agency, !agency ? Action::Add : *agency == catalogue.agency ? Action::Keep
                                                                                                   : Action::Change,
                            catalogue.agency.code, 0, catalogue.agency.name, {}});
    auto departments = repository.departments();
    if (!departments) {
        return departments.error();
    }
    for (const Department& department : catalogue.departments) {
        const auto stored = std::find_if(departments->cbegin(), departments->cend(),
                                         [&department](const Department& d) { return d.code == department.code; });
        const Action action = stored == departments->cend() ? Action::Add
                              : (stored->name == department.name && stored->oneStop == department.oneStop)
                                  ? Action::Keep
                                  : Action::Change;
        preview.changes.append({Subject::Department, action, department.code, 0, department.name, {}});
    }
    for (const Procedure& procedure : catalogue.procedures) {
        auto stored = repository.procedure(procedure.code);
        if (!stored && stored.error().code != ErrorCode::NotFound) {
            return stored.error();
        }
        if (!stored) {
            preview.changes.append({Subject::Procedure, Action::Add, procedure.code, 0, procedure.name, {}});
        } else {
            const QStringList changed = changedFields(*stored, procedure);
            preview.changes.append({Subject::Procedure, changed.isEmpty() ? Action::Keep : Action::Change,
                                    procedure.code, 0, procedure.name,
                                    changed.isEmpty() ? QString() : tr("Changes: %1").arg(fieldNames(changed))});
        }
        for (const ProcessVersion& version : procedure.processes) {
            const ProcessVersion* before = stored ? issueOf(*stored, version.issue) : nullptr;
            ImportChange change{Subject::Process, Action::Add, procedure.code, version.issue, version.code, {}};
            if (before && *before == version) {
                change.action = Action::Keep;
            } else if (before) {
                auto used = repository.dossiersOnProcess(before->id);
                if (!used) {
                    return used.error();
                }
                change.action = *used > 0 ? Action::Refuse : Action::Change;
                if (*used > 0) {
                    change.detail = tr("Issue %1 is in use by %2 dossiers and cannot change: give the new text a "
                                       "new issue number.")
                                        .arg(version.issue)
                                        .arg(*used);
                }
            }
            preview.changes.append(change);
        }
    }
    // What the file does not name stays as it is: an import never removes.
    auto all = repository.load();
    if (all) {
        for (const Procedure& procedure : all->procedures) {
            if (!catalogue.procedure(procedure.code)) {
                preview.changes.append({Subject::Procedure, Action::Keep, procedure.code, 0, procedure.name,
                                        tr("Not in the file: left as it is.")});
            }
        }
    }
    return preview;
}

Result<ImportPreview> CatalogueAdmin::applyImport(const identity::User& actor, const Catalogue& catalogue)
{
    if (Status admin = requireAdmin(actor); !admin) {
        return admin.error();
    }
    ImportPreview applied;
    Status status = m_database.transaction([&]() -> Status {
        auto preview = previewImport(catalogue);
        if (!preview) {
            return preview.error();
        }
        if (!preview->applicable()) {
            const auto refused = std::find_if(preview->changes.cbegin(), preview->changes.cend(),
                                              [](const ImportChange& change) { return change.action == Action::Refuse; });
            return Error{ErrorCode::IllegalState, tr("%1, issue %2: %3").arg(refused->code).arg(refused->issue).arg(refused->detail),
                         QStringLiteral("processes")};
        }
        applied = *preview;
        if (Status imported = storage::CatalogueRepository(m_database).import(catalogue); !imported) {
            return imported;
        }
        return log(actor, QStringLiteral("catalogue.imported"),
                   {{QStringLiteral("procedures"), static_cast<int>(catalogue.procedures.size())},
                    {QStringLiteral("added"), applied.count(Action::Add)},
                    {QStringLiteral("changed"), applied.count(Action::Change)}});
    });
    if (!status) {
        return status.error();
    }
    return applied;
}

Result<QByteArray> CatalogueAdmin::exportCatalogue() const
{
    auto catalogue = storage::CatalogueRepository(m_database).load();
    if (!catalogue) {
        return catalogue.error();
    }
    return CatalogueJson::write(*catalogue);
}

} // namespace motcua::catalogue
