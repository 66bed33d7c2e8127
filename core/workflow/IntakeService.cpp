#include "core/workflow/IntakeService.h"

#include "core/calendar/DeadlineCalculator.h"
#include "core/common/AgencyTime.h"
#include "core/common/TextBounds.h"
#include "core/identity/BirthDate.h"
#include "core/identity/EmailAddress.h"
#include "core/identity/IdentityNumber.h"
#include "core/identity/PhoneNumber.h"
#include "core/identity/TaxCode.h"
#include "core/storage/DossierRepository.h"
#include "core/workflow/DossierAccess.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace motcua::workflow {

using namespace motcua::dossier;
using identity::Role;

namespace {

Status required(const QString& value, const QString& field, const QString& missing)
{
    if (value.trimmed().isEmpty()) {
        return Error::invalid(field, missing);
    }
    return {};
}

} // namespace

Status validateApplicant(const Applicant& applicant, const QDate& today)
{
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("motcua::workflow", text);
    };
    if (Status bounded = TextBounds::check({{applicant.name, TextKind::Name, "applicant.name"},
                                            {applicant.address, TextKind::Address, "applicant.address"},
                                            {applicant.identityNumber, TextKind::Contact, "applicant.identity_number"},
                                            {applicant.taxCode, TextKind::Contact, "applicant.tax_code"},
                                            {applicant.representative, TextKind::Name, "applicant.representative"},
                                            {applicant.phone, TextKind::Contact, "applicant.phone"},
                                            {applicant.email, TextKind::Contact, "applicant.email"}});
        !bounded) {
        return bounded;
    }
    if (Status s = required(applicant.name, QStringLiteral("applicant.name"), tr("The name is missing.")); !s) {
        return s;
    }
    if (Status s = required(applicant.address, QStringLiteral("applicant.address"), tr("The address is missing."));
        !s) {
        return s;
    }
    if (applicant.kind == Applicant::Kind::Person) {
        if (Status s = required(applicant.identityNumber, QStringLiteral("applicant.identity_number"),
                                tr("The identity number is missing."));
            !s) {
            return s;
        }
        if (Status s = identity::IdentityNumber::validate(
                applicant.identityNumber, QStringLiteral("applicant.identity_number"), applicant.birthDate, true);
            !s) {
            return s;
        }
        if (Status s =
                identity::BirthDate::validate(applicant.birthDate, today, QStringLiteral("applicant.birth_date"));
            !s) {
            return s;
        }
    } else {
        if (Status s =
                required(applicant.taxCode, QStringLiteral("applicant.tax_code"), tr("The tax code is missing."));
            !s) {
            return s;
        }
        if (Status s = identity::TaxCode::validate(applicant.taxCode, QStringLiteral("applicant.tax_code")); !s) {
            return s;
        }
        if (Status s = required(applicant.representative, QStringLiteral("applicant.representative"),
                                tr("The legal representative is missing."));
            !s) {
            return s;
        }
    }
    if (!applicant.phone.isEmpty()) {
        if (Status s = identity::PhoneNumber::validate(applicant.phone, QStringLiteral("applicant.phone")); !s) {
            return s;
        }
    }
    if (!applicant.email.isEmpty()) {
        if (Status s = identity::EmailAddress::validate(applicant.email, QStringLiteral("applicant.email")); !s) {
            return s;
        }
    }
    return {};
}

QStringList IntakeService::missingDocuments(const catalogue::Procedure& procedure, const ReceiveRequest& request)
{
    QStringList missing;
    for (qsizetype i = 0; i < procedure.documents.size(); ++i) {
        const catalogue::RequiredDocument& document = procedure.documents.at(i);
        const bool given = std::any_of(request.documents.cbegin(), request.documents.cend(),
                                       [&](const QPair<int, int>& d) { return d.first == i + 1 && d.second >= 1; });
        if (document.mandatory && !given) {
            missing << document.name;
        }
    }
    return missing;
}

