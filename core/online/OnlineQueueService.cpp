#include "core/online/OnlineQueueService.h"

#include "core/common/AgencyTime.h"
#include "core/common/TextBounds.h"
#include "core/storage/Settings.h"
#include "core/workflow/DossierAccess.h"

#include <QDir>
#include <QJsonArray>

namespace motcua::online {

using namespace motcua::dossier;
using identity::Role;
using storage::ImportLogEntry;
using storage::OnlineSubmissionRepository;

namespace {

// A portal's clock may run a little ahead of the agency's.
constexpr int kFutureToleranceSeconds = 10 * 60;

void fill(Dossier& dossier, const Submission& submission, const catalogue::Procedure& procedure)
{
    dossier.applicant = submission.applicant;
    dossier.delivery = submission.delivery;
    dossier.sets = submission.sets;
    dossier.documents.clear();
    for (const SubmittedDocument& submitted : submission.documents) {
        const catalogue::RequiredDocument& document = procedure.documents.at(submitted.position - 1);
        dossier.documents.append({document.name, document.kind, submitted.count});
    }
}

QJsonObject submissionDetails(const Submission& submission, const QString& fileName)
{
    QJsonArray files;
    for (const SubmittedDocument& document : submission.documents) {
        if (!document.file.isEmpty()) {
            files.append(document.file);
        }
    }
    QJsonObject details{{QStringLiteral("reference"), submission.reference},
                        {QStringLiteral("submitted_at"), isoMoment(submission.submittedAt)},
                        {QStringLiteral("file"), fileName}};
    if (!files.isEmpty()) {
        details.insert(QStringLiteral("attachments"), files);
    }
    return details;
}

} // namespace

Status OnlineQueueService::requireQueueRole(bool importing) const
{
    const identity::User& actor = m_context.actor;
    if (actor.has(Role::Clerk) || (importing && actor.has(Role::Admin))) {
        return {};
    }
    return workflow::DossierAccess(m_context).requireRole(
        Role::Clerk, importing ? tr("import online submissions") : tr("work the online submission queue"));
}

Status OnlineQueueService::checkForProcedure(const Submission& submission, catalogue::Procedure& procedure) const
{
    auto found = m_context.catalogue.procedure(submission.procedureCode);
    if (!found) {
        return found.error().code == ErrorCode::NotFound ? Error::invalid(QStringLiteral("procedure"),
                                                                          found.error().message)
                                                         : found.error();
    }
    procedure = std::move(found).value();
    if (submission.submittedAt > m_context.now().addSecs(kFutureToleranceSeconds)) {
        return Error::invalid(QStringLiteral("submitted_at"),
                              tr("The submission is dated %1, after now.")
                                  .arg(submission.submittedAt.toString(QStringLiteral("HH:mm dd/MM/yyyy"))));
    }
    if (Status applicant = workflow::validateApplicant(submission.applicant, m_context.now().date()); !applicant) {
        return applicant;
    }
    QList<QPair<int, int>> documents;
    for (const SubmittedDocument& document : submission.documents) {
        documents.append({document.position, document.count});
    }
    if (Status valid = workflow::IntakeService::checkDocuments(procedure, documents); !valid) {
        return valid;
    }
    if (!procedure.processInForce(m_context.now().date())) {
        return Error{ErrorCode::IllegalState,
                     tr("Procedure %1 has no process in force: it cannot be received now.").arg(procedure.code),
                     QStringLiteral("procedure")};
    }
    return {};
}

Result<SubmitResult> OnlineQueueService::submit(const Submission& submission, const QString& fileName,
                                                const QString& digest)
{
    if (Status allowed = requireQueueRole(true); !allowed) {
        return allowed.error();
    }
    catalogue::Procedure procedure;
    if (Status valid = checkForProcedure(submission, procedure); !valid) {
        return valid.error();
    }
    OnlineSubmissionRepository submissions(m_context.database);
    workflow::DossierAccess access(m_context);
    SubmitResult result;
    Status stored = m_context.database.transaction([&]() -> Status {
        ImportLogEntry entry{0, m_context.now(), fileName, digest, ImportLogEntry::Outcome::Imported, {}, 0};
        auto known = submissions.importedDigest(digest);
        if (!known) {
            return known.error();
        }
        if (*known) {
            result = {SubmitResult::Outcome::Duplicate, **known};
            entry.outcome = ImportLogEntry::Outcome::Duplicate;
            entry.dossierId = **known;
            entry.reason = tr("The same file was imported before.");
            return submissions.log(entry);
        }
        auto existing = submissions.byReference(submission.reference);
        if (!existing) {
            return existing.error();
        }
        const storage::OnlineSubmissionRow row{0, submission.reference, submission.submittedAt, fileName};
        if (!*existing) {
            Dossier dossier;
            dossier.procedureId = procedure.id;
            dossier.processId = procedure.processInForce(m_context.now().date())->id;
            dossier.limit = procedure.limit;
            dossier.rule = procedure.rule;
            dossier.onSupplement = procedure.onSupplement;
            dossier.channel = Channel::Online;
            dossier.status = DossierStatus::SubmittedOnline;
            fill(dossier, submission, procedure);
            access.addEvent(dossier, QStringLiteral("submit_online"), submissionDetails(submission, fileName));
            if (Status inserted = m_context.store.insert(dossier); !inserted) {
                return inserted;
            }
            storage::OnlineSubmissionRow created = row;
            created.dossierId = dossier.id;
            if (Status inserted = submissions.insert(created); !inserted) {
                return inserted;
            }
            result = {SubmitResult::Outcome::Created, dossier.id};
        } else {
            auto dossier = m_context.store.byId((*existing)->dossierId);
            if (!dossier) {
                return dossier.error();
            }
            if (dossier->status != DossierStatus::SubmittedOnline) {
                return Error{ErrorCode::IllegalState,
                             dossier->code.isEmpty()
                                 ? tr("Submission %1 was refused: a new submission needs a new reference.")
                                       .arg(submission.reference)
                                 : tr("Submission %1 was accepted as dossier %2: it can no longer be replaced.")
                                       .arg(submission.reference, dossier->code),
                             QStringLiteral("reference")};
            }
            fill(dossier.value(), submission, procedure);
            access.addEvent(dossier.value(), QStringLiteral("resubmit_online"), submissionDetails(submission, fileName));
            if (Status saved = m_context.store.save(dossier.value()); !saved) {
                return saved;
            }
            if (Status documents = m_context.store.replaceDocuments(*dossier); !documents) {
                return documents;
            }
            storage::OnlineSubmissionRow updated = row;
            updated.dossierId = dossier->id;
            if (Status written = submissions.update(updated); !written) {
                return written;
            }
            result = {SubmitResult::Outcome::Updated, dossier->id};
        }
        entry.dossierId = result.dossierId;
        return submissions.log(entry);
    });
    if (!stored) {
        access.logIfRefused("import an online submission", {}, stored.error());
        return stored.error();
    }
    return result;
}

Status OnlineQueueService::rejectFile(const QString& fileName, const QString& digest, const QString& reason)
{
    return m_context.database.transaction([&] {
        ImportLogEntry entry{0, m_context.now(), fileName, digest, ImportLogEntry::Outcome::Rejected, reason, 0};
        return OnlineSubmissionRepository(m_context.database).log(entry);
    });
}

Result<QString> OnlineQueueService::inboxFolder() const
{
    return storage::Settings(m_context.database, m_context.clock).onlineInbox();
}

Status OnlineQueueService::setInboxFolder(const QString& folder)
{
    if (Status allowed =
            workflow::DossierAccess(m_context).requireRole(Role::Admin, tr("choose the online inbox folder"));
        !allowed) {
        return allowed;
    }
    const QString cleaned = folder.trimmed();
    if (!cleaned.isEmpty() && !QDir(cleaned).exists()) {
        return Error::invalid(QStringLiteral("online.inbox"),
                              tr("The folder \"%1\" does not exist.").arg(QDir::toNativeSeparators(cleaned)));
    }
    return storage::Settings(m_context.database, m_context.clock)
        .set(m_context.actor.id, storage::Settings::Key::OnlineInbox,
             cleaned.isEmpty() ? cleaned : QDir(cleaned).absolutePath());
}

Result<Dossier> OnlineQueueService::waitingDossier(qint64 dossierId, int expectedVersion) const
{
    auto dossier = m_context.store.byId(dossierId);
    if (!dossier) {
        return dossier.error();
    }
    if (Status waiting = workflow::DossierAccess::requireWaitingOnline(*dossier); !waiting) {
        return waiting.error();
    }
    if (Status current = workflow::DossierAccess::requireVersion(*dossier, expectedVersion); !current) {
        return current.error();
    }
    return dossier;
}

Result<workflow::ReceiveRequest> OnlineQueueService::asReceiveRequest(const Dossier& dossier) const
{
    auto procedure = m_context.catalogue.procedureById(dossier.procedureId);
    if (!procedure) {
        return procedure.error();
    }
    workflow::ReceiveRequest request;
    request.procedureCode = procedure->code;
    request.applicant = dossier.applicant;
    request.channel = Channel::Online;
    request.delivery = dossier.delivery;
    request.sets = dossier.sets;
    for (const ReceivedDocument& received : dossier.documents) {
        qsizetype position = -1;
        for (qsizetype i = 0; i < procedure->documents.size(); ++i) {
            if (procedure->documents.at(i).name == received.name) {
                position = i;
                break;
            }
        }
        if (position < 0) {
            return Error::invalid(QStringLiteral("documents"),
                                  tr("\"%1\" is no longer a document of procedure %2: ask the applicant to submit "
                                     "again.")
                                      .arg(received.name, procedure->code));
        }
        request.documents.append({static_cast<int>(position) + 1, received.count});
    }
    return request;
}

Result<OnlineQueueService::Waiting> OnlineQueueService::waiting(qint64 dossierId, int expectedVersion) const
{
    if (Status allowed = requireQueueRole(false); !allowed) {
        return allowed.error();
    }
    auto dossier = waitingDossier(dossierId, expectedVersion);
    if (!dossier) {
        return dossier.error();
    }
    auto request = asReceiveRequest(*dossier);
    if (!request) {
        return request.error();
    }
    return Waiting{std::move(dossier).value(), std::move(request).value()};
}

Result<Dossier> OnlineQueueService::accept(qint64 dossierId, qint64 feePaid, int expectedVersion)
{
    auto found = waiting(dossierId, expectedVersion);
    if (!found) {
        return found.error();
    }
    workflow::ReceiveRequest request = found->request;
    request.feePaid = feePaid;
    return workflow::IntakeService(m_context).acceptOnline(dossierId, request, found->dossier.version);
}

Result<Dossier> OnlineQueueService::refuse(qint64 dossierId, const QString& reason, int expectedVersion)
{
    if (Status bounded = TextBounds::check(reason, TextKind::Note, QStringLiteral("reason")); !bounded) {
        return bounded.error();
    }
    workflow::DossierAccess access(m_context);
    if (Status allowed = requireQueueRole(false); !allowed) {
        return allowed.error();
    }
    if (reason.trimmed().isEmpty()) {
        return Error::invalid(QStringLiteral("reason"), tr("The reason for the refusal is required."));
    }
    return access.change(dossierId, expectedVersion, [&](workflow::DossierInWork& work) -> Status {
        Dossier& dossier = work.dossier;
        if (Status waiting = workflow::DossierAccess::requireWaitingOnline(dossier); !waiting) {
            return waiting;
        }
        dossier.status = DossierStatus::Refused;
        dossier.finishedAt = m_context.now();
        dossier.resultNote = reason.trimmed();
        access.addEvent(dossier, QStringLiteral("refuse"),
                        {{QStringLiteral("reason"), reason.trimmed()}, {QStringLiteral("online"), true}});
        return {};
    });
}

Result<storage::IntakeSupplementRecord> OnlineQueueService::requestSupplement(qint64 dossierId,
                                                                             const QStringList& missing,
                                                                             const QString& guidance,
                                                                             int expectedVersion)
{
    auto found = waiting(dossierId, expectedVersion);
    if (!found) {
        return found.error();
    }
    const Dossier& dossier = found->dossier;
    const workflow::ReceiveRequest& request = found->request;
    storage::IntakeSupplementRecord record;
    workflow::DossierAccess access(m_context);
    Status stored = m_context.database.transaction([&]() -> Status {
        auto recorded = workflow::IntakeService(m_context).recordSupplementRequest(request, missing, guidance);
        if (!recorded) {
            return recorded.error();
        }
        record = *recorded;
        auto changed = access.change(dossierId, dossier.version, [&](workflow::DossierInWork& work) -> Status {
            access.addEvent(work.dossier, QStringLiteral("request_supplement_online"),
                            {{QStringLiteral("number"), record.numberText()},
                             {QStringLiteral("missing"), QJsonArray::fromStringList(record.missing)},
                             {QStringLiteral("guidance"), record.guidance}});
            return {};
        });
        return changed ? Status() : Status(changed.error());
    });
    if (!stored) {
        return stored.error();
    }
    return record;
}

} // namespace motcua::online
