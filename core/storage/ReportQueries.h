#pragma once

#include "core/dossier/Dossier.h"
#include "core/storage/Database.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>

namespace motcua::storage {

// Dossiers received in a period, counted per procedure and channel group.
struct ReceivedCount {
    qint64 procedureId = 0;
    qint64 online = 0; // channel online
    qint64 direct = 0; // at the counter or by post
};

// What one person did in a period and has open now (the per-person report).
struct PersonCount {
    qint64 userId = 0;
    QString login;
    QString fullName;
    qint64 stepsFinished = 0; // process steps they finished in the period
    qint64 stepsLate = 0;     // … of which late against the step's due moment
    qint64 overdueNow = 0;    // dossiers assigned to them now, in progress and overdue at the moment asked
};

// One process step finished in a period (the per-step report): which procedure and step, when it started and
// finished, whether late against the step's due moment, and whether it is the dossier's first late step.
struct StepPassage {
    qint64 procedureId = 0;
    qint64 processId = 0;
    int position = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    bool late = false;      // finished after the step's due moment (stored outcome "late")
    bool firstLate = false; // late, and no earlier step of the same dossier was late
};

// A step of a process version: what it is and its time budget.
struct ReportStep {
    qint64 processId = 0;
    int position = 0;
    QString content;
    QString timeUnit; // days | hours
    double timeAmount = 0;
};

// The procedures a report can name: code, name and field, by id.
struct ReportProcedure {
    qint64 id = 0;
    QString code;
    QString name;
    QString field;
    qint64 departmentId = 0; // the department handling it
};

// Read-only queries of the periodic reports (docs/reports.md). Only received dossiers (received_at set) are ever
// selected. Moments are stored as ISO text at the agency's fixed offset, so text order is time order and every
// range below is a plain comparison that SQLite and PostgreSQL both index.
//
// The dossiers come back as dossier::Dossier values with only the facts a report reads: id, procedure, channel,
// status, receipt, legal due moment, finish, outcome, terms of receipt, and the pauses and extensions asked for.
class ReportQueries {
public:
    explicit ReportQueries(Database& database)
        : m_database(database)
    {}

    Result<QList<ReportProcedure>> procedures() const;
    // Received from `from` (included) to `end` (excluded), per procedure.
    Result<QList<ReceivedCount>> receivedIn(const QDateTime& from, const QDateTime& end) const;
    // Received before `moment` and not finished before it (finished_at empty or at / after `moment`), with their
    // pauses begun before `moment` and extensions granted before it.
    Result<QList<dossier::Dossier>> openAt(const QDateTime& moment) const;
    // Finished from `from` (included) to `end` (excluded), with or without a result; the pauses and extensions of
    // those that had an extension (the others are placed by their stored outcome).
    Result<QList<dossier::Dossier>> finishedIn(const QDateTime& from, const QDateTime& end) const;

    // Per person: steps finished from `from` to `end` (late ones apart) and dossiers overdue at `now` assigned to
    // them; people with none of these are left out; with `departmentId`, only the people of that department.
    // Ordered by login.
    Result<QList<PersonCount>> people(const QDateTime& from, const QDateTime& end, const QDateTime& now,
                                      qint64 departmentId = 0) const;

    // Process steps finished from `from` (included) to `end` (excluded), by the step index on finish.
    Result<QList<StepPassage>> stepsFinishedIn(const QDateTime& from, const QDateTime& end) const;
    // Dossiers in progress (not paused) and overdue at `now`, counted by the step they stand at; with
    // `departmentId`, those held by that department now. By step.
    Result<QList<QPair<int, qint64>>> overdueBySteps(const QDateTime& now, qint64 departmentId) const;
    // Every step of every process version.
    Result<QList<ReportStep>> processSteps() const;

private:
    // Whether `moment` lies in the first half of the receipts' time span (min and max of received_at).
    Result<bool> inFirstHalf(const QDateTime& moment) const;
    // Pauses (begun before `before`, when valid) and extensions (granted before it) of the dossiers `ids`.
    Status attachHistory(QHash<qint64, dossier::Dossier*>& byId, const QList<qint64>& ids,
                         const QDateTime& before) const;

    Database& m_database;
};

} // namespace motcua::storage
