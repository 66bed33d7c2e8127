#pragma once

#include "core/catalogue/Procedure.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace motcua::dossier {

// National Public Service Portal status codes (used on export).
enum class DossierStatus {
    SubmittedOnline = 1,
    Accepted = 2,
    Refused = 3,
    Processing = 4,
    SupplementRequested = 5,
    FinancialObligation = 6,
    Withdrawn = 7,
    Stopped = 8,
    ResultReady = 9,
    Returned = 10,
};
QString statusName(DossierStatus status); // translated
bool isClosed(DossierStatus status);      // refused, withdrawn, stopped, returned
bool isPaused(DossierStatus status);      // supplement requested, financial obligation

// The groups of statuses that lists, counts and reports select by; built once from DossierStatus, so that no
// query spells the codes out.
enum class StatusGroup {
    InProgress, // accepted, being processed: the clock runs unless a pause is recorded
    Paused,     // supplement or financial obligation requested: the clock stands
    Open,       // in progress or paused: the due moment still concerns the agency
    Finished,   // result ready or returned, or closed without a result (refused, withdrawn, stopped)
};
const QList<DossierStatus>& statusesIn(StatusGroup group);
bool isIn(StatusGroup group, DossierStatus status);

enum class Channel { Counter = 1, Online = 2, Post = 3 };
std::optional<Channel> channelFromKey(const QString& key); // "counter" | "online" | "post"
QString channelKey(Channel channel);
QString channelName(Channel channel); // translated

enum class Delivery { Counter, Post };
std::optional<Delivery> deliveryFromKey(const QString& key); // "counter" | "post"
QString deliveryKey(Delivery delivery);

enum class PauseReason { Supplement, Financial, Verification, Other };
std::optional<PauseReason> pauseReasonFromKey(const QString& key);
QString pauseReasonKey(PauseReason reason);
QString pauseReasonName(PauseReason reason); // translated

// The person or organisation who files the dossier, as received.
struct Applicant {
    enum class Kind { Person, Organisation };
    Kind kind = Kind::Person;
    QString name; // full name, or the organisation's name
    QString identityNumber;
    QDate birthDate;
    QString taxCode;
    QString representative;
    QString address;
    QString phone;
    QString email;
};

struct ReceivedDocument {
    QString name;
    catalogue::DocumentKind kind = catalogue::DocumentKind::Original;
    int count = 1;
};

struct StepInstance {
    qint64 id = 0;
    int position = 0;
    qint64 departmentId = 0;
    qint64 assigneeId = 0; // 0: not assigned
    QDateTime startedAt;
    QDateTime dueAt;
    QDateTime finishedAt; // invalid while open
    qint64 finishedBy = 0;
    QString outcome; // early | on-time | late once finished
    QString note;
};

struct PauseRecord {
    qint64 id = 0;
    PauseReason reason = PauseReason::Supplement;
    QString note;
    QDateTime startedAt;
    QDateTime endedAt; // invalid while paused
    qint64 requestedBy = 0;
};

struct ExtensionRecord {
    qint64 id = 0;
    QString reason;
    QDateTime oldDueAt;
    QDateTime newDueAt;
    QDateTime grantedAt;
    qint64 apologyBy = 0;
};

struct Event {
    qint64 id = 0;
    QDateTime at;
    qint64 actorId = 0;
    QString actorName;
    QString action;
    QString details; // JSON object text
};

struct Dossier {
    qint64 id = 0;
    QString code;
    qint64 procedureId = 0;
    qint64 processId = 0;
    // The legal terms at receipt, kept with the dossier: a later catalogue edit does not move its deadlines.
    calendar::TimeLimit limit;
    calendar::CountingRule rule = calendar::CountingRule::WorkingTime;
    catalogue::SupplementBehaviour onSupplement = catalogue::SupplementBehaviour::Pause;
    Applicant applicant;
    Channel channel = Channel::Counter;
    Delivery delivery = Delivery::Counter;
    int sets = 1;
    QList<ReceivedDocument> documents;
    QDateTime receivedAt;
    QDateTime legalDueAt;
    QDateTime dueAt;
    QString registerBook;
    int registerEntry = 0;
    qint64 feePaid = 0;
    DossierStatus status = DossierStatus::Accepted;
    int currentStep = 0;     // position in the process; 0 when closed
    qint64 departmentId = 0; // handling department now
    qint64 assigneeId = 0;
    qint64 receivedBy = 0;
    bool paused = false;
    QDateTime finishedAt; // result ready (or closed)
    QDateTime returnedAt;
    QString outcome; // early | on-time | late, kept after closing
    QString resultNote;
    int version = 1; // optimistic concurrency

    QList<StepInstance> steps;
    QList<PauseRecord> pauses;
    QList<ExtensionRecord> extensions;
    QList<Event> events;

    const StepInstance* openStep() const;
    // The deadline request of the dossier: receipt, terms, pauses (a supplement restarts the count when the
    // terms say so) and extensions. `now` ends a pause still running.
    calendar::DeadlineRequest deadlineRequest(const QDateTime& now) const;
};

} // namespace motcua::dossier
