#include "core/storage/CatalogueRepository.h"

#include "core/common/TextFold.h"
#include "core/storage/SqlQuery.h"

#include <QCoreApplication>
#include <QHash>

namespace motcua::storage {

using namespace motcua::catalogue;

namespace {

QString limitUnitKey(const calendar::TimeLimit& limit)
{
    return limit.unit == calendar::TimeLimit::Unit::WorkingHours ? QStringLiteral("hours") : QStringLiteral("days");
}

calendar::TimeLimit limitFrom(const QVariant& unit, const QVariant& amount)
{
    return unit.toString() == QLatin1String("hours") ? calendar::TimeLimit::hours(amount.toDouble())
                                                     : calendar::TimeLimit::days(amount.toDouble());
}

} // namespace

Status CatalogueRepository::import(const Catalogue& catalogue)
{
    return m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        const Agency& agency = catalogue.agency;
        if (Status status =
                exec(query,
                     QStringLiteral("INSERT INTO agency (id, code, name, parent, address, place, phone, "
                                    "hotline, email) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO "
                                    "UPDATE SET code = excluded.code, name = excluded.name, parent = "
                                    "excluded.parent, address = excluded.address, place = excluded.place, "
                                    "phone = excluded.phone, hotline = excluded.hotline, email = "
                                    "excluded.email"),
                     {agency.code, agency.name, notNullText(agency.parent), notNullText(agency.address),
                      notNullText(agency.place), notNullText(agency.phone), notNullText(agency.hotline),
                      notNullText(agency.email)});
            !status) {
            return status;
        }
        QHash<QString, qint64> departments;
        for (const Department& department : catalogue.departments) {
            if (Status status = exec(query,
                                     QStringLiteral("INSERT INTO department (code, name, one_stop) VALUES (?, ?, ?) "
                                                    "ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
                                                    "one_stop = excluded.one_stop"),
                                     {department.code, department.name, department.oneStop ? 1 : 0});
                !status) {
                return status;
            }
        }
        auto departmentRows = departmentIds();
        if (!departmentRows) {
            return departmentRows.error();
        }
        departments = *departmentRows;
        for (qsizetype i = 0; i < catalogue.procedures.size(); ++i) {
            if (Status status = importProcedure(catalogue.procedures.at(i), static_cast<int>(i), departments);
                !status) {
                return status;
            }
        }
        return {};
    });
}

Result<QHash<QString, qint64>> CatalogueRepository::departmentIds() const
{
    QSqlQuery query(m_database.connection());
    if (Status status = exec(query, QStringLiteral("SELECT code, id FROM department")); !status) {
        return status.error();
    }
    QHash<QString, qint64> departments;
    while (query.next()) {
        departments.insert(query.value(0).toString(), query.value(1).toLongLong());
    }
    return departments;
}

Result<qint64> CatalogueRepository::saveProcedure(const Procedure& procedure)
{
    auto departments = departmentIds();
    if (!departments) {
        return departments.error();
    }
    return writeProcedure(procedure, *departments);
}

Result<qint64> CatalogueRepository::writeProcedure(const Procedure& procedure,
                                                   const QHash<QString, qint64>& departments)
{
    QSqlQuery query(m_database.connection());
    const QString search = foldForSearch(procedure.code + QLatin1Char(' ') + procedure.name);
    if (Status status = exec(
            query,
            QStringLiteral("INSERT INTO procedure (code, name, field, level, limit_unit, limit_amount, rule, "
                           "on_supplement, fee, fee_note, result, department_id, search_text) VALUES (?, ?, ?, ?, ?, "
                           "?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET name = excluded.name, field = "
                           "excluded.field, level = excluded.level, limit_unit = excluded.limit_unit, limit_amount "
                           "= excluded.limit_amount, rule = excluded.rule, on_supplement = excluded.on_supplement, "
                           "fee = excluded.fee, fee_note = excluded.fee_note, result = excluded.result, "
                           "department_id = excluded.department_id, search_text = excluded.search_text"),
            {procedure.code, procedure.name, notNullText(procedure.field), notNullText(procedure.level),
             limitUnitKey(procedure.limit), procedure.limit.amount, calendar::countingRuleKey(procedure.rule),
             procedure.onSupplement == SupplementBehaviour::Restart ? QStringLiteral("restart")
                                                                    : QStringLiteral("pause"),
             procedure.fee, notNullText(procedure.feeNote), notNullText(procedure.result),
             departments.value(procedure.departmentCode), search});
        !status) {
        return status.error();
    }
    if (Status status = exec(query, QStringLiteral("SELECT id FROM procedure WHERE code = ?"), {procedure.code});
        !status || !query.next()) {
        return status ? Error::storage(QStringLiteral("procedure vanished")) : status.error();
    }
    const qint64 procedureId = query.value(0).toLongLong();
    if (Status status =
            exec(query, QStringLiteral("DELETE FROM procedure_document WHERE procedure_id = ?"), {procedureId});
        !status) {
        return status.error();
    }
    for (qsizetype d = 0; d < procedure.documents.size(); ++d) {
        const RequiredDocument& document = procedure.documents.at(d);
        if (Status status = exec(query,
                                 QStringLiteral("INSERT INTO procedure_document (procedure_id, position, name, kind, "
                                                "count, mandatory) VALUES (?, ?, ?, ?, ?, ?)"),
                                 {procedureId, d + 1, document.name, documentKindKey(document.kind), document.count,
                                  document.mandatory ? 1 : 0});
            !status) {
            return status.error();
        }
    }
    return procedureId;
}

