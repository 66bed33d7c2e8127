#pragma once

#include "core/calendar/Deadline.h"
#include "core/identity/Role.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace motcua::catalogue {

enum class DocumentKind { Original, CertifiedCopy, Copy };
QString documentKindKey(DocumentKind kind); // "original" | "certified-copy" | "copy"
std::optional<DocumentKind> documentKindFromKey(const QString& key);
QString documentKindName(DocumentKind kind); // translated: "Bản chính" …

// What the clock does when the citizen is asked to supplement papers during processing.
enum class SupplementBehaviour { Pause, Restart };

struct RequiredDocument {
    QString name;
    DocumentKind kind = DocumentKind::Original;
    int count = 1;
    bool mandatory = true;

    friend bool operator==(const RequiredDocument&, const RequiredDocument&) = default;
};

struct ProcessStep {
    int position = 0; // 1-based
    QString content;
    QString departmentCode;
    qint64 departmentId = 0;
    identity::Role role = identity::Role::Specialist;
    calendar::TimeLimit time;
    QString output;

    friend bool operator==(const ProcessStep& a, const ProcessStep& b)
    {
        return a.position == b.position && a.content == b.content && a.departmentCode == b.departmentCode &&
               a.role == b.role && a.time.unit == b.time.unit && a.time.amount == b.time.amount && a.output == b.output;
    }
};

// One issue of the ISO process document of a procedure. A dossier runs on the version in force at receipt.
struct ProcessVersion {
    qint64 id = 0;
    QString code;
    int issue = 1;
    QDate issuedOn;
    QString preparedBy;
    QString reviewedBy;
    QString approvedBy;
    QString changeNote;
    QList<ProcessStep> steps;

    friend bool operator==(const ProcessVersion& a, const ProcessVersion& b)
    {
        return a.code == b.code && a.issue == b.issue && a.issuedOn == b.issuedOn && a.preparedBy == b.preparedBy &&
               a.reviewedBy == b.reviewedBy && a.approvedBy == b.approvedBy && a.changeNote == b.changeNote &&
               a.steps == b.steps;
    }
};

struct Procedure {
    qint64 id = 0;
    QString code; // national procedure code, e.g. 1.004xxx
    QString name;
    QString field;
    QString level;
    calendar::TimeLimit limit;
    calendar::CountingRule rule = calendar::CountingRule::WorkingTime;
    SupplementBehaviour onSupplement = SupplementBehaviour::Pause;
    qint64 fee = 0; // VND
    QString feeNote;
    QString result;
    QString departmentCode;
    qint64 departmentId = 0;
    QList<RequiredDocument> documents;
    QList<ProcessVersion> processes; // by issue

    // The process version in force on `day`: the latest issued on or before it (the first one before any).
    const ProcessVersion* processInForce(const QDate& day) const;

    friend bool operator==(const Procedure& a, const Procedure& b)
    {
        return a.code == b.code && a.name == b.name && a.field == b.field && a.level == b.level &&
               a.limit.unit == b.limit.unit && a.limit.amount == b.limit.amount && a.rule == b.rule &&
               a.onSupplement == b.onSupplement && a.fee == b.fee && a.feeNote == b.feeNote && a.result == b.result &&
               a.departmentCode == b.departmentCode && a.documents == b.documents && a.processes == b.processes;
    }
};

} // namespace motcua::catalogue
