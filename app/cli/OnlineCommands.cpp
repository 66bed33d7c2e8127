#include "app/cli/OnlineCommands.h"

#include "app/cli/CliContext.h"
#include "app/cli/DossierPrinter.h"
#include "core/common/AgencyTime.h"
#include "core/online/OnlineInbox.h"
#include "core/storage/CatalogueRepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace motcua::cli {

using namespace motcua::online;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("motcua::cli", text);
}

QString kindKey(FileOutcome::Kind kind)
{
    switch (kind) {
    case FileOutcome::Kind::Imported:
        return QStringLiteral("imported");
    case FileOutcome::Kind::Updated:
        return QStringLiteral("updated");
    case FileOutcome::Kind::Duplicate:
        return QStringLiteral("duplicate");
    case FileOutcome::Kind::Rejected:
        break;
    }
    return QStringLiteral("rejected");
}

QString kindText(FileOutcome::Kind kind)
{
    switch (kind) {
    case FileOutcome::Kind::Imported:
        return tr("imported");
    case FileOutcome::Kind::Updated:
        return tr("replaced the waiting submission");
    case FileOutcome::Kind::Duplicate:
        return tr("already imported");
    case FileOutcome::Kind::Rejected:
        break;
    }
    return tr("set aside");
}

// One line a file; exit code BadInput when any was set aside.
int report(CliContext& context, const QList<FileOutcome>& outcomes)
{
    bool rejected = false;
    QJsonArray array;
    for (const FileOutcome& outcome : outcomes) {
        rejected = rejected || outcome.kind == FileOutcome::Kind::Rejected;
        if (context.json()) {
            array.append(QJsonObject{{QStringLiteral("file"), outcome.fileName},
                                     {QStringLiteral("outcome"), kindKey(outcome.kind)},
                                     {QStringLiteral("reason"), outcome.reason},
                                     {QStringLiteral("warnings"), QJsonArray::fromStringList(outcome.warnings)},
                                     {QStringLiteral("dossier"), outcome.dossierId}});
        } else {
            QString line = QStringLiteral("%1: %2").arg(outcome.fileName, kindText(outcome.kind));
            if (outcome.dossierId > 0) {
                line += QStringLiteral(" (#%1)").arg(outcome.dossierId);
            }
            if (!outcome.reason.isEmpty()) {
                line += QStringLiteral(" – ") + outcome.reason;
            }
            context.print(line);
            for (const QString& warning : outcome.warnings) {
                context.print(tr("Warning: %1").arg(warning));
            }
        }
    }
    if (context.json()) {
        context.printJson(array);
    } else {
        context.print(summary(outcomes));
    }
    return rejected ? BadInput : Success;
}

Result<qint64> idArgument(const QStringList& positional)
{
    bool ok = false;
    const qint64 id = positional.size() == 2 ? positional.at(1).toLongLong(&ok) : 0;
    if (!ok || id < 1) {
        return Error::invalid(QStringLiteral("arguments"),
                              tr("Usage: motcua-cli online %1 ID (the number the queue lists).")
                                  .arg(positional.value(0)));
    }
    return id;
}

QString waiting(const QDateTime& since, const QDateTime& now)
{
    const qint64 minutes = since.secsTo(now) / 60;
    return tr("%1 d %2 h %3 min").arg(minutes / 1440).arg(minutes / 60 % 24).arg(minutes % 60);
}

int list(CliContext& context, workflow::WorkflowContext& workflow)
{
    auto entries = storage::OnlineSubmissionRepository(workflow.database).waiting();
    if (!entries) {
        return context.fail(entries.error());
    }
    QJsonArray array;
    for (const storage::OnlineQueueEntry& entry : *entries) {
        if (context.json()) {
            array.append(QJsonObject{{QStringLiteral("id"), entry.dossierId},
                                     {QStringLiteral("version"), entry.version},
                                     {QStringLiteral("reference"), entry.reference},
                                     {QStringLiteral("submitted_at"), isoMoment(entry.submittedAt)},
                                     {QStringLiteral("applicant"), entry.applicantName},
                                     {QStringLiteral("procedure"), entry.procedureCode},
                                     {QStringLiteral("documents"), entry.documents},
                                     {QStringLiteral("supplement_requested_at"),
                                      isoMoment(entry.supplementRequestedAt)}});
        } else {
            context.print(QStringLiteral("#%1  %2  %3  %4  %5  %6")
                              .arg(entry.dossierId)
                              .arg(momentText(entry.submittedAt), waiting(entry.submittedAt, workflow.now()),
                                   entry.reference, entry.applicantName, entry.procedureCode));
        }
    }
    if (context.json()) {
        context.printJson(array);
    } else if (entries->isEmpty()) {
        context.print(tr("No online submission is waiting."));
    }
    return Success;
}

int log(CliContext& context, workflow::WorkflowContext& workflow)
{
    auto entries = storage::OnlineSubmissionRepository(workflow.database).recentLog();
    if (!entries) {
        return context.fail(entries.error());
    }
    QJsonArray array;
    for (const storage::ImportLogEntry& entry : *entries) {
        if (context.json()) {
            array.append(QJsonObject{{QStringLiteral("at"), isoMoment(entry.at)},
                                     {QStringLiteral("file"), entry.fileName},
                                     {QStringLiteral("outcome"), storage::outcomeKey(entry.outcome)},
                                     {QStringLiteral("reason"), entry.reason},
                                     {QStringLiteral("dossier"), entry.dossierId}});
        } else {
            context.print(QStringLiteral("%1  %2  %3  %4")
                              .arg(momentText(entry.at), storage::outcomeKey(entry.outcome), entry.fileName,
                                   entry.reason));
        }
    }
    if (context.json()) {
        context.printJson(array);
    }
    return Success;
}