Status CatalogueRepository::importProcedure(const Procedure& procedure, int index,
                                            const QHash<QString, qint64>& departments)
{
    auto procedureId = writeProcedure(procedure, departments);
    if (!procedureId) {
        return procedureId.error();
    }
    auto existing = procedureById(*procedureId);
    for (qsizetype p = 0; p < procedure.processes.size(); ++p) {
        const ProcessVersion& version = procedure.processes.at(p);
        const ProcessVersion* stored = nullptr;
        if (existing) {
            for (const ProcessVersion& candidate : existing->processes) {
                if (candidate.issue == version.issue) {
                    stored = &candidate;
                }
            }
        }
        if (stored && *stored == version) {
            continue;
        }
        if (stored) {
            auto used = dossiersOnProcess(stored->id);
            if (!used) {
                return used.error();
            }
            if (*used > 0) {
                const QString path = QStringLiteral("procedures[%1].processes[%2]").arg(index).arg(p);
                return Error::invalid(path, QCoreApplication::translate("motcua::CatalogueJson",
                                                                        "%1: issue %2 of the process of %3 is already "
                                                                        "used by dossiers and cannot change; publish "
                                                                        "a new issue.")
                                                .arg(path)
                                                .arg(version.issue)
                                                .arg(procedure.code));
            }
            if (Status status = writeProcess(stored->id, version, departments); !status) {
                return status;
            }
            continue;
        }
        if (auto added = insertProcess(*procedureId, version, departments); !added) {
            return added.error();
        }
    }
    return {};
}

Result<qint64> CatalogueRepository::addProcess(qint64 procedureId, const ProcessVersion& version)
{
    auto departments = departmentIds();
    if (!departments) {
        return departments.error();
    }
    return insertProcess(procedureId, version, *departments);
}

Status CatalogueRepository::replaceProcess(qint64 processId, const ProcessVersion& version)
{
    auto departments = departmentIds();
    if (!departments) {
        return departments.error();
    }
    return writeProcess(processId, version, *departments);
}

Result<qint64> CatalogueRepository::insertProcess(qint64 procedureId, const ProcessVersion& version,
                                                  const QHash<QString, qint64>& departments)
{
    QSqlQuery query(m_database.connection());
    if (Status status = exec(query,
                             QStringLiteral("INSERT INTO process_version (procedure_id, code, issue, issued_on, "
                                            "prepared_by, reviewed_by, approved_by, change_note) VALUES (?, ?, ?, ?, "
                                            "?, ?, ?, ?) RETURNING id"),
                             {procedureId, version.code, version.issue, version.issuedOn.toString(Qt::ISODate),
                              notNullText(version.preparedBy), notNullText(version.reviewedBy),
                              notNullText(version.approvedBy), notNullText(version.changeNote)});
        !status) {
        return status.error();
    }
    const qint64 processId = returnedId(query);
    if (Status status = insertSteps(processId, version.steps, departments); !status) {
        return status.error();
    }
    return processId;
}

