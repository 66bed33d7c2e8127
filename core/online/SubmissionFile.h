#pragma once

#include "core/common/Result.h"
#include "core/dossier/Dossier.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace motcua::online {

// A document the applicant attached online: its position in the procedure's list (1-based), how many, and the
// name of the attached file (kept in the history only).
struct SubmittedDocument {
    int position = 0;
    int count = 1;
    QString file;
};

// One online submission as the portal sends it: one JSON file per submission (docs/online-submissions.md).
struct Submission {
    QString reference; // the portal's own number: one dossier per reference
    QDateTime submittedAt;
    QString procedureCode;
    dossier::Applicant applicant;
    QList<SubmittedDocument> documents;
    dossier::Delivery delivery = dossier::Delivery::Counter;
    int sets = 1;
};

// Reads and checks the format of a submission file. Errors name the JSON path of the value at fault
// ("applicant.birth_date", "documents[2].count"). What the values mean for the procedure (the documents it asks
// for, a valid identity number) is checked when the submission is stored.
class SubmissionFile {
    Q_DECLARE_TR_FUNCTIONS(motcua::online::SubmissionFile)

public:
    static constexpr qint64 kMaxBytes = 1024 * 1024;
    static constexpr int kFormat = 1;

    // A key the format does not know, at any depth, is ignored and given as a warning naming its path
    // ("applicant.nickname", "documents[2].colour") in `warnings`.
    static Result<Submission> parse(const QByteArray& bytes, QList<Error>* warnings = nullptr);
    // The SHA-256 of the file's bytes, in hexadecimal: the same file read twice is one submission.
    static QString digest(const QByteArray& bytes);
};

} // namespace motcua::online
