#include "core/forms/DossierForms.h"

#include "core/common/TextFold.h"
#include "core/forms/FormText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace motcua::forms {

using dossier::Dossier;
using dossier::DossierStatus;
using dossier::PauseReason;
using workflow::DossierDetails;

namespace {

void addAgency(FormData& data, const catalogue::Agency& agency, const QDate& day)
{
    data.fields.insert({{QStringLiteral("agency_code"), agency.code},
                        {QStringLiteral("agency_name"), text::headerName(agency.name)},
                        {QStringLiteral("agency_parent"), text::headerName(agency.parent)},
                        {QStringLiteral("agency_address"), agency.address},
                        {QStringLiteral("agency_phone"), agency.phone},
                        {QStringLiteral("agency_hotline"), agency.hotline},
                        {QStringLiteral("agency_email"), agency.email},
                        {QStringLiteral("place_date"), text::dateLine(agency.place, day)}});
}

// The rows of a document table; `kind` and `count` come from the procedure's list when a name matches it.
QList<Row> documentRows(const QStringList& names, const catalogue::Procedure& procedure)
{
    QList<Row> rows;
    for (const QString& name : names) {
        Row row{{QStringLiteral("no"), QString::number(rows.size() + 1)}, {QStringLiteral("name"), name}};
        const QString folded = foldForSearch(name);
        for (const catalogue::RequiredDocument& document : procedure.documents) {
            if (foldForSearch(document.name) == folded) {
                row.insert(QStringLiteral("kind"), text::documentKind(document.kind));
                row.insert(QStringLiteral("count"), QString::number(document.count));
            }
        }
        rows.append(row);
    }
    return rows;
}

void addDossier(FormData& data, const DossierDetails& details, const QDate& day)
{
    const Dossier& d = details.dossier;
    addAgency(data, details.agency, day);
    const QString id =
        d.applicant.kind == dossier::Applicant::Kind::Organisation ? d.applicant.taxCode : d.applicant.identityNumber;
    data.fields.insert(
        {{QStringLiteral("code"), d.code},
         {QStringLiteral("applicant_name"), d.applicant.name},
         {QStringLiteral("applicant_address"), d.applicant.address},
         {QStringLiteral("applicant_phone"), d.applicant.phone},
         {QStringLiteral("applicant_email"), d.applicant.email},
         {QStringLiteral("applicant_id"), id},
         {QStringLiteral("applicant_representative"), d.applicant.representative},
         {QStringLiteral("procedure_code"), details.procedure.code},
         {QStringLiteral("procedure_name"), details.procedure.name},
         {QStringLiteral("procedure_field"), details.procedure.field},
         {QStringLiteral("result"), details.procedure.result},
         {QStringLiteral("received_at"), text::moment(d.receivedAt)},
         {QStringLiteral("received_time"), text::time(d.receivedAt)},
         {QStringLiteral("received_date"), text::date(d.receivedAt.date())},
         {QStringLiteral("due_at"), text::moment(d.dueAt)},
         {QStringLiteral("due_time"), text::time(d.dueAt)},
         {QStringLiteral("due_date"), text::date(d.dueAt.date())},
         {QStringLiteral("legal_due_at"), text::moment(d.legalDueAt)},
         {QStringLiteral("limit"), text::timeLimit(d.limit)},
         {QStringLiteral("sets"), QString::number(d.sets)},
         {QStringLiteral("register_book"), d.registerBook},
         {QStringLiteral("register_entry"), QString::number(d.registerEntry)},
         {QStringLiteral("delivery"), text::delivery(d.delivery)},
         {QStringLiteral("fee"), text::amount(details.procedure.fee)},
         {QStringLiteral("fee_paid"), text::amount(d.feePaid)},
         {QStringLiteral("received_by"), details.userName(d.receivedBy)},
         {QStringLiteral("department"), details.departmentName(details.procedure.departmentId)},
         {QStringLiteral("process_code"),
          details.process.code.isEmpty()
              ? QString()
              : QStringLiteral("%1 (lần ban hành %2)").arg(details.process.code).arg(details.process.issue)},
         {QStringLiteral("status"), text::status(d.status)}});
    QList<Row> documents;
    for (const dossier::ReceivedDocument& document : d.documents) {
        documents.append({{QStringLiteral("no"), QString::number(documents.size() + 1)},
                          {QStringLiteral("name"), document.name},
                          {QStringLiteral("kind"), text::documentKind(document.kind)},
                          {QStringLiteral("count"), QString::number(document.count)}});
    }
    data.tables.insert(QStringLiteral("documents"), documents);
}

// Who did `action` last, from the event history.
QString lastActor(const Dossier& dossier, const QString& action)
{
    for (auto event = dossier.events.crbegin(); event != dossier.events.crend(); ++event) {
        if (event->action == action) {
            return event->actorName;
        }
    }
    return {};
}

const dossier::PauseRecord* lastSupplement(const Dossier& dossier)
{
    for (auto pause = dossier.pauses.crbegin(); pause != dossier.pauses.crend(); ++pause) {
        if (pause->reason == PauseReason::Supplement) {
            return &*pause;
        }
    }
    return nullptr;
}

Error notPrintable(const Dossier& dossier, FormKind kind)
{
    return Error{ErrorCode::IllegalState,
                 QCoreApplication::translate("motcua::forms", "%1 cannot be printed for dossier %2: %3.")
                     .arg(formTitle(kind), dossier.code,
                          kind == FormKind::Supplement
                              ? QCoreApplication::translate("motcua::forms", "no supplement was requested")
                          : kind == FormKind::Apology
                              ? QCoreApplication::translate("motcua::forms", "its deadline was never extended")
                          : kind == FormKind::Refusal
                              ? QCoreApplication::translate("motcua::forms", "it was not refused")
                              : QCoreApplication::translate("motcua::forms", "it was not stopped")),
                 QStringLiteral("form")};
}

QList<Row> handoverRows(const DossierDetails& details)
{
    const Dossier& d = details.dossier;
    QList<Row> rows;
    const auto add = [&](const QString& from, const QString& to, const QDateTime& at, const QString& result,
                         const QString& note, const QString& giver, const QString& taker) {
        rows.append({{QStringLiteral("no"), QString::number(rows.size() + 1)},
                     {QStringLiteral("from_unit"), from},
                     {QStringLiteral("to_unit"), to},
                     {QStringLiteral("handed_at"), text::moment(at)},
                     {QStringLiteral("result"), result},
                     {QStringLiteral("note"), note},
                     {QStringLiteral("giver"), giver},
                     {QStringLiteral("taker"), taker}});
    };
    const QString oneStop = QStringLiteral("Bộ phận Một cửa");
    // Who took the dossier over at a step: its assignee, or whoever finished the step.
    const auto handler = [&](const dossier::StepInstance& step) {
        return details.userName(step.assigneeId > 0 ? step.assigneeId : step.finishedBy);
    };
    for (qsizetype i = 0; i < d.steps.size(); ++i) {
        const dossier::StepInstance& step = d.steps.at(i);
        if (i == 0) {
            add(oneStop, details.departmentName(step.departmentId), step.startedAt, QString(), QString(),
                details.userName(d.receivedBy), handler(step));
            continue;
        }
        const dossier::StepInstance& previous = d.steps.at(i - 1);
        add(details.departmentName(previous.departmentId), details.departmentName(step.departmentId), step.startedAt,
            text::outcome(previous.outcome), previous.note, details.userName(previous.finishedBy), handler(step));
    }
    if (!d.steps.isEmpty() && d.steps.constLast().finishedAt.isValid()) {
        const dossier::StepInstance& last = d.steps.constLast();
        add(details.departmentName(last.departmentId), oneStop, last.finishedAt, text::outcome(last.outcome), last.note,
            details.userName(last.finishedBy), QString());
    }
    return rows;
}

} // namespace

