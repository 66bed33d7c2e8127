#include "app/cli/DossierPrinter.h"

#include "core/dossier/EventText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace motcua::cli {

using namespace motcua::dossier;

QString momentText(const QDateTime& moment)
{
    return moment.isValid() ? moment.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

namespace {

QJsonValue momentJson(const QDateTime& moment)
{
    return moment.isValid() ? QJsonValue(moment.toString(QStringLiteral("yyyy-MM-ddTHH:mm"))) : QJsonValue();
}

} // namespace

QJsonObject dossierJson(const Dossier& dossier)
{
    return {{QStringLiteral("code"), dossier.code},
            {QStringLiteral("status"), static_cast<int>(dossier.status)},
            {QStringLiteral("status_name"), statusName(dossier.status)},
            {QStringLiteral("received_at"), momentJson(dossier.receivedAt)},
            {QStringLiteral("due_at"), momentJson(dossier.dueAt)},
            {QStringLiteral("legal_due_at"), momentJson(dossier.legalDueAt)},
            {QStringLiteral("current_step"), dossier.currentStep},
            {QStringLiteral("register_book"), dossier.registerBook},
            {QStringLiteral("register_entry"), dossier.registerEntry},
            {QStringLiteral("paused"), dossier.paused},
            {QStringLiteral("outcome"), dossier.outcome},
            {QStringLiteral("version"), dossier.version}};
}

QJsonObject summaryJson(const storage::DossierSummary& row)
{
    return {{QStringLiteral("code"), row.code},
            {QStringLiteral("applicant"), row.applicantName},
            {QStringLiteral("procedure"), row.procedureCode},
            {QStringLiteral("procedure_name"), row.procedureName},
            {QStringLiteral("status"), static_cast<int>(row.status)},
            {QStringLiteral("received_at"), momentJson(row.receivedAt)},
            {QStringLiteral("due_at"), momentJson(row.dueAt)},
            {QStringLiteral("department"), row.departmentCode},
            {QStringLiteral("assignee"), row.assigneeLogin},
            {QStringLiteral("current_step"), row.currentStep},
            {QStringLiteral("paused"), row.paused},
            {QStringLiteral("version"), row.version}};
}

QString summaryText(const storage::DossierSummary& row)
{
    return QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
        .arg(row.code, momentText(row.receivedAt), momentText(row.dueAt), QString::number(static_cast<int>(row.status)),
             row.departmentCode, row.assigneeLogin.isEmpty() ? QStringLiteral("-") : row.assigneeLogin,
             row.applicantName);
}

Result<DossierView> DossierView::load(const workflow::WorkflowContext& context, const QString& code)
{
    auto details = workflow::DossierDetails::load(context, code);
    if (!details) {
        return details.error();
    }
    DossierView view;
    view.m_details = std::move(details).value();
    return view;
}

QJsonObject DossierView::toJson() const
{
    const Dossier& d = m_details.dossier;
    QJsonObject json = dossierJson(d);
    json.insert(QStringLiteral("procedure"), m_details.procedure.code);
    json.insert(QStringLiteral("procedure_name"), m_details.procedure.name);
    json.insert(QStringLiteral("process"), QJsonObject{{QStringLiteral("code"), m_details.process.code},
                                                       {QStringLiteral("issue"), m_details.process.issue}});
    json.insert(QStringLiteral("applicant"),
                QJsonObject{{QStringLiteral("name"), d.applicant.name},
                            {QStringLiteral("identity_number"), d.applicant.identityNumber},
                            {QStringLiteral("tax_code"), d.applicant.taxCode},
                            {QStringLiteral("address"), d.applicant.address},
                            {QStringLiteral("phone"), d.applicant.phone},
                            {QStringLiteral("email"), d.applicant.email}});
    json.insert(QStringLiteral("department"), m_details.departments.value(d.departmentId).code);
    QJsonArray documents;
    for (const ReceivedDocument& document : d.documents) {
        documents.append(QJsonObject{{QStringLiteral("name"), document.name},
                                     {QStringLiteral("kind"), catalogue::documentKindKey(document.kind)},
                                     {QStringLiteral("count"), document.count}});
    }
    json.insert(QStringLiteral("documents"), documents);
    QJsonArray steps;
    for (const StepInstance& step : d.steps) {
        steps.append(QJsonObject{{QStringLiteral("position"), step.position},
                                 {QStringLiteral("department"), m_details.departments.value(step.departmentId).code},
                                 {QStringLiteral("assignee"), m_details.userName(step.assigneeId)},
                                 {QStringLiteral("started_at"), momentJson(step.startedAt)},
                                 {QStringLiteral("due_at"), momentJson(step.dueAt)},
                                 {QStringLiteral("finished_at"), momentJson(step.finishedAt)},
                                 {QStringLiteral("outcome"), step.outcome}});
    }
    json.insert(QStringLiteral("steps"), steps);
    QJsonArray pauses;
    for (const PauseRecord& pause : d.pauses) {
        pauses.append(QJsonObject{{QStringLiteral("reason"), pauseReasonKey(pause.reason)},
                                  {QStringLiteral("started_at"), momentJson(pause.startedAt)},
                                  {QStringLiteral("ended_at"), momentJson(pause.endedAt)}});
    }
    json.insert(QStringLiteral("pauses"), pauses);
    QJsonArray extensions;
    for (const ExtensionRecord& extension : d.extensions) {
        extensions.append(QJsonObject{{QStringLiteral("reason"), extension.reason},
                                      {QStringLiteral("old_due_at"), momentJson(extension.oldDueAt)},
                                      {QStringLiteral("new_due_at"), momentJson(extension.newDueAt)}});
    }
    json.insert(QStringLiteral("extensions"), extensions);
    QJsonArray events;
    for (const Event& event : d.events) {
        events.append(
            QJsonObject{{QStringLiteral("at"), momentJson(event.at)},
                        {QStringLiteral("actor"), event.actorName},
                        {QStringLiteral("action"), event.action},
                        {QStringLiteral("details"), QJsonDocument::fromJson(event.details.toUtf8()).object()}});
    }
    json.insert(QStringLiteral("events"), events);
    json.insert(QStringLiteral("due_explanation"), QJsonArray::fromStringList(m_details.dueExplanation));
    return json;
}

QStringList DossierView::toText() const
{
    const Dossier& d = m_details.dossier;
    QStringList lines;
    lines << QCoreApplication::translate("motcua::cli", "Dossier: %1 (version %2)").arg(d.code).arg(d.version);
    lines << QCoreApplication::translate("motcua::cli", "Procedure: %1 %2 — process %3, issue %4")
                 .arg(m_details.procedure.code, m_details.procedure.name, m_details.process.code)
                 .arg(m_details.process.issue);
    lines << QCoreApplication::translate("motcua::cli", "Applicant: %1, %2, %3")
                 .arg(d.applicant.name, d.applicant.address, d.applicant.phone);
    lines << QCoreApplication::translate("motcua::cli", "Status: %1 (%2)")
                 .arg(statusName(d.status))
                 .arg(static_cast<int>(d.status));
    lines << QCoreApplication::translate("motcua::cli", "Received: %1   Due: %2   Legal due: %3")
                 .arg(momentText(d.receivedAt), momentText(d.dueAt), momentText(d.legalDueAt));
    lines << QCoreApplication::translate("motcua::cli", "Register: book %1, entry %2")
                 .arg(d.registerBook)
                 .arg(d.registerEntry);
    lines << QCoreApplication::translate("motcua::cli", "Documents:");
    for (const ReceivedDocument& document : d.documents) {
        lines << QStringLiteral("  - %1 (%2 × %3)")
                     .arg(document.name, catalogue::documentKindName(document.kind))
                     .arg(document.count);
    }
    lines << QCoreApplication::translate("motcua::cli", "Steps:");
    for (const StepInstance& step : d.steps) {
        lines << QStringLiteral("  %1. %2  %3 → %4 (%5)  %6  %7")
                     .arg(step.position)
                     .arg(m_details.departmentName(step.departmentId), momentText(step.startedAt),
                          momentText(step.finishedAt), momentText(step.dueAt), step.outcome,
                          m_details.userName(step.assigneeId));
    }
    for (const PauseRecord& pause : d.pauses) {
        lines << QCoreApplication::translate("motcua::cli", "Pause (%1): %2 → %3 %4")
                     .arg(pauseReasonKey(pause.reason), momentText(pause.startedAt), momentText(pause.endedAt),
                          pause.note);
    }
    for (const ExtensionRecord& extension : d.extensions) {
        lines << QCoreApplication::translate("motcua::cli", "Extension: %1 → %2: %3")
                     .arg(momentText(extension.oldDueAt), momentText(extension.newDueAt), extension.reason);
    }
    lines << QCoreApplication::translate("motcua::cli", "Why this due date:");
    for (const QString& fact : m_details.dueExplanation) {
        lines << QStringLiteral("  - ") + fact;
    }
    lines << QCoreApplication::translate("motcua::cli", "History:");
    for (const Event& event : d.events) {
        lines << QStringLiteral("  %1  %2  %3  %4")
                     .arg(momentText(event.at), event.actorName, eventName(event.action), eventDetails(event.details));
    }
    return lines;
}

} // namespace motcua::cli