Result<QStringList> missingNames(const QString& positions, const QString& procedureCode,
                                 workflow::WorkflowContext& workflow)
{
    auto procedure = workflow.catalogue.procedure(procedureCode);
    if (!procedure) {
        return procedure.error();
    }
    QStringList names;
    for (const QString& part : positions.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int position = part.trimmed().toInt(&ok);
        if (!ok || position < 1 || position > procedure->documents.size()) {
            return Error::invalid(QStringLiteral("--missing"),
                                  tr("\"%1\" is not a document of the procedure (1 to %2).")
                                      .arg(part)
                                      .arg(procedure->documents.size()));
        }
        names << procedure->documents.at(position - 1).name;
    }
    return names;
}

} // namespace

int runSubmit(CliContext& context)
{
    const QStringList files = context.arguments().positional();
    if (files.isEmpty()) {
        return context.fail(
            Error::invalid(QStringLiteral("arguments"), tr("Usage: motcua-cli submit FILE… (online submissions)")));
    }
    return withWorkflow(context, [&](workflow::WorkflowContext& workflow) {
        OnlineInbox inbox(workflow);
        QList<FileOutcome> outcomes;
        for (const QString& file : files) {
            auto outcome = inbox.importFile(file);
            if (!outcome) {
                return context.fail(outcome.error());
            }
            outcomes.append(*outcome);
        }
        return report(context, outcomes);
    });
}

int runOnline(CliContext& context)
{
    const Arguments& args = context.arguments();
    const QStringList positional = args.positional();
    const QString what = positional.value(0, QStringLiteral("list"));
    auto version = context.expectedVersion();
    if (!version) {
        return context.fail(version.error());
    }
    return withWorkflow(context, [&](workflow::WorkflowContext& workflow) {
        OnlineQueueService service(workflow);
        if (what == QLatin1String("list")) {
            return list(context, workflow);
        }
        if (what == QLatin1String("log")) {
            return log(context, workflow);
        }
        if (what == QLatin1String("inbox")) {
            if (positional.size() == 2) {
                if (Status set = service.setInboxFolder(positional.at(1)); !set) {
                    return context.fail(set.error());
                }
            }
            auto folder = service.inboxFolder();
            if (!folder) {
                return context.fail(folder.error());
            }
            context.print(folder->isEmpty() ? tr("No online inbox folder is set.") : *folder);
            return static_cast<int>(Success);
        }
        if (what == QLatin1String("import")) {
            auto folder = service.inboxFolder();
            if (!folder) {
                return context.fail(folder.error());
            }
            auto outcomes = OnlineInbox(workflow).scan(*folder);
            if (!outcomes) {
                return context.fail(outcomes.error());
            }
            return report(context, *outcomes);
        }
        auto id = idArgument(positional);
        if (what != QLatin1String("accept") && what != QLatin1String("refuse") &&
            what != QLatin1String("supplement")) {
            return context.fail(Error::invalid(
                QStringLiteral("arguments"),
                tr("\"%1\" is not list, log, import, inbox, accept, refuse or supplement.").arg(what)));
        }
        if (!id) {
            return context.fail(id.error());
        }
        if (what == QLatin1String("supplement")) {
            auto dossier = workflow.store.byId(*id);
            if (!dossier) {
                return context.fail(dossier.error());
            }
            auto request = service.asReceiveRequest(*dossier);
            if (!request) {
                return context.fail(request.error());
            }
            auto missing = missingNames(args.value(QStringLiteral("missing")), request->procedureCode, workflow);
            if (!missing) {
                return context.fail(missing.error());
            }
            auto recorded = service.requestSupplement(*id, *missing, args.value(QStringLiteral("guidance")), *version);
            if (!recorded) {
                return context.fail(recorded.error());
            }
            context.print(tr("Supplement request %1 recorded.").arg(recorded->numberText()));
            return static_cast<int>(Success);
        }
        Result<dossier::Dossier> result = Error::invalid(QStringLiteral("arguments"), what);
        if (what == QLatin1String("accept")) {
            bool ok = true;
            const qint64 fee = args.value(QStringLiteral("fee"), QStringLiteral("0")).toLongLong(&ok);
            if (!ok || fee < 0) {
                return context.fail(Error::invalid(QStringLiteral("--fee"), tr("An amount in đồng, from 0.")));
            }
            result = service.accept(*id, fee, *version);
        } else {
            result = service.refuse(*id, args.value(QStringLiteral("reason")), *version);
        }
        if (!result) {
            return context.fail(result.error());
        }
        if (context.json()) {
            context.printJson(dossierJson(*result));
        } else {
            context.print(QStringLiteral("%1 %2 %3")
                              .arg(result->code.isEmpty() ? QStringLiteral("#%1").arg(result->id) : result->code,
                                   statusName(result->status), momentText(result->dueAt)));
        }
        return static_cast<int>(Success);
    });
}

} // namespace motcua::cli
