#pragma once

#include "core/common/Clock.h"
#include "core/forms/DossierForms.h"
#include "core/forms/RegisterTemplate.h"
#include "core/identity/User.h"
#include "core/storage/Database.h"
#include "core/workflow/IntakeService.h"

#include <QDate>

namespace motcua::forms {

// A form ready for paper: the template in use, the values to fill in and what the paper adds to them.
struct PrintableForm {
    FormKind kind = FormKind::Receipt;
    QString title; // for the window and the PDF's metadata: "Mẫu 01 – … – 000.00.16.H33-261123-0001"
    FormTemplate form;
    FormData data;
    QString code; // drawn as a Code 128 barcode and a QR code (the receipt, the control slip); empty: none
};

// Mẫu 07 for a period, before its lines: the template in use taken apart, what the paper says above and below the
// lines, and how many there are.
struct RegisterHeading {
    QString title; // "Mẫu 07 – Sổ theo dõi hồ sơ 01/11/2026–30/11/2026", for the window and the PDF's metadata
    RegisterTemplate form; // the agency's, or the shipped one
    FormData data;         // the fields only: agency, period, count, moment printed, place and date
    QDate from;
    QDate to;
    qint64 lines = 0;
};

// What is asked to be printed, turned into a PrintableForm: reads the dossier (only what its form prints),
// the agency and the template in use, and checks that the signed-in person may print it. The printing side
// (print/FormDocument) lays the result out and never reads the database.
class FormService {
public:
    FormService(storage::Database& database, const Clock& clock, identity::User actor)
        : m_database(database)
        , m_clock(clock)
        , m_actor(std::move(actor))
    {}

    // Mẫu 01–06 of a stored dossier; a form whose event did not happen is an IllegalState error.
    Result<PrintableForm> dossierForm(FormKind kind, const QString& code) const;
    // The same by the dossier's row: Mẫu 03 of an online submission refused before acceptance, which has no code.
    Result<PrintableForm> dossierForm(FormKind kind, qint64 dossierId) const;
    // Mẫu 02 recorded at the counter for a dossier not received (IntakeService::recordSupplementRequest), with
    // its number; printed right after or reprinted later (clerks).
    Result<PrintableForm> intakeSupplement(qint64 recordId) const;
    // Mẫu 07's heading for the dossiers received from `from` to `to`, printed now, with their count and the template
    // in use; the lines themselves are read page by page with storage::RegisterReader (registerRow) as the paper is
    // laid out. An agency's template that cannot print the register is an error naming its problem, never set aside
    // for the shipped one in silence.
    Result<RegisterHeading> registerHeading(const QDate& from, const QDate& to) const;

    // Who handles dossiers (clerks, heads, leaders) and administrators print the register.
    static bool mayPrintRegister(const identity::User& user);

private:
    Result<PrintableForm> formOf(FormKind kind, Result<dossier::Dossier> dossier) const;
    Result<PrintableForm> printable(FormKind kind, FormData data, QString title, QString code = {}) const;

    storage::Database& m_database;
    const Clock& m_clock;
    identity::User m_actor;
};

} // namespace motcua::forms