QList<FormKind> formsFor(const Dossier& dossier)
{
    QList<FormKind> forms{FormKind::Receipt, FormKind::ControlSlip};
    if (lastSupplement(dossier)) {
        forms.append(FormKind::Supplement);
    }
    if (dossier.status == DossierStatus::Refused) {
        forms.append(FormKind::Refusal);
    }
    if (!dossier.extensions.isEmpty()) {
        forms.append(FormKind::Apology);
    }
    if (dossier.status == DossierStatus::Stopped) {
        forms.append(FormKind::Stop);
    }
    return forms;
}

NamesPrinted namesPrinted(FormKind kind, const Dossier& dossier, const catalogue::Procedure& procedure)
{
    NamesPrinted names;
    const auto addUser = [&](qint64 id) {
        if (id > 0) {
            names.users.insert(id);
        }
    };
    const auto addDepartment = [&](qint64 id) {
        if (id > 0) {
            names.departments.insert(id);
        }
    };
    // Every dossier form: who received it and the unit handling the procedure.
    addUser(dossier.receivedBy);
    addDepartment(procedure.departmentId);
    switch (kind) {
    case FormKind::ControlSlip:
        for (const dossier::StepInstance& step : dossier.steps) {
            addDepartment(step.departmentId);
            addUser(step.assigneeId);
            addUser(step.finishedBy);
        }
        break;
    case FormKind::Supplement:
        if (const dossier::PauseRecord* pause = lastSupplement(dossier)) {
            addUser(pause->requestedBy);
        }
        break;
    case FormKind::Apology:
        if (!dossier.extensions.isEmpty()) {
            addUser(dossier.extensions.constLast().apologyBy);
        }
        break;
    case FormKind::Receipt:
    case FormKind::Refusal:
    case FormKind::Stop:
    case FormKind::Register:
        break;
    }
    return names;
}

