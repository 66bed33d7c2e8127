#include "core/storage/DossierRepository.h"

#include "core/common/TextFold.h"
#include "core/storage/BulkInsert.h"
#include "core/storage/HistoryChain.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/StoredTerms.h"
#include "core/storage/StoredMoment.h"
#include "core/storage/UserRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <optional>

namespace motcua::storage {

using namespace motcua::dossier;

namespace {

QVariant nullable(const QDateTime& moment)
{
    return moment.isValid() ? QVariant(storedMoment(moment)) : QVariant();
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

// NULL for a dossier never accepted (an online submission waiting or refused at the queue): no code, no entry.
QVariant nullableText(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QString searchText(const Dossier& dossier)
{
    const Applicant& a = dossier.applicant;
    return foldForSearch(
        QStringList{dossier.code, a.name, a.identityNumber, a.taxCode, a.phone}.join(QLatin1Char(' ')));
}

QVariantList rowValues(const Dossier& d)
{
    const Applicant& a = d.applicant;
    const bool accepted = d.receivedAt.isValid();
    return {nullableText(d.code),
            d.procedureId,
            d.processId,
            a.kind == Applicant::Kind::Organisation ? QStringLiteral("organisation") : QStringLiteral("person"),
            a.name,
            notNullText(a.identityNumber),
            a.birthDate.isValid() ? a.birthDate.toString(Qt::ISODate) : QString(QLatin1String("")),
            notNullText(a.taxCode),
            notNullText(a.representative),
            notNullText(a.address),
            notNullText(a.phone),
            notNullText(a.email),
            static_cast<int>(d.channel),
            deliveryKey(d.delivery),
            d.sets,
            nullable(d.receivedAt),
            nullable(d.legalDueAt),
            nullable(d.dueAt),
            nullableText(d.registerBook),
            accepted ? QVariant(d.registerEntry) : QVariant(),
            d.feePaid,
            static_cast<int>(d.status),
            d.currentStep > 0 ? QVariant(d.currentStep) : QVariant(),
            nullableId(d.departmentId),
            nullableId(d.assigneeId),
            nullableId(d.receivedBy),
            d.paused ? 1 : 0,
            nullable(d.finishedAt),
            nullable(d.returnedAt),
            d.outcome.isEmpty() ? QVariant() : QVariant(d.outcome),
            notNullText(d.resultNote),
            searchText(d),
            d.limit.unit == calendar::TimeLimit::Unit::WorkingHours ? QStringLiteral("hours") : QStringLiteral("days"),
            d.limit.amount,
            calendar::countingRuleKey(d.rule),
            d.onSupplement == catalogue::SupplementBehaviour::Restart ? QStringLiteral("restart")
                                                                      : QStringLiteral("pause")};
}

const QString kColumns = QStringLiteral(
    "code, procedure_id, process_id, applicant_kind, applicant_name, identity_number, birth_date, tax_code, "
    "representative, address, phone, email, channel, delivery, sets, received_at, legal_due_at, due_at, "
    "register_book, register_entry, fee_paid, status, current_step, department_id, assignee_id, received_by, paused, "
    "finished_at, returned_at, outcome, result_note, search_text, limit_unit, limit_amount, rule, on_supplement");

const QString kStepColumns = QStringLiteral(
    "dossier_id, position, department_id, assignee_id, started_at, due_at, finished_at, finished_by, outcome, note");
const QString kPauseColumns = QStringLiteral("dossier_id, reason, note, started_at, ended_at, requested_by");
const QString kExtensionColumns = QStringLiteral("dossier_id, reason, old_due_at, new_due_at, granted_at, apology_by");
const QString kEventColumns = QStringLiteral("dossier_id, at, actor_id, action, details");
const QString kDocumentColumns = QStringLiteral("dossier_id, position, name, kind, count");

QVariantList stepRow(qint64 dossierId, const StepInstance& step)
{
    return {dossierId,
            step.position,
            step.departmentId,
            nullableId(step.assigneeId),
            storedMoment(step.startedAt),
            storedMoment(step.dueAt),
            nullable(step.finishedAt),
            nullableId(step.finishedBy),
            step.outcome.isEmpty() ? QVariant() : QVariant(step.outcome),
            notNullText(step.note)};
}

QVariantList pauseRow(qint64 dossierId, const PauseRecord& pause)
{
    return {dossierId,           pauseReasonKey(pause.reason), notNullText(pause.note), storedMoment(pause.startedAt),
            nullable(pause.endedAt), pause.requestedBy};
}

QVariantList extensionRow(qint64 dossierId, const ExtensionRecord& extension)
{
    return {dossierId,
            extension.reason,
            storedMoment(extension.oldDueAt),
            storedMoment(extension.newDueAt),
            storedMoment(extension.grantedAt),
            extension.apologyBy};
}

QVariantList eventRow(qint64 dossierId, const Event& event)
{
    return {dossierId, storedMoment(event.at), nullableId(event.actorId), event.action,
            event.details.isEmpty() ? QStringLiteral("{}") : event.details};
}

QVariantList documentRow(qint64 dossierId, qsizetype position, const ReceivedDocument& document)
{
    return {dossierId, position, document.name, catalogue::documentKindKey(document.kind), document.count};
}

} // namespace

Result<int> DossierRepository::nextInSequence(const QString& scope)
{
    const QString sql = QStringLiteral("INSERT INTO code_sequence (scope, last) VALUES (?, 1) ON CONFLICT (scope) "
                                       "DO UPDATE SET last = code_sequence.last + 1 RETURNING last");
    QSqlQuery query(m_database.connection());
    if (Status status = exec(query, sql, {scope}); !status) {
        return status.error();
    }
    if (!query.next()) {
        return sqlError(query);
    }
    return query.value(0).toInt();
}

Result<QHash<QString, int>> DossierRepository::sequences() const
{
    QSqlQuery query(m_database.connection());
    if (Status status = exec(query, QStringLiteral("SELECT scope, last FROM code_sequence")); !status) {
        return status.error();
    }
    QHash<QString, int> values;
    while (query.next()) {
        values.insert(query.value(0).toString(), query.value(1).toInt());
    }
    return values;
}

Status DossierRepository::storeSequences(const QList<std::pair<QString, int>>& values)
{
    QSqlQuery query(m_database.connection());
    for (const auto& [scope, last] : values) {
        if (Status status = exec(query,
                                 QStringLiteral("INSERT INTO code_sequence (scope, last) VALUES (?, ?) ON CONFLICT "
                                                "(scope) DO UPDATE SET last = excluded.last"),
                                 {scope, last});
            !status) {
            return status;
        }
    }
    return {};
}

Result<identity::User> DossierRepository::userByLogin(const QString& login) const
{
    return UserRepository(m_database).byLogin(login);
}

Status DossierRepository::insert(Dossier& dossier)
{
    const QVariantList values = rowValues(dossier);
    QStringList marks;
    for (qsizetype i = 0; i < values.size(); ++i) {
        marks << QStringLiteral("?");
    }
    QSqlQuery query(m_database.connection());
    if (Status status =
            exec(query,
                 QStringLiteral("INSERT INTO dossier (") + kColumns + QStringLiteral(", version) VALUES (") +
                     marks.join(QStringLiteral(", ")) + QStringLiteral(", 1) RETURNING id"),
                 values);
        !status) {
        return status;
    }
    dossier.id = returnedId(query);
    dossier.version = 1;
    if (Status status = insertDocuments(dossier); !status) {
        return status;
    }
    if (Status status = writeChildren(dossier); !status) {
        return status;
    }
    return announce(dossier.id);
}

Status DossierRepository::insertMany(QList<Dossier>& dossiers)
{
    if (dossiers.isEmpty()) {
        return {};
    }
    std::unique_ptr<BulkInsert> once = m_bulk ? nullptr : BulkInsert::forDatabase(m_database);
    BulkInsert& bulk = m_bulk ? *m_bulk : *once;
    const auto insertRows = [&](const QString& table, const QString& columns, const QList<QVariantList>& tableRows,
                                BulkInsert::Ids ids = BulkInsert::Ids::Returned) {
        return bulk.insert(table, columns, tableRows, ids);
    };
    QList<QVariantList> rows;
    rows.reserve(dossiers.size());
    for (const Dossier& dossier : dossiers) {
        rows.append(rowValues(dossier) << 1);
    }
    auto ids = insertRows(QStringLiteral("dossier"), kColumns + QStringLiteral(", version"),
                          rows);
    if (!ids) {
        return ids.error();
    }
    QList<QVariantList> documents;
    QList<QVariantList> steps;
    QList<QVariantList> pauses;
    QList<QVariantList> extensions;
    QList<QVariantList> events;
    for (qsizetype i = 0; i < dossiers.size(); ++i) {
        Dossier& dossier = dossiers[i];
        dossier.id = ids->at(i);
        dossier.version = 1;
        for (qsizetype d = 0; d < dossier.documents.size(); ++d) {
            documents.append(documentRow(dossier.id, d + 1, dossier.documents.at(d)));
        }
        for (const StepInstance& step : dossier.steps) {
            steps.append(stepRow(dossier.id, step));
        }
        for (const PauseRecord& pause : dossier.pauses) {
            pauses.append(pauseRow(dossier.id, pause));
        }
        for (const ExtensionRecord& extension : dossier.extensions) {
            extensions.append(extensionRow(dossier.id, extension));
        }
        for (Event& event : dossier.events) {
            if (event.details.isEmpty()) {
                event.details = QStringLiteral("{}");
            }
            events.append(eventRow(dossier.id, event));
        }
    }
    // The events' hashes, linked in the order of their rows (the order of their ids) after the chain's head.
    std::optional<HistoryHead> head;
    QString eventColumns = kEventColumns;
    if (m_database.chainsHistories() && !events.isEmpty()) {
        auto taken = HistoryChain::take(m_database, HistoryTable::DossierEvent);
        if (!taken) {
            return taken.error();
        }
        QList<QByteArray> contents;
        contents.reserve(events.size());
        for (const Dossier& dossier : std::as_const(dossiers)) {
            for (const Event& event : dossier.events) {
                contents.append(HistoryChain::eventContent(dossier.id, storedMoment(event.at), event.actorId,
                                                           event.action, event.details));
            }
        }
        const HistoryChain::Linked linked = HistoryChain::linkAll(taken->hash, contents);
        for (qsizetype i = 0; i < events.size(); ++i) {
            events[i] << linked.hashes.at(i);
        }
        head = HistoryHead{taken->entries + events.size(), 0, linked.head};
        eventColumns += QStringLiteral(", hash");
    }
    // The children's ids, in the order their rows were listed.
    const auto give = [](auto& items, const QList<qint64>& childIds, qsizetype& next) {
        for (auto& item : items) {
            item.id = childIds.at(next++);
        }
    };
    auto documentIds = insertRows(QStringLiteral("dossier_document"), kDocumentColumns,
                                  documents, BulkInsert::Ids::None);
    auto stepIds = documentIds ? insertRows(QStringLiteral("step_instance"), kStepColumns, steps)
                               : documentIds;
    auto pauseIds = stepIds ? insertRows(QStringLiteral("dossier_pause"), kPauseColumns, pauses)
                            : stepIds;
    auto extensionIds = pauseIds ? insertRows(QStringLiteral("dossier_extension"),
                                              kExtensionColumns, extensions)
                                 : pauseIds;
    auto eventIds = extensionIds
                        ? insertRows(QStringLiteral("dossier_event"), eventColumns, events)
                        : extensionIds;
    if (!eventIds) {
        return eventIds.error();
    }
    qsizetype nextStep = 0;
    qsizetype nextPause = 0;
    qsizetype nextExtension = 0;
    qsizetype nextEvent = 0;
    for (Dossier& dossier : dossiers) {
        give(dossier.steps, *stepIds, nextStep);
        give(dossier.pauses, *pauseIds, nextPause);
        give(dossier.extensions, *extensionIds, nextExtension);
        give(dossier.events, *eventIds, nextEvent);
    }
    if (head) {
        head->lastId = eventIds->constLast();
        if (Status advanced = HistoryChain::advance(m_database, HistoryTable::DossierEvent, *head); !advanced) {
            return advanced;
        }
    }
    return announce(dossiers.constLast().id);
}

Status DossierRepository::insertDocuments(const Dossier& dossier)
{
    QSqlQuery query(m_database.connection());
    for (qsizetype i = 0; i < dossier.documents.size(); ++i) {
        const ReceivedDocument& document = dossier.documents.at(i);
        if (Status status = exec(query,
                                 QStringLiteral("INSERT INTO dossier_document (") + kDocumentColumns +
                                     QStringLiteral(") VALUES (?, ?, ?, ?, ?)"),
                                 documentRow(dossier.id, i + 1, document));
            !status) {
            return status;
        }
    }
    return {};
}

Status DossierRepository::replaceDocuments(const Dossier& dossier)
{
    QSqlQuery query(m_database.connection());
    if (Status status = exec(query, QStringLiteral("DELETE FROM dossier_document WHERE dossier_id = ?"), {dossier.id});
        !status) {
        return status;
    }
    return insertDocuments(dossier);
}

Status DossierRepository::save(Dossier& dossier)
{
    QString assignments = kColumns;
    assignments.replace(QStringLiteral(", "), QStringLiteral(" = ?, "));
    assignments += QStringLiteral(" = ?");
    QVariantList values = rowValues(dossier);
    values << dossier.id << dossier.version;
    QSqlQuery query(m_database.connection());
    if (Status status = exec(query,
                             QStringLiteral("UPDATE dossier SET ") + assignments +
                                 QStringLiteral(", version = version + 1 WHERE id = ? AND version = ?"),
                             values);
        !status) {
        return status;
    }
    if (query.numRowsAffected() != 1) {
        return Error{ErrorCode::Conflict,
                     QCoreApplication::translate("motcua::storage",
                                                 "Dossier %1 was changed by someone else meanwhile: reload it and "
                                                 "try again.")
                         .arg(dossier.code),
                     QStringLiteral("version")};
    }
    ++dossier.version;
    if (Status status = writeChildren(dossier); !status) {
        return status;
    }
    return announce(dossier.id);
}

Status DossierRepository::writeChildren(Dossier& dossier)
{
    QSqlQuery query(m_database.connection());
    for (StepInstance& step : dossier.steps) {
        const QVariantList values = stepRow(dossier.id, step);
        if (step.id == 0) {
            if (Status status = exec(query,
                                     QStringLiteral("INSERT INTO step_instance (") + kStepColumns +
                                         QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                                     values);
                !status) {
                return status;
            }
            step.id = returnedId(query);
        } else {
            QVariantList update = values.mid(2);
            update << step.id;
            if (Status status = exec(query,
                                     QStringLiteral("UPDATE step_instance SET department_id = ?, assignee_id = ?, "
                                                    "started_at = ?, due_at = ?, finished_at = ?, finished_by = ?, "
                                                    "outcome = ?, note = ? WHERE id = ?"),
                                     update);
                !status) {
                return status;
            }
        }
    }
    for (PauseRecord& pause : dossier.pauses) {
        if (pause.id == 0) {
            if (Status status = exec(query,
                                     QStringLiteral("INSERT INTO dossier_pause (") + kPauseColumns +
                                         QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                                     pauseRow(dossier.id, pause));
                !status) {
                return status;
            }
            pause.id = returnedId(query);
        } else if (Status status = exec(query, QStringLiteral("UPDATE dossier_pause SET ended_at = ? WHERE id = ?"),
                                        {nullable(pause.endedAt), pause.id});
                   !status) {
            return status;
        }
    }
    for (ExtensionRecord& extension : dossier.extensions) {
        if (extension.id != 0) {
            continue;
        }
        if (Status status = exec(query,
                                 QStringLiteral("INSERT INTO dossier_extension (") + kExtensionColumns +
                                     QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                                 extensionRow(dossier.id, extension));
            !status) {
            return status;
        }
        extension.id = returnedId(query);
    }
    return writeEvents(dossier);
}

Status DossierRepository::writeEvents(Dossier& dossier)
{
    QList<Event*> added;
    QList<QByteArray> contents;
    for (Event& event : dossier.events) {
        if (event.id == 0) {
            if (event.details.isEmpty()) {
                event.details = QStringLiteral("{}");
            }
            added.append(&event);
            contents.append(
                HistoryChain::eventContent(dossier.id, storedMoment(event.at), event.actorId, event.action, event.details));
        }
    }
    if (added.isEmpty()) {
        return {};
    }
    if (!m_database.chainsHistories()) {
        return writeUnchained(dossier.id, added);
    }
    // The head is taken (and locked) before the rows are numbered: the chain's order is the order of the ids.
    auto head = HistoryChain::take(m_database, HistoryTable::DossierEvent);
    if (!head) {
        return head.error();
    }
    const HistoryChain::Linked linked = HistoryChain::linkAll(head->hash, contents);
    QSqlQuery query(m_database.connection());
    for (qsizetype i = 0; i < added.size(); ++i) {
        Event& event = *added.at(i);
        if (Status status = exec(query,
                                 QStringLiteral("INSERT INTO dossier_event (") + kEventColumns +
                                     QStringLiteral(", hash) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                                 eventRow(dossier.id, event) << linked.hashes.at(i));
            !status) {
            return status;
        }
        event.id = returnedId(query);
    }
    return HistoryChain::advance(m_database, HistoryTable::DossierEvent,
                                 {head->entries + added.size(), added.constLast()->id, linked.head});
}

Status DossierRepository::writeUnchained(qint64 dossierId, const QList<Event*>& added)
{
    QSqlQuery query(m_database.connection());
    for (Event* event : added) {
        if (Status status = exec(query,
                                 QStringLiteral("INSERT INTO dossier_event (dossier_id, at, actor_id, action, details) "
                                                "VALUES (?, ?, ?, ?, ?) RETURNING id"),
                                 {dossierId, storedMoment(event->at), nullableId(event->actorId), event->action,
                                  event->details});
            !status) {
            return status;
        }
        event->id = returnedId(query);
    }
    return {};
}

Status DossierRepository::announce(qint64 dossierId)
{
    const QString sql = m_database.dialect().announceDossier();
    if (sql.isEmpty()) {
        return {};
    }
    QSqlQuery query(m_database.connection());
    return exec(query, sql, {QString::number(dossierId)});
}

Result<Dossier> DossierRepository::byCode(const QString& code) const
{
    return load(QStringLiteral("code = ?"), code,
                QCoreApplication::translate("motcua::storage", "There is no dossier %1.").arg(code));
}

Result<Dossier> DossierRepository::byId(qint64 id) const
{
    return load(QStringLiteral("id = ?"), id,
                QCoreApplication::translate("motcua::storage", "There is no dossier number %1.").arg(id));
}

Result<Dossier> DossierRepository::load(const QString& condition, const QVariant& key, const QString& notFound) const
{
    QSqlQuery query(m_database.connection());
    if (Status status = exec(query,
                             QStringLiteral("SELECT ") + kColumns + QStringLiteral(", id, version FROM dossier WHERE ") +
                                 condition,
                             {key});
        !status) {
        return status.error();
    }
    if (!query.next()) {
        return Error{ErrorCode::NotFound, notFound, QStringLiteral("code")};
    }
    Dossier d;
    int c = 0;
    const auto next = [&]() {
        return query.value(c++);
    };
    d.code = next().toString();
    d.procedureId = next().toLongLong();
    d.processId = next().toLongLong();
    d.applicant.kind =
        next().toString() == QLatin1String("organisation") ? Applicant::Kind::Organisation : Applicant::Kind::Person;
    d.applicant.name = next().toString();
    d.applicant.identityNumber = next().toString();
    d.applicant.birthDate = QDate::fromString(next().toString(), Qt::ISODate);
    d.applicant.taxCode = next().toString();
    d.applicant.representative = next().toString();
    d.applicant.address = next().toString();
    d.applicant.phone = next().toString();
    d.applicant.email = next().toString();
    d.channel = static_cast<Channel>(next().toInt());
    d.delivery = deliveryFromKey(next().toString()).value_or(Delivery::Counter);
    d.sets = next().toInt();
    d.receivedAt = momentFromStored(next());
    d.legalDueAt = momentFromStored(next());
    d.dueAt = momentFromStored(next());
    d.registerBook = next().toString();
    d.registerEntry = next().toInt();
    d.feePaid = next().toLongLong();
    d.status = static_cast<DossierStatus>(next().toInt());
    d.currentStep = next().toInt();
    d.departmentId = next().toLongLong();
    d.assigneeId = next().toLongLong();
    d.receivedBy = next().toLongLong();
    d.paused = next().toBool();
    d.finishedAt = momentFromStored(next());
    d.returnedAt = momentFromStored(next());
    d.outcome = next().toString();
    d.resultNote = next().toString();
    next(); // search text
    const QVariant limitUnit = next();
    const QVariant limitAmount = next();
    const QVariant rule = next();
    readStoredTerms(d, limitUnit, limitAmount, rule, next());
    d.id = next().toLongLong();
    d.version = next().toInt();

    if (Status status = exec(query,
                             QStringLiteral("SELECT name, kind, count FROM dossier_document WHERE dossier_id = ? ORDER "
                                            "BY position"),
                             {d.id});
        !status) {
        return status.error();
    }
    while (query.next()) {
        d.documents.append(
            {query.value(0).toString(),
             catalogue::documentKindFromKey(query.value(1).toString()).value_or(catalogue::DocumentKind::Copy),
             query.value(2).toInt()});
    }
    if (Status status =
            exec(query,
                 QStringLiteral("SELECT id, position, department_id, coalesce(assignee_id, 0), started_at, "
                                "due_at, finished_at, coalesce(finished_by, 0), coalesce(outcome, ''), note "
                                "FROM step_instance WHERE dossier_id = ? ORDER BY id"),
                 {d.id});
        !status) {
        return status.error();
    }
    while (query.next()) {
        d.steps.append({query.value(0).toLongLong(), query.value(1).toInt(), query.value(2).toLongLong(),
                        query.value(3).toLongLong(), momentFromStored(query.value(4)), momentFromStored(query.value(5)),
                        momentFromStored(query.value(6)), query.value(7).toLongLong(), query.value(8).toString(),
                        query.value(9).toString()});
    }
    if (Status status = exec(query,
                             QStringLiteral("SELECT id, reason, note, started_at, ended_at, requested_by FROM "
                                            "dossier_pause WHERE dossier_id = ? ORDER BY id"),
                             {d.id});
        !status) {
        return status.error();
    }
    while (query.next()) {
        d.pauses.append({query.value(0).toLongLong(),
                         pauseReasonFromKey(query.value(1).toString()).value_or(PauseReason::Other),
                         query.value(2).toString(), momentFromStored(query.value(3)), momentFromStored(query.value(4)),
                         query.value(5).toLongLong()});
    }
    if (Status status = exec(query,
                             QStringLiteral("SELECT id, reason, old_due_at, new_due_at, granted_at, apology_by FROM "
                                            "dossier_extension WHERE dossier_id = ? ORDER BY id"),
                             {d.id});
        !status) {
        return status.error();
    }
    while (query.next()) {
        d.extensions.append({query.value(0).toLongLong(), query.value(1).toString(), momentFromStored(query.value(2)),
                             momentFromStored(query.value(3)), momentFromStored(query.value(4)),
                             query.value(5).toLongLong()});
    }
    if (Status status = exec(query,
                             QStringLiteral("SELECT e.id, e.at, coalesce(e.actor_id, 0), coalesce(u.full_name, ''), "
                                            "e.action, e.details FROM dossier_event e LEFT JOIN user_account u ON u.id "
                                            "= e.actor_id WHERE e.dossier_id = ? ORDER BY e.id"),
                             {d.id});
        !status) {
        return status.error();
    }
    while (query.next()) {
        d.events.append({query.value(0).toLongLong(), momentFromStored(query.value(1)), query.value(2).toLongLong(),
                         query.value(3).toString(), query.value(4).toString(), query.value(5).toString()});
    }
    return d;
}

} // namespace motcua::storage
