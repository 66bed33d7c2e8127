#pragma once

#include "core/dossier/Dossier.h"
#include "core/online/SubmissionFile.h"
#include "core/storage/IntakeSupplementRepository.h"
#include "core/storage/OnlineSubmissionRepository.h"
#include "core/workflow/IntakeService.h"
#include "core/workflow/WorkflowContext.h"

#include <QCoreApplication>

namespace motcua::online {

struct SubmitResult {
    enum class Outcome {
        Created,   // a new dossier in status 1
        Updated,   // sent again under its reference while it waited: what it holds is replaced
        Duplicate, // these very bytes were imported before: nothing changes
    };
    Outcome outcome = Outcome::Created;
    qint64 dossierId = 0;
};

// The online submission queue (status 1): submissions stored as dossiers without code or clock, then accepted
// (status 2, with code, register entry, due moment from the acceptance and the receipt), refused before acceptance
// (status 3, Mẫu 03), or sent a supplement request (Mẫu 02, the submission keeps waiting). Clerks work the queue;
// an administrator may also import.
class OnlineQueueService {
    Q_DECLARE_TR_FUNCTIONS(motcua::online::OnlineQueueService)

public:
    explicit OnlineQueueService(workflow::WorkflowContext& context)
        : m_context(context)
    {}

    // Stores one submission read from `fileName` whose bytes have `digest`, and logs the file as imported or as
    // already known, in one transaction. A submission that does not hold for its procedure is an error naming the
    // field, and nothing is stored (the caller logs the rejection: rejectFile).
    Result<SubmitResult> submit(const Submission& submission, const QString& fileName, const QString& digest);
    // Clerks and administrators import submissions.
    Status mayImport() const { return requireQueueRole(true); }
    // Logs a file set aside, with the reason (a transaction of its own).
    Status rejectFile(const QString& fileName, const QString& digest, const QString& reason);

    Result<dossier::Dossier> accept(qint64 dossierId, qint64 feePaid, int expectedVersion = 0);
    // Refused before acceptance: status 3 with the reason; Mẫu 03 prints it.
    Result<dossier::Dossier> refuse(qint64 dossierId, const QString& reason, int expectedVersion = 0);
    // Mẫu 02 for a submission that lacks documents: numbered like the counter's, and the submission waits on.
    Result<storage::IntakeSupplementRecord> requestSupplement(qint64 dossierId, const QStringList& missing,
                                                              const QString& guidance, int expectedVersion = 0);

    // The folder the portal drops submissions in, shared by every workstation; administrators set it.
    Result<QString> inboxFolder() const;
    Status setInboxFolder(const QString& folder);

    // The submission's documents as a receive request (the procedure's code and the positions it names).
    Result<workflow::ReceiveRequest> asReceiveRequest(const dossier::Dossier& dossier) const;

private:
    // A submission still waiting, read at the version the clerk saw, with its receive request.
    struct Waiting {
        dossier::Dossier dossier;
        workflow::ReceiveRequest request;
    };
    Result<Waiting> waiting(qint64 dossierId, int expectedVersion) const;
    Status requireQueueRole(bool importing) const;
    Status checkForProcedure(const Submission& submission, catalogue::Procedure& procedure) const;
    Result<dossier::Dossier> waitingDossier(qint64 dossierId, int expectedVersion) const;

    workflow::WorkflowContext& m_context;
};

} // namespace motcua::online
