#pragma once

#include "core/calendar/DeadlineCalculator.h"
#include "core/dossier/Dossier.h"

#include <optional>

namespace motcua::reports {

// The rules by which a report places one dossier (docs/reports.md), each in one function. Those marked UNVERIFIED
// are readings of legal texts not yet checked against them: change them here and nowhere else.

// The due moment of `dossier` as it stood at `moment`: its terms of receipt, the pauses that began before
// `moment` (one not ended before `moment` counts up to it) and the extensions granted before `moment`, through
// the one due-moment computation (DeadlineCalculator::compute). Without such pauses or extensions: the legal due
// moment stored at receipt.
Result<QDateTime> dueAsOf(const calendar::DeadlineCalculator& calculator, const dossier::Dossier& dossier,
                          const QDateTime& moment);

// Paused at `moment`: a pause began before it and had not ended before it.
bool pausedAt(const dossier::Dossier& dossier, const QDateTime& moment);

// UNVERIFIED (reading of Decree 61/2018/NĐ-CP Art. 19): an extension moves the appointment, not the legal
// outcome. A resolved dossier with an extension is early / on time / late against its due moment without its
// extensions (receipt, terms, pauses); one without keeps its stored outcome.
Result<calendar::Timeliness> reportedOutcome(const calendar::DeadlineCalculator& calculator,
                                             const dossier::Dossier& dossier);

// UNVERIFIED: late "with an apology letter" (Mẫu 04) when an extension was granted before the due moment it
// moved; an apology granted once overdue does not count.
bool hasTimelyApology(const dossier::Dossier& dossier);

// UNVERIFIED (Decision 766/QĐ-TTg): the processing-progress indicator (early + on time + in progress within the
// deadline) / (resolved + in progress); no value when nothing was resolved or in progress.
std::optional<double> processingProgress(qint64 early, qint64 onTime, qint64 within, qint64 resolved,
                                         qint64 inProgress);

// UNVERIFIED: the handling time of a resolved dossier, in working minutes from receipt to finish (pauses are
// not subtracted: the applicant waited through them too).
qint64 handlingWorkingMinutes(const calendar::DeadlineCalculator& calculator, const dossier::Dossier& dossier);

// A share num / den, no value when den is 0 (OpenCPS shows 100 % for nothing resolved; MotCua shows none).
std::optional<double> share(qint64 num, qint64 den);

} // namespace motcua::reports