Result<Dossier> IntakeService::receive(const ReceiveRequest& request)
{
    auto received = checkAndReceive(request);
    if (!received) {
        DossierAccess(m_context).logIfRefused("receive", {}, received.error());
    }
    return received;
}

Result<storage::IntakeSupplementRecord> IntakeService::recordSupplementRequest(const ReceiveRequest& request,
                                                                               const QStringList& missing,
                                                                               const QString& guidance)
{
    auto recorded = checkAndRecordSupplementRequest(request, missing, guidance);
    if (!recorded) {
        DossierAccess(m_context).logIfRefused("record the supplement request at intake", {}, recorded.error());
    }
    return recorded;
}

Result<Dossier> IntakeService::checkAndReceive(const ReceiveRequest& request)
{
    DossierAccess access(m_context);
    if (Status allowed = access.requireAllowed(Permissions::allowsReceiving(m_context.actor), Action::Receive,
                                               QCoreApplication::translate("motcua::workflow", "receive dossiers"));
        !allowed) {
        return allowed.error();
    }
    const QDateTime now = m_context.now();
    const QDateTime receivedAt = request.receivedAt.isValid() ? request.receivedAt : now;
    if (request.receivedAt.isValid() && request.receivedAt != now) {
        if (Status allowed = access.requireRole(
                Role::Admin, QCoreApplication::translate("motcua::workflow", "enter a back-dated dossier"));
            !allowed) {
            return allowed.error();
        }
        if (request.receivedAt > now) {
            return Error::invalid(
                QStringLiteral("received_at"),
                QCoreApplication::translate("motcua::workflow", "A dossier cannot be received in the future."));
        }
    }
    auto checked = prepare(request, receivedAt);
    if (!checked) {
        return checked.error();
    }
    Prepared prepared = std::move(checked).value();
    Status stored = m_context.database.transaction([&]() -> Status {
        if (Status numbered = numberAndRecord(prepared, {}); !numbered) {
            return numbered;
        }
        return m_context.store.insert(prepared.dossier);
    });
    if (!stored) {
        return stored.error();
    }
    return prepared.dossier;
}

Result<Dossier> IntakeService::acceptOnline(qint64 dossierId, const ReceiveRequest& request, int expectedVersion)
{
    DossierAccess access(m_context);
    auto accepted = [&]() -> Result<Dossier> {
        if (Status allowed =
                access.requireAllowed(Permissions::allowsReceiving(m_context.actor), Action::Receive,
                                      QCoreApplication::translate("motcua::workflow", "accept online submissions"));
            !allowed) {
            return allowed.error();
        }
        ReceiveRequest online = request;
        online.channel = Channel::Online;
        auto checked = prepare(online, m_context.now());
        if (!checked) {
            return checked.error();
        }
        Prepared prepared = std::move(checked).value();
        return access.change(dossierId, expectedVersion, [&](DossierInWork& work) -> Status {
            if (Status waiting = DossierAccess::requireWaitingOnline(work.dossier); !waiting) {
                return waiting;
            }
            prepared.dossier.id = work.dossier.id;
            prepared.dossier.version = work.dossier.version;
            prepared.dossier.events = work.dossier.events;
            if (Status numbered = numberAndRecord(prepared, {{QStringLiteral("online"), true}}); !numbered) {
                return numbered;
            }
            work.dossier = prepared.dossier;
            return m_context.store.replaceDocuments(work.dossier);
        });
    }();
    if (!accepted) {
        access.logIfRefused("accept an online submission", {}, accepted.error());
    }
    return accepted;
}

