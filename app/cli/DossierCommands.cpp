#include "app/cli/DossierCommands.h"

#include "app/cli/CliContext.h"
#include "app/cli/DossierPrinter.h"
#include "core/calendar/DeadlineCalculator.h"
#include "core/calendar/WorkCalendar.h"
#include "core/common/AgencyTime.h"
#include "core/storage/CatalogueRepository.h"
#include "core/storage/DossierQueries.h"
#include "core/workflow/AssignmentService.h"
#include "core/workflow/ClosureService.h"
#include "core/workflow/ExtensionService.h"
#include "core/workflow/HandoverService.h"
#include "core/workflow/IntakeService.h"
#include "core/workflow/PauseService.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <functional>

namespace motcua::cli {

using namespace motcua::dossier;
using namespace motcua::workflow;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("motcua::cli", text);
}

Result<QList<QPair<int, int>>> parseDocuments(const QString& text)
{
    QList<QPair<int, int>> documents;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList pieces = part.trimmed().split(QLatin1Char(':'));
        bool positionOk = false;
        bool countOk = pieces.size() == 1;
        const int position = pieces.at(0).toInt(&positionOk);
        const int count = pieces.size() == 2 ? pieces.at(1).toInt(&countOk) : 1;
        if (!positionOk || !countOk || pieces.size() > 2) {
            return Error::invalid(
                QStringLiteral("--documents"),
                QCoreApplication::translate("motcua::cli", "\"%1\" is not N or N:COUNT (e.g. 1,2:3).").arg(part));
        }
        documents.append({position, count});
    }
    return documents;
}

} // namespace

int runReceive(CliContext& context)
{
    const Arguments& args = context.arguments();
    ReceiveRequest request;
    request.procedureCode = args.value(QStringLiteral("procedure"));
    if (request.procedureCode.isEmpty()) {
        return context.fail(Error::invalid(QStringLiteral("--procedure"), tr("Give the procedure code.")));
    }
    Applicant& applicant = request.applicant;
    applicant.kind = args.has(QStringLiteral("organisation")) ? Applicant::Kind::Organisation : Applicant::Kind::Person;
    applicant.name = args.value(QStringLiteral("name"));
    applicant.identityNumber = args.value(QStringLiteral("id"));
    applicant.taxCode = args.value(QStringLiteral("tax-code"));
    applicant.representative = args.value(QStringLiteral("representative"));
    applicant.address = args.value(QStringLiteral("address"));
    applicant.phone = args.value(QStringLiteral("phone"));
    applicant.email = args.value(QStringLiteral("email"));
    if (args.has(QStringLiteral("birth"))) {
        applicant.birthDate = QDate::fromString(args.value(QStringLiteral("birth")), QStringLiteral("yyyy-MM-dd"));
        if (!applicant.birthDate.isValid()) {
            return context.fail(Error::invalid(QStringLiteral("--birth"), tr("A date YYYY-MM-DD.")));
        }
    }
    auto documents = parseDocuments(args.value(QStringLiteral("documents")));
    if (!documents) {
        return context.fail(documents.error());
    }
    request.documents = *documents;
    const auto channel = channelFromKey(args.value(QStringLiteral("channel"), QStringLiteral("counter")));
    const auto delivery = deliveryFromKey(args.value(QStringLiteral("delivery"), QStringLiteral("counter")));
    if (!channel || !delivery) {
        return context.fail(Error::invalid(channel ? QStringLiteral("--delivery") : QStringLiteral("--channel"),
                                           channel ? tr("Counter or post.") : tr("Counter, online or post.")));
    }
    request.channel = *channel;
    request.delivery = *delivery;
    bool ok = true;
    request.sets = args.value(QStringLiteral("sets"), QStringLiteral("1")).toInt(&ok);
    if (!ok) {
        return context.fail(Error::invalid(QStringLiteral("--sets"), tr("A whole number.")));
    }
    request.feePaid = args.value(QStringLiteral("fee"), QStringLiteral("0")).toLongLong(&ok);
    if (!ok) {
        return context.fail(Error::invalid(QStringLiteral("--fee"), tr("An amount in VND, digits only.")));
    }
    if (args.has(QStringLiteral("at"))) {
        request.receivedAt = parseAgencyMinute(args.value(QStringLiteral("at")));
        if (!request.receivedAt.isValid()) {
            return context.fail(Error::invalid(QStringLiteral("--at"), tr("A moment \"YYYY-MM-DD HH:MM\".")));
        }
    }
    return withWorkflow(context, [&](WorkflowContext& workflow) {
        IntakeService intake(workflow);
        auto received = intake.receive(request);
        if (!received) {
            if (received.error().field == QLatin1String("documents") && args.has(QStringLiteral("record-supplement"))) {
                auto procedure = storage::CatalogueRepository(workflow.database).procedure(request.procedureCode);
                if (procedure) {
                    const QStringList missing = IntakeService::missingDocuments(*procedure, request);
                    auto recorded =
                        intake.recordSupplementRequest(request, missing, args.value(QStringLiteral("guidance")));
                    if (!recorded) {
                        return context.fail(recorded.error());
                    }
                    context.print(tr("Supplement request %1 recorded.").arg(recorded->numberText()));
                }
            }
            return context.fail(received.error());
        }
        if (context.json()) {
            context.printJson(dossierJson(*received));
        } else {
            context.print(QStringLiteral("%1 %2").arg(received->code, momentText(received->dueAt)));
        }
        return static_cast<int>(Success);
    });
}