Status CatalogueRepository::writeProcess(qint64 processId, const ProcessVersion& version,
                                         const QHash<QString, qint64>& departments)
{
    QSqlQuery query(m_database.connection());
    if (Status status = exec(query,
                             QStringLiteral("UPDATE process_version SET code = ?, issue = ?, issued_on = ?, "
                                            "prepared_by = ?, reviewed_by = ?, approved_by = ?, change_note = ? "
                                            "WHERE id = ?"),
                             {version.code, version.issue, version.issuedOn.toString(Qt::ISODate),
                              notNullText(version.preparedBy), notNullText(version.reviewedBy),
                              notNullText(version.approvedBy), notNullText(version.changeNote), processId});
        !status) {
        return status;
    }
    if (Status status = exec(query, QStringLiteral("DELETE FROM process_step WHERE process_id = ?"), {processId});
        !status) {
        return status;
    }
    return insertSteps(processId, version.steps, departments);
}

Status CatalogueRepository::insertSteps(qint64 processId, const QList<ProcessStep>& steps,
                                        const QHash<QString, qint64>& departments)
{
    QSqlQuery query(m_database.connection());
    for (qsizetype s = 0; s < steps.size(); ++s) {
        const ProcessStep& step = steps.at(s);
        if (Status status =
                exec(query,
                     QStringLiteral("INSERT INTO process_step (process_id, position, content, department_id, role, "
                                    "time_unit, time_amount, output) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                     {processId, s + 1, step.content, departments.value(step.departmentCode),
                      identity::roleKey(step.role), limitUnitKey(step.time), step.time.amount,
                      notNullText(step.output)});
            !status) {
            return status;
        }
    }
    return {};
}

Result<qint64> CatalogueRepository::dossiersOnProcess(qint64 processId) const
{
    QSqlQuery query(m_database.connection());
    if (Status status =
            exec(query, QStringLiteral("SELECT count(*) FROM dossier WHERE process_id = ?"), {processId});
        !status || !query.next()) {
        return status ? Error::storage(QStringLiteral("count failed")) : status.error();
    }
    return query.value(0).toLongLong();
}

Result<Agency> CatalogueRepository::agency() const
{
    QSqlQuery query(m_database.connection());
    if (Status status = exec(query, QStringLiteral("SELECT code, name, parent, address, place, phone, hotline, email "
                                                   "FROM agency WHERE id = 1"));
        !status) {
        return status.error();
    }
    if (!query.next()) {
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("motcua::storage", "No agency yet: import a catalogue first."),
                     QStringLiteral("agency")};
    }
    return Agency{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                  query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                  query.value(6).toString(), query.value(7).toString()};
}

namespace {

// A row of `SELECT id, code, name, one_stop FROM department`.
Department departmentAt(const QSqlQuery& query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(), query.value(3).toBool()};
}

} // namespace

Result<QList<Department>> CatalogueRepository::departments() const
{
    QSqlQuery query(m_database.connection());
    if (Status status = exec(query, QStringLiteral("SELECT id, code, name, one_stop FROM department ORDER BY id"));
        !status) {
        return status.error();
    }
    QList<Department> list;
    while (query.next()) {
        list.append(departmentAt(query));
    }
    return list;
}

Result<Department> CatalogueRepository::department(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    if (Status status =
            exec(query, QStringLiteral("SELECT id, code, name, one_stop FROM department WHERE id = ?"), {id});
        !status) {
        return status.error();
    }
    if (!query.next()) {
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("motcua::storage", "There is no department %1.").arg(id),
                     QStringLiteral("department")};
    }
    return departmentAt(query);
}

Result<Procedure> CatalogueRepository::procedure(const QString& code) const
{
    return loadProcedure(QStringLiteral("p.code = ?"), code);
}

Result<Procedure> CatalogueRepository::procedureById(qint64 id) const
{
    return loadProcedure(QStringLiteral("p.id = ?"), id);
}