Result<IntakeService::Prepared> IntakeService::prepare(const ReceiveRequest& request, const QDateTime& receivedAt)
{
    DossierAccess access(m_context);
    if (request.sets < 1 || request.sets > 100) {
        return Error::invalid(QStringLiteral("sets"),
                              QCoreApplication::translate("motcua::workflow", "The number of sets is from 1 to 100."));
    }
    if (request.feePaid < 0) {
        return Error::invalid(QStringLiteral("fee_paid"),
                              QCoreApplication::translate("motcua::workflow", "The fee cannot be negative."));
    }
    if (Status valid = validateApplicant(request.applicant, m_context.now().date()); !valid) {
        return valid.error();
    }

    auto procedure = m_context.catalogue.procedure(request.procedureCode);
    if (!procedure) {
        return procedure.error().code == ErrorCode::NotFound
                   ? Error::invalid(QStringLiteral("procedure"), procedure.error().message)
                   : procedure.error();
    }
    if (Status documents = checkDocuments(*procedure, request.documents); !documents) {
        return documents.error();
    }
    const QStringList missing = missingDocuments(*procedure, request);
    if (!missing.isEmpty()) {
        return Error::invalid(QStringLiteral("documents"),
                              QCoreApplication::translate("motcua::workflow", "The dossier is incomplete; missing: %1.")
                                  .arg(missing.join(QStringLiteral("; "))));
    }
    const catalogue::ProcessVersion* process = procedure->processInForce(receivedAt.date());
    if (!process || process->steps.isEmpty()) {
        return Error{ErrorCode::IllegalState,
                     QCoreApplication::translate("motcua::workflow", "Procedure %1 has no process with steps.")
                         .arg(procedure->code),
                     QStringLiteral("procedure")};
    }
    auto agency = m_context.catalogue.agency();
    if (!agency) {
        return agency.error();
    }

    Prepared prepared;
    prepared.procedureCode = procedure->code;
    prepared.processIssue = process->issue;
    prepared.agencyCode = agency->code;
    Dossier& dossier = prepared.dossier;
    dossier.procedureId = procedure->id;
    dossier.processId = process->id;
    dossier.limit = procedure->limit;
    dossier.rule = procedure->rule;
    dossier.onSupplement = procedure->onSupplement;
    dossier.applicant = request.applicant;
    if (!dossier.applicant.phone.isEmpty()) {
        dossier.applicant.phone = identity::PhoneNumber::normalized(dossier.applicant.phone);
    }
    dossier.channel = request.channel;
    dossier.delivery = request.delivery;
    dossier.sets = request.sets;
    for (const auto& [position, count] : request.documents) {
        const catalogue::RequiredDocument& document = procedure->documents.at(position - 1);
        dossier.documents.append({document.name, document.kind, count});
    }
    dossier.receivedAt = receivedAt;
    dossier.feePaid = request.feePaid;
    dossier.status = DossierStatus::Accepted;
    dossier.receivedBy = m_context.actor.id;

    const catalogue::ProcessStep& first = process->steps.constFirst();
    StepInstance step;
    step.position = 1;
    step.departmentId = first.departmentId;
    step.assigneeId = first.role == Role::Clerk ? m_context.actor.id : 0;
    step.startedAt = receivedAt;
    dossier.steps.append(step);
    dossier.currentStep = 1;
    dossier.departmentId = first.departmentId;
    dossier.assigneeId = step.assigneeId;
    if (Status due = access.refreshDueMoments(dossier, *process); !due) {
        return due.error();
    }
    dossier.legalDueAt = dossier.dueAt; // nothing has paused or extended it yet
    return prepared;
}

Status IntakeService::checkDocuments(const catalogue::Procedure& procedure, const QList<QPair<int, int>>& documents)
{
    for (const auto& [position, count] : documents) {
        if (position < 1 || position > procedure.documents.size() || count < 1 || count > 100) {
            return Error::invalid(QStringLiteral("documents"),
                                  QCoreApplication::translate("motcua::workflow",
                                                              "%1 is not a document of the procedure (1 to "
                                                              "%2) with a count from 1 to 100.")
                                      .arg(position)
                                      .arg(procedure.documents.size()));
        }
    }
    return {};
}