int runDossierAction(CliContext& context)
{
    const Arguments& args = context.arguments();
    const QString command = args.command();
    if (args.positional().size() != 1) {
        return context.fail(
            Error::invalid(QStringLiteral("arguments"), tr("Usage: motcua-cli %1 CODE [options]").arg(command)));
    }
    const QString code = args.positional().at(0);
    auto version = context.expectedVersion();
    if (!version) {
        return context.fail(version.error());
    }
    const QString note = args.value(QStringLiteral("note"));
    const QString reason = args.value(QStringLiteral("reason"));
    return withWorkflow(context, [&](WorkflowContext& workflow) {
        Result<Dossier> result = Error::invalid(QStringLiteral("command"), command);
        if (command == QLatin1String("assign")) {
            result = AssignmentService(workflow).assign(code, args.value(QStringLiteral("to")), note, *version);
        } else if (command == QLatin1String("handover")) {
            result = HandoverService(workflow).handover(code, note, args.value(QStringLiteral("to")), *version);
        } else if (command == QLatin1String("ready")) {
            result = HandoverService(workflow).markResultReady(code, note, *version);
        } else if (command == QLatin1String("pause")) {
            const auto why = pauseReasonFromKey(args.value(QStringLiteral("reason"), QStringLiteral("supplement")));
            if (!why) {
                return context.fail(
                    Error::invalid(QStringLiteral("--reason"), tr("Supplement, financial, verification or other.")));
            }
            result = PauseService(workflow).pause(code, *why, note, *version);
        } else if (command == QLatin1String("resume")) {
            result = PauseService(workflow).resume(code, note, *version);
        } else if (command == QLatin1String("extend")) {
            const QDateTime newDue = parseAgencyMinute(args.value(QStringLiteral("new-due")));
            if (!newDue.isValid()) {
                return context.fail(Error::invalid(QStringLiteral("--new-due"), tr("A moment \"YYYY-MM-DD HH:MM\".")));
            }
            result = ExtensionService(workflow).extend(code, newDue, reason, *version);
        } else if (command == QLatin1String("refuse")) {
            result = ClosureService(workflow).refuse(code, reason, *version);
        } else if (command == QLatin1String("stop")) {
            result = ClosureService(workflow).stop(code, reason, *version);
        } else if (command == QLatin1String("withdraw")) {
            result = ClosureService(workflow).withdraw(code, reason, *version);
        } else if (command == QLatin1String("return")) {
            result = ClosureService(workflow).returnResult(code, note, *version);
        }
        if (!result) {
            return context.fail(result.error());
        }
        if (context.json()) {
            context.printJson(dossierJson(*result));
        } else {
            context.print(
                QStringLiteral("%1 %2 %3").arg(result->code, statusName(result->status), momentText(result->dueAt)));
        }
        return static_cast<int>(Success);
    });
}

