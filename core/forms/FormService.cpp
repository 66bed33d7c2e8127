#include "core/forms/FormService.h"

#include "core/forms/FormTemplates.h"
#include "core/forms/FormText.h"
#include "core/storage/CatalogueRepository.h"
#include "core/storage/DossierRepository.h"
#include "core/storage/IntakeSupplementRepository.h"
#include "core/storage/OnlineSubmissionRepository.h"
#include "core/storage/RegisterQueries.h"
#include "core/storage/UserRepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace motcua::forms {

using identity::Role;

namespace {

// Who handles dossiers, and administrators: the Print menu's rule for the register.
const QList<Role> kRegisterRoles{Role::Clerk, Role::Head, Role::Leader, Role::Admin};

Error mayNotPrint(const identity::User& actor, FormKind kind, const QList<Role>& roles)
{
    QStringList names;
    for (Role role : roles) {
        names << QStringLiteral("\"%1\"").arg(identity::roleName(role));
    }
    return Error{ErrorCode::Forbidden,
                 QCoreApplication::translate("motcua::forms", "%1 may not print %2: only %3 may.")
                     .arg(actor.login, formTitle(kind), names.join(QStringLiteral(", "))),
                 QStringLiteral("actor")};
}

} // namespace

bool FormService::mayPrintRegister(const identity::User& user)
{
    return std::any_of(kRegisterRoles.cbegin(), kRegisterRoles.cend(), [&](Role role) { return user.has(role); });
}

Result<PrintableForm> FormService::printable(FormKind kind, FormData data, QString title, QString code) const
{
    auto inUse = FormTemplates(m_database, m_clock).inUse(kind);
    if (!inUse) {
        return inUse.error();
    }
    return PrintableForm{kind, std::move(title), std::move(inUse)->form, std::move(data), std::move(code)};
}

Result<PrintableForm> FormService::dossierForm(FormKind kind, const QString& code) const
{
    return formOf(kind, storage::DossierRepository(m_database).byCode(code));
}

Result<PrintableForm> FormService::dossierForm(FormKind kind, qint64 dossierId) const
{
    return formOf(kind, storage::DossierRepository(m_database).byId(dossierId));
}

Result<PrintableForm> FormService::formOf(FormKind kind, Result<dossier::Dossier> dossier) const
{
    workflow::DossierDetails details;
    if (!dossier) {
        return dossier.error();
    }
    details.dossier = std::move(dossier).value();
    storage::CatalogueRepository catalogue(m_database);
    auto agency = catalogue.agency();
    auto procedure = catalogue.procedureById(details.dossier.procedureId);
    if (!agency || !procedure) {
        return !agency ? agency.error() : procedure.error();
    }
    details.agency = std::move(agency).value();
    details.procedure = std::move(procedure).value();
    for (const catalogue::ProcessVersion& version : std::as_const(details.procedure.processes)) {
        if (version.id == details.dossier.processId) {
            details.process = version;
        }
    }
    // The names this form prints, and no others.
    const NamesPrinted names = namesPrinted(kind, details.dossier, details.procedure);
    for (qint64 id : names.departments) {
        auto department = catalogue.department(id);
        if (!department) {
            return department.error();
        }
        details.departments.insert(id, *department);
    }
    const storage::UserRepository users(m_database);
    for (qint64 id : names.users) {
        auto user = users.byId(id);
        if (!user) {
            return user.error();
        }
        details.userNames.insert(id, user->fullName);
    }
    auto data = dossierFormData(kind, details);
    if (!data) {
        return data.error();
    }
    if (!details.dossier.receivedAt.isValid()) {
        // Refused before acceptance: no code nor receipt yet; the portal's reference and the submission stand in.
        auto submission = storage::OnlineSubmissionRepository(m_database).byDossier(details.dossier.id);
        if (!submission) {
            return submission.error();
        }
        if (*submission) {
            data.value().fields.insert(
                QStringLiteral("code"),
                QCoreApplication::translate("motcua::forms", "online submission %1").arg((*submission)->reference));
            data.value().fields.insert(QStringLiteral("received_at"),
                                       QCoreApplication::translate("motcua::forms", "submitted online at %1")
                                           .arg(text::moment((*submission)->submittedAt)));
        }
    }
    const bool coded = kind == FormKind::Receipt || kind == FormKind::ControlSlip;
    return printable(kind, std::move(data).value(),
                     QStringLiteral("%1 – %2").arg(formTitle(kind), details.dossier.code),
                     coded ? details.dossier.code : QString());
}

Result<PrintableForm> FormService::intakeSupplement(qint64 recordId) const
{
    if (!m_actor.has(Role::Clerk)) {
        return mayNotPrint(m_actor, FormKind::Supplement, {Role::Clerk});
    }
    auto record = storage::IntakeSupplementRepository(m_database).byId(recordId);
    if (!record) {
        return record.error();
    }
    storage::CatalogueRepository catalogue(m_database);
    auto agency = catalogue.agency();
    auto procedure = catalogue.procedureById(record->procedureId);
    if (!agency || !procedure) {
        return !agency ? agency.error() : procedure.error();
    }
    IntakeSupplement supplement;
    supplement.agency = std::move(agency).value();
    supplement.procedure = std::move(procedure).value();
    supplement.number = record->numberText();
    supplement.applicantName = record->applicantName;
    supplement.applicantAddress = record->address;
    supplement.applicantPhone = record->phone;
    supplement.missing = record->missing;
    supplement.reason = record->guidance;
    supplement.at = record->at;
    supplement.clerkName = record->clerkName;
    return printable(FormKind::Supplement, intakeSupplementData(supplement),
                     QStringLiteral("%1 – %2").arg(formTitle(FormKind::Supplement), supplement.applicantName));
}

Result<RegisterHeading> FormService::registerHeading(const QDate& from, const QDate& to) const
{
    if (!mayPrintRegister(m_actor)) {
        return mayNotPrint(m_actor, FormKind::Register, kRegisterRoles);
    }
    auto count = storage::RegisterReader(m_database, from, to).count();
    if (!count) {
        return count.error();
    }
    auto agency = storage::CatalogueRepository(m_database).agency();
    if (!agency) {
        return agency.error();
    }
    auto inUse = FormTemplates(m_database, m_clock).inUse(FormKind::Register);
    if (!inUse) {
        return inUse.error();
    }
    if (!inUse->customProblem.isEmpty()) {
        return Error::invalid(QStringLiteral("template"),
                              QCoreApplication::translate("motcua::forms",
                                                          "The agency's template of %1 cannot print it: %2 Load a "
                                                          "corrected template or go back to the shipped one.")
                                  .arg(formTitle(FormKind::Register), inUse->customProblem));
    }
    auto form = RegisterTemplate::parse(inUse->form.text());
    if (!form) {
        return form.error();
    }
    return RegisterHeading{
        QStringLiteral("%1 %2–%3").arg(formTitle(FormKind::Register), text::date(from), text::date(to)),
        std::move(form).value(),
        forms::registerHeading(*agency, *count, from, to, m_clock.now()),
        from,
        to,
        *count};
}

} // namespace motcua::forms