Status IntakeService::numberAndRecord(Prepared& prepared, const QJsonObject& extra)
{
    Dossier& dossier = prepared.dossier;
    dossier::DossierStore& dossiers = m_context.store;
    const QDateTime receivedAt = dossier.receivedAt;
    const QString day = receivedAt.toString(QStringLiteral("yyMMdd"));
    auto sequence = dossiers.nextInSequence(QStringLiteral("dossier:%1:%2").arg(prepared.agencyCode, day));
    if (!sequence) {
        return sequence.error();
    }
    if (*sequence > 9999) {
        return Error{ErrorCode::IllegalState,
                     QCoreApplication::translate("motcua::workflow", "More than 9999 dossiers in one day."),
                     QStringLiteral("code")};
    }
    dossier.code = QStringLiteral("%1-%2-%3").arg(prepared.agencyCode, day).arg(*sequence, 4, 10, QLatin1Char('0'));
    dossier.registerBook = QString::number(receivedAt.date().year());
    auto entry = dossiers.nextInSequence(QStringLiteral("register:") + dossier.registerBook);
    if (!entry) {
        return entry.error();
    }
    dossier.registerEntry = *entry;
    QJsonObject details{{QStringLiteral("procedure"), prepared.procedureCode},
                        {QStringLiteral("process_issue"), prepared.processIssue},
                        {QStringLiteral("received_at"), isoMoment(receivedAt)},
                        {QStringLiteral("due_at"), isoMoment(dossier.dueAt)},
                        {QStringLiteral("channel"), channelKey(dossier.channel)}};
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        details.insert(it.key(), it.value());
    }
    DossierAccess(m_context).addEvent(dossier, QStringLiteral("receive"), details);
    return {};
}

Result<storage::IntakeSupplementRecord> IntakeService::checkAndRecordSupplementRequest(const ReceiveRequest& request,
                                                                                       const QStringList& missing,
                                                                                       const QString& guidance)
{
    DossierAccess access(m_context);
    if (Status allowed = access.requireAllowed(Permissions::allowsReceiving(m_context.actor), Action::Receive,
                                               QCoreApplication::translate("motcua::workflow", "receive dossiers"));
        !allowed) {
        return allowed.error();
    }
    if (Status s = required(request.applicant.name, QStringLiteral("applicant.name"),
                            QCoreApplication::translate("motcua::workflow", "The name is missing."));
        !s) {
        return s.error();
    }
    if (Status bounded = TextBounds::check({{request.applicant.name, TextKind::Name, "applicant.name"},
                                            {request.applicant.address, TextKind::Address, "applicant.address"},
                                            {request.applicant.phone, TextKind::Contact, "applicant.phone"},
                                            {guidance, TextKind::Note, "guidance"}});
        !bounded) {
        return bounded.error();
    }
    auto procedure = m_context.catalogue.procedure(request.procedureCode);
    if (!procedure) {
        return procedure.error();
    }
    if (missing.isEmpty()) {
        return Error::invalid(
            QStringLiteral("documents"),
            QCoreApplication::translate("motcua::workflow", "Nothing is missing: the dossier can be received."));
    }
    storage::IntakeSupplementRecord record;
    record.at = m_context.now();
    record.procedureId = procedure->id;
    record.procedureCode = procedure->code;
    record.procedureName = procedure->name;
    record.applicantName = request.applicant.name.simplified();
    record.address = request.applicant.address.simplified();
    record.phone = request.applicant.phone.trimmed();
    record.missing = missing;
    record.guidance = guidance.trimmed();
    record.clerkId = m_context.actor.id;
    record.clerkName = m_context.actor.fullName;
    if (Status stored = m_context.database.transaction(
            [&] { return storage::IntakeSupplementRepository(m_context.database).record(record); });
        !stored) {
        return stored.error();
    }
    return record;
}

} // namespace motcua::workflow
