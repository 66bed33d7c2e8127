#pragma once

#include "core/forms/FormKind.h"
#include "core/storage/RegisterQueries.h"
#include "core/workflow/DossierDetails.h"

#include <QSet>

namespace motcua::forms {

// The forms that can be printed for a dossier in its present state (the receipt and the control slip always;
// the supplement request, refusal, apology and stop notice once that event happened).
QList<FormKind> formsFor(const dossier::Dossier& dossier);

// The values of a dossier's form, from the stored dossier: printing the same form twice gives the same paper.
// A form whose event did not happen (a refusal for a dossier not refused …) is an IllegalState error.
Result<FormData> dossierFormData(FormKind kind, const workflow::DossierDetails& details);

// The people and units that a dossier's form names (by id): what is read to print it, not every user and
// department of the agency.
struct NamesPrinted {
    QSet<qint64> users;
    QSet<qint64> departments;
};
NamesPrinted namesPrinted(FormKind kind, const dossier::Dossier& dossier, const catalogue::Procedure& procedure);

// Mẫu 02 at the counter for an incomplete dossier that was not received (no code).
struct IntakeSupplement {
    catalogue::Agency agency;
    catalogue::Procedure procedure;
    QString number; // "12/2026"
    QString applicantName;
    QString applicantAddress;
    QString applicantPhone;
    QStringList missing; // document names
    QString reason;
    QDateTime at;
    QString clerkName;
};
FormData intakeSupplementData(const IntakeSupplement& request);

// Mẫu 07's heading for the `count` dossiers received from `from` to `to`: the agency, the period, the moment printed
// and the place and date over the signature. Its lines are read a page at a time (storage::RegisterReader) and each
// made a row by registerRow.
FormData registerHeading(const catalogue::Agency& agency, qint64 count, const QDate& from, const QDate& to,
                         const QDateTime& printedAt);
// One line of Mẫu 07, numbered `number` (from 1) in the register.
Row registerRow(const storage::RegisterLine& line, qint64 number);

} // namespace motcua::forms