Result<Procedure> CatalogueRepository::loadProcedure(const QString& where, const QVariant& key) const
{
    QSqlQuery query(m_database.connection());
    if (Status status = exec(query,
                             QStringLiteral("SELECT p.id, p.code, p.name, p.field, p.level, p.limit_unit, "
                                            "p.limit_amount, p.rule, p.on_supplement, p.fee, p.fee_note, p.result, "
                                            "d.code, p.department_id FROM procedure p JOIN department d ON d.id = "
                                            "p.department_id WHERE ") +
                                 where,
                             {key});
        !status) {
        return status.error();
    }
    if (!query.next()) {
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("motcua::storage", "There is no procedure %1.").arg(key.toString()),
                     QStringLiteral("procedure")};
    }
    Procedure procedure;
    procedure.id = query.value(0).toLongLong();
    procedure.code = query.value(1).toString();
    procedure.name = query.value(2).toString();
    procedure.field = query.value(3).toString();
    procedure.level = query.value(4).toString();
    procedure.limit = limitFrom(query.value(5), query.value(6));
    procedure.rule =
        calendar::countingRuleFromKey(query.value(7).toString()).value_or(calendar::CountingRule::WorkingTime);
    procedure.onSupplement = query.value(8).toString() == QLatin1String("restart") ? SupplementBehaviour::Restart
                                                                                   : SupplementBehaviour::Pause;
    procedure.fee = query.value(9).toLongLong();
    procedure.feeNote = query.value(10).toString();
    procedure.result = query.value(11).toString();
    procedure.departmentCode = query.value(12).toString();
    procedure.departmentId = query.value(13).toLongLong();

    if (Status status = exec(query,
                             QStringLiteral("SELECT name, kind, count, mandatory FROM procedure_document WHERE "
                                            "procedure_id = ? ORDER BY position"),
                             {procedure.id});
        !status) {
        return status.error();
    }
    while (query.next()) {
        procedure.documents.append({query.value(0).toString(),
                                    documentKindFromKey(query.value(1).toString()).value_or(DocumentKind::Original),
                                    query.value(2).toInt(), query.value(3).toBool()});
    }
    if (Status status = exec(query,
                             QStringLiteral("SELECT id, code, issue, issued_on, prepared_by, reviewed_by, approved_by, "
                                            "change_note FROM process_version WHERE procedure_id = ? ORDER BY issue"),
                             {procedure.id});
        !status) {
        return status.error();
    }
    while (query.next()) {
        ProcessVersion version;
        version.id = query.value(0).toLongLong();
        version.code = query.value(1).toString();
        version.issue = query.value(2).toInt();
        version.issuedOn = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        version.preparedBy = query.value(4).toString();
        version.reviewedBy = query.value(5).toString();
        version.approvedBy = query.value(6).toString();
        version.changeNote = query.value(7).toString();
        procedure.processes.append(version);
    }
    for (ProcessVersion& version : procedure.processes) {
        if (Status status =
                exec(query,
                     QStringLiteral("SELECT s.position, s.content, d.code, s.department_id, s.role, "
                                    "s.time_unit, s.time_amount, s.output FROM process_step s JOIN "
                                    "department d ON d.id = s.department_id WHERE s.process_id = ? ORDER BY "
                                    "s.position"),
                     {version.id});
            !status) {
            return status.error();
        }
        while (query.next()) {
            version.steps.append({query.value(0).toInt(), query.value(1).toString(), query.value(2).toString(),
                                  query.value(3).toLongLong(),
                                  identity::roleFromKey(query.value(4).toString()).value_or(identity::Role::Specialist),
                                  limitFrom(query.value(5), query.value(6)), query.value(7).toString()});
        }
    }
    return procedure;
}

Result<Catalogue> CatalogueRepository::load() const
{
    Catalogue catalogue;
    auto agencyRow = agency();
    if (!agencyRow) {
        return agencyRow.error();
    }
    catalogue.agency = *agencyRow;
    auto departmentRows = departments();
    if (!departmentRows) {
        return departmentRows.error();
    }
    catalogue.departments = *departmentRows;
    QSqlQuery query(m_database.connection());
    if (Status status = exec(query, QStringLiteral("SELECT code FROM procedure ORDER BY id")); !status) {
        return status.error();
    }
    QStringList codes;
    while (query.next()) {
        codes << query.value(0).toString();
    }
    for (const QString& code : codes) {
        auto procedureRow = procedure(code);
        if (!procedureRow) {
            return procedureRow.error();
        }
        catalogue.procedures.append(*procedureRow);
    }
    return catalogue;
}

Result<CatalogueSnapshot> CatalogueRepository::snapshot() const
{
    auto catalogue = load();
    if (!catalogue) {
        return catalogue.error();
    }
    return CatalogueSnapshot(*catalogue);
}

} // namespace motcua::storage