int runShow(CliContext& context)
{
    if (context.arguments().positional().size() != 1) {
        return context.fail(Error::invalid(QStringLiteral("arguments"), tr("Usage: motcua-cli show CODE [--json]")));
    }
    return withWorkflow(context, [&](WorkflowContext& workflow) {
        auto shown = DossierView::load(workflow, context.arguments().positional().at(0));
        if (!shown) {
            return context.fail(shown.error());
        }
        if (context.json()) {
            context.printJson(shown->toJson());
        } else {
            for (const QString& line : shown->toText()) {
                context.print(line);
            }
        }
        return static_cast<int>(Success);
    });
}

int runList(CliContext& context)
{
    const Arguments& args = context.arguments();
    storage::DossierFilter filter;
    for (const QString& status : args.value(QStringLiteral("status")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int value = status.toInt(&ok);
        if (!ok || value < 1 || value > 10) {
            return context.fail(Error::invalid(QStringLiteral("--status"), tr("Codes from 1 to 10, e.g. 2,4.")));
        }
        filter.statuses << static_cast<DossierStatus>(value);
    }
    filter.departmentCode = args.value(QStringLiteral("department"));
    filter.procedureCode = args.value(QStringLiteral("procedure"));
    filter.search = args.value(QStringLiteral("search"));
    for (const auto& [option, date] : {std::pair{QStringLiteral("from"), &filter.receivedFrom},
                                       std::pair{QStringLiteral("to"), &filter.receivedTo}}) {
        if (args.has(option)) {
            *date = QDate::fromString(args.value(option), QStringLiteral("yyyy-MM-dd"));
            if (!date->isValid()) {
                return context.fail(Error::invalid(QStringLiteral("--") + option, tr("A date YYYY-MM-DD.")));
            }
        }
    }
    bool ok = true;
    filter.limit = args.value(QStringLiteral("limit"), QStringLiteral("100")).toInt(&ok);
    if (!ok || filter.limit < 1) {
        return context.fail(Error::invalid(QStringLiteral("--limit"), tr("A whole number from 1.")));
    }
    double hours = 0;
    if (args.has(QStringLiteral("due-within"))) {
        hours = args.value(QStringLiteral("due-within")).toDouble(&ok);
        if (!ok || hours <= 0) {
            return context.fail(
                Error::invalid(QStringLiteral("--due-within"), tr("A number of working hours above 0.")));
        }
    }
    return withWorkflow(context, [&](WorkflowContext& workflow) {
        const QDateTime now = workflow.now();
        if (args.has(QStringLiteral("overdue"))) {
            filter.overdueAt = now;
        }
        if (hours > 0) {
            filter.dueBetweenFrom = now;
            filter.dueBetweenTo = calendar::DeadlineCalculator(workflow.calendar).dueWithinEnd(now, hours);
        }
        auto rows = storage::DossierQueries(workflow.database).list(filter);
        if (!rows) {
            return context.fail(rows.error());
        }
        if (context.json()) {
            QJsonArray list;
            for (const storage::DossierSummary& row : *rows) {
                list.append(summaryJson(row));
            }
            context.printJson(list);
        } else {
            for (const storage::DossierSummary& row : *rows) {
                context.print(summaryText(row));
            }
        }
        return static_cast<int>(Success);
    });
}

} // namespace motcua::cli