Result<FormData> dossierFormData(FormKind kind, const DossierDetails& details)
{
    const Dossier& d = details.dossier;
    FormData data;
    switch (kind) {
    case FormKind::Receipt:
    case FormKind::ControlSlip:
        addDossier(data, details, d.receivedAt.date());
        if (kind == FormKind::ControlSlip) {
            data.tables.insert(QStringLiteral("handovers"), handoverRows(details));
        }
        return data;
    case FormKind::Supplement: {
        const dossier::PauseRecord* pause = lastSupplement(d);
        if (!pause) {
            return notPrintable(d, kind);
        }
        addDossier(data, details, pause->startedAt.date());
        static const QRegularExpression kItemSeparator(QStringLiteral("[\\n;]"));
        QStringList items;
        for (const QString& item : pause->note.split(kItemSeparator, Qt::SkipEmptyParts)) {
            if (!item.trimmed().isEmpty()) {
                items << item.trimmed();
            }
        }
        data.tables.insert(QStringLiteral("missing"), documentRows(items, details.procedure));
        data.fields.insert({{QStringLiteral("reason"), pause->note},
                            {QStringLiteral("requested_at"), text::moment(pause->startedAt)},
                            {QStringLiteral("requested_by"), details.userName(pause->requestedBy)},
                            {QStringLiteral("contact_phone"), details.agency.phone}});
        return data;
    }
    case FormKind::Refusal:
    case FormKind::Stop: {
        const bool refusal = kind == FormKind::Refusal;
        if (d.status != (refusal ? DossierStatus::Refused : DossierStatus::Stopped)) {
            return notPrintable(d, kind);
        }
        addDossier(data, details, d.finishedAt.date());
        data.fields.insert(
            {{QStringLiteral("reason"), d.resultNote},
             {refusal ? QStringLiteral("refused_at") : QStringLiteral("stopped_at"), text::moment(d.finishedAt)},
             {refusal ? QStringLiteral("refused_by") : QStringLiteral("stopped_by"),
              lastActor(d, refusal ? QStringLiteral("refuse") : QStringLiteral("stop"))}});
        return data;
    }
    case FormKind::Apology: {
        if (d.extensions.isEmpty()) {
            return notPrintable(d, kind);
        }
        const dossier::ExtensionRecord& extension = d.extensions.constLast();
        addDossier(data, details, extension.grantedAt.date());
        data.fields.insert({{QStringLiteral("reason"), extension.reason},
                            {QStringLiteral("old_due_at"), text::moment(extension.oldDueAt)},
                            {QStringLiteral("new_due_at"), text::moment(extension.newDueAt)},
                            {QStringLiteral("apology_at"), text::moment(extension.grantedAt)},
                            {QStringLiteral("apology_by"), details.userName(extension.apologyBy)}});
        return data;
    }
    case FormKind::Register:
        break;
    }
    return Error::invalid(QStringLiteral("form"),
                          QCoreApplication::translate("motcua::forms", "The register is printed for a period, "
                                                                       "not for one dossier."));
}

FormData intakeSupplementData(const IntakeSupplement& request)
{
    FormData data;
    addAgency(data, request.agency, request.at.date());
    data.fields.insert({{QStringLiteral("applicant_name"), request.applicantName},
                        {QStringLiteral("applicant_address"), request.applicantAddress},
                        {QStringLiteral("applicant_phone"), request.applicantPhone},
                        {QStringLiteral("procedure_code"), request.procedure.code},
                        {QStringLiteral("procedure_name"), request.procedure.name},
                        {QStringLiteral("reason"), request.reason},
                        {QStringLiteral("supplement_number"), request.number},
                        {QStringLiteral("requested_at"), text::moment(request.at)},
                        {QStringLiteral("requested_by"), request.clerkName},
                        {QStringLiteral("contact_phone"), request.agency.phone}});
    data.tables.insert(QStringLiteral("missing"), documentRows(request.missing, request.procedure));
    return data;
}

FormData registerHeading(const catalogue::Agency& agency, qint64 count, const QDate& from, const QDate& to,
                         const QDateTime& printedAt)
{
    FormData data;
    addAgency(data, agency, printedAt.date());
    data.fields.insert({{QStringLiteral("from_date"), text::date(from)},
                        {QStringLiteral("to_date"), text::date(to)},
                        {QStringLiteral("printed_at"), text::moment(printedAt)},
                        {QStringLiteral("count"), QString::number(count)}});
    return data;
}

Row registerRow(const storage::RegisterLine& line, qint64 number)
{
    QString addressPhone = line.address;
    if (!line.phone.isEmpty()) {
        addressPhone += (addressPhone.isEmpty() ? QString() : QStringLiteral("; ")) + line.phone;
    }
    return {{QStringLiteral("no"), QString::number(number)},
            {QStringLiteral("code"), line.code},
            {QStringLiteral("procedure"), line.procedure},
            {QStringLiteral("applicant"), line.applicant},
            {QStringLiteral("address_phone"), addressPhone},
            {QStringLiteral("department"), line.department},
            {QStringLiteral("received_at"), text::shortMoment(line.receivedAt)},
            {QStringLiteral("due_at"), text::shortMoment(line.dueAt)},
            {QStringLiteral("returned_at"), text::shortMoment(line.returnedAt)},
            {QStringLiteral("returned_how"), line.returnedAt.isValid() ? text::delivery(line.delivery) : QString()},
            {QStringLiteral("status"), text::status(line.status)}};
}

} // namespace motcua::forms
