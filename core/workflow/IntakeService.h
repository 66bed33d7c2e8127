#pragma once

#include "core/dossier/Dossier.h"
#include "core/storage/IntakeSupplementRepository.h"
#include "core/workflow/WorkflowContext.h"

#include <QJsonObject>

namespace motcua::workflow {

struct ReceiveRequest {
    QString procedureCode;
    dossier::Applicant applicant;
    // The documents actually received: positions in the procedure's list (1-based) with their counts.
    QList<QPair<int, int>> documents;
    dossier::Channel channel = dossier::Channel::Counter;
    dossier::Delivery delivery = dossier::Delivery::Counter;
    int sets = 1;
    qint64 feePaid = 0;
    QDateTime receivedAt; // invalid: now; set: back-dated entry, administrators only
};

// Receiving a dossier at the one-stop desk (Mẫu 01), or recording why it cannot be received (Mẫu 02).
class IntakeService {
public:
    explicit IntakeService(WorkflowContext& context)
        : m_context(context)
    {}

    // Stores the dossier with its code, register entry, due moment and first step. A missing mandatory document
    // is refused with the list of what is missing (field "documents"), and nothing is stored.
    Result<dossier::Dossier> receive(const ReceiveRequest& request);
    // The supplement request at intake (Mẫu 02): the only trace of an incomplete dossier.
    Result<storage::IntakeSupplementRecord>
    recordSupplementRequest(const ReceiveRequest& request, const QStringList& missing, const QString& guidance = {});

    // Accepts an online submission waiting in status 1 (OnlineQueueService): the same checks as at the counter,
    // then the code, the register entry and the due moment counted from now, the acceptance. `request` holds the
    // submission as stored (its procedure, applicant and documents) and the fee paid.
    Result<dossier::Dossier> acceptOnline(qint64 dossierId, const ReceiveRequest& request, int expectedVersion);

    // The names of the mandatory documents the request lacks.
    static QStringList missingDocuments(const catalogue::Procedure& procedure, const ReceiveRequest& request);
    // Each (position, count) names a document of the procedure, with a count from 1 to 100 (field "documents").
    static Status checkDocuments(const catalogue::Procedure& procedure, const QList<QPair<int, int>>& documents);

private:
    // A checked request turned into the dossier it receives, with its first step and due moments; neither
    // numbered nor stored.
    struct Prepared {
        dossier::Dossier dossier;
        QString procedureCode;
        int processIssue = 0;
        QString agencyCode;
    };
    Result<Prepared> prepare(const ReceiveRequest& request, const QDateTime& receivedAt);
    // Inside the receiving transaction: the day's code, the register entry and the "receive" event.
    Status numberAndRecord(Prepared& prepared, const QJsonObject& extra);
    Result<dossier::Dossier> checkAndReceive(const ReceiveRequest& request);
    Result<storage::IntakeSupplementRecord>
    checkAndRecordSupplementRequest(const ReceiveRequest& request, const QStringList& missing, const QString& guidance);

    WorkflowContext& m_context;
};

// Checks an applicant's fields as of `today`; the error names the field (applicant.name,
// applicant.identity_number …).
Status validateApplicant(const dossier::Applicant& applicant, const QDate& today);

} // namespace motcua::workflow
