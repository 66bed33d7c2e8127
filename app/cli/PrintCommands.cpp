#include "app/cli/PrintCommands.h"

#include "app/cli/CliContext.h"
#include "core/calendar/Explanation.h"
#include "core/forms/FormService.h"
#include "core/forms/FormTemplates.h"
#include "print/FormDocument.h"
#include "print/RegisterPainter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace motcua::cli {

using forms::FormKind;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("motcua::cli", text);
}

Result<FormKind> formArgument(const QString& key, bool registerAllowed)
{
    const auto kind = forms::formFromKey(key);
    if (!kind || (!registerAllowed && *kind == FormKind::Register)) {
        QStringList keys;
        for (FormKind each : forms::allForms()) {
            if (registerAllowed || each != FormKind::Register) {
                keys << forms::formKey(each);
            }
        }
        return Error::invalid(QStringLiteral("FORM"),
                              tr("\"%1\" is not a form; one of %2.").arg(key, keys.join(QStringLiteral(", "))));
    }
    return *kind;
}

Result<QDate> dateOption(const CliContext& context, const QString& name)
{
    const QString text = context.arguments().value(name);
    const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid()) {
        return Error::invalid(QStringLiteral("--") + name, tr("\"%1\" is not a date YYYY-MM-DD.").arg(text));
    }
    return date;
}

int writeForm(CliContext& context, const Result<forms::PrintableForm>& form, const QString& path)
{
    auto document = form ? print::FormDocument::build(*form) : Result<print::FormDocument>(form.error());
    if (!document) {
        return context.fail(document.error());
    }
    if (Status written = document->writePdf(path); !written) {
        return context.fail(written.error());
    }
    if (context.json()) {
        context.printJson(
            QJsonObject{{QStringLiteral("form"), forms::formKey(document->kind())}, {QStringLiteral("pdf"), path}});
    } else {
        context.print(tr("%1: %2").arg(document->title(), path));
    }
    return Success;
}

// Mẫu 07 streamed page by page into the PDF, its progress on standard error (a line every few hundred dossiers).
int writeRegister(CliContext& context, storage::Database& database, const Result<forms::RegisterHeading>& heading,
                  const QString& path)
{
    if (!heading) {
        return context.fail(heading.error());
    }
    print::RegisterPainter painter(
        *heading, print::registerRows(std::make_shared<storage::RegisterReader>(database, heading->from, heading->to)));
    qint64 told = 0;
    const auto tell = [&](qint64 done, qint64 total) {
        told = done;
        std::fprintf(
            stderr, "%s\n",
            qPrintable(tr("register: %1 of %2 dossiers, %3 pages").arg(done).arg(total).arg(painter.pagesDone())));
    };
    auto written = print::writeRegisterPdf(path, painter, [&](qint64 done, qint64 total) {
        if (done >= told + 1000 && done < total) {
            tell(done, total);
        }
        return true;
    });
    if (written) {
        tell(written->rows, painter.rowsTotal()); // the last rows, and the page of the signature
    }
    if (!written) {
        return context.fail(written.error());
    }
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("form"), forms::formKey(FormKind::Register)},
                                      {QStringLiteral("pdf"), path},
                                      {QStringLiteral("dossiers"), written->rows},
                                      {QStringLiteral("pages"), written->pages}});
    } else {
        context.print(
            tr("%1: %2 (%3 dossiers, %4 pages)").arg(heading->title, path).arg(written->rows).arg(written->pages));
    }
    return Success;
}

} // namespace

int runPrint(CliContext& context)
{
    const QStringList positional = context.arguments().positional();
    const QString pdf = context.arguments().value(QStringLiteral("pdf"));
    if (positional.isEmpty() || pdf.isEmpty()) {
        return context.fail(Error::invalid(
            QStringLiteral("arguments"), tr("Usage: motcua-cli print FORM CODE --pdf FILE | motcua-cli print register "
                                            "--from YYYY-MM-DD --to YYYY-MM-DD --pdf FILE")));
    }
    auto kind = formArgument(positional.at(0), true);
    if (!kind) {
        return context.fail(kind.error());
    }
    return withWorkflow(context, [&](workflow::WorkflowContext& workflow) {
        const forms::FormService service(workflow.database, workflow.clock, workflow.actor);
        if (*kind == FormKind::Register) {
            if (positional.size() != 1) {
                return context.fail(Error::invalid(QStringLiteral("arguments"),
                                                   tr("print register takes no dossier code, only --from and --to.")));
            }
            auto from = dateOption(context, QStringLiteral("from"));
            auto to = dateOption(context, QStringLiteral("to"));
            if (!from || !to) {
                return context.fail(!from ? from.error() : to.error());
            }
            return writeRegister(context, workflow.database, service.registerHeading(*from, *to), pdf);
        }
        if (positional.size() != 2) {
            return context.fail(
                Error::invalid(QStringLiteral("arguments"), tr("Usage: motcua-cli print FORM CODE --pdf FILE")));
        }
        // "#12": the dossier's row, as the online queue numbers a submission that has no code.
        const QString dossier = positional.at(1);
        bool byRow = false;
        const qint64 row = dossier.startsWith(QLatin1Char('#')) ? dossier.mid(1).toLongLong(&byRow) : 0;
        return writeForm(context, byRow ? service.dossierForm(*kind, row) : service.dossierForm(*kind, dossier), pdf);
    });
}

int runTemplate(CliContext& context)
{
    const QStringList positional = context.arguments().positional();
    const QString action = positional.value(0);
    const bool withFile = action == QLatin1String("export") || action == QLatin1String("import");
    if (!(withFile && positional.size() == 3) && !(action == QLatin1String("reset") && positional.size() == 2) &&
        !(action == QLatin1String("list") && positional.size() == 1)) {
        return context.fail(Error::invalid(QStringLiteral("arguments"),
                                           tr("Usage: motcua-cli template export|import FORM FILE | template reset "
                                              "FORM | template list")));
    }
    // A file to import is checked first: a refused one leaves the database as it was, not even a sign-in recorded.
    if (action == QLatin1String("import")) {
        auto kind = formArgument(positional.at(1), true);
        if (!kind) {
            return context.fail(kind.error());
        }
        if (auto checked = forms::FormTemplates::readChecked(*kind, positional.at(2)); !checked) {
            return context.fail(checked.error());
        }
    }
    return withWorkflow(context, [&](workflow::WorkflowContext& workflow) {
        forms::FormTemplates templates(workflow.database, workflow.clock);
        if (action == QLatin1String("list")) {
            QJsonArray all;
            for (FormKind kind : forms::allForms()) {
                auto inUse = templates.inUse(kind);
                if (!inUse) {
                    return context.fail(inUse.error());
                }
                const QString origin = inUse->custom
                                           ? tr("agency's, loaded %1 by %2")
                                                 .arg(calendar::formatShortMoment(inUse->loadedAt), inUse->loadedBy)
                                           : tr("shipped");
                all.append(QJsonObject{{QStringLiteral("form"), forms::formKey(kind)},
                                       {QStringLiteral("custom"), inUse->custom},
                                       {QStringLiteral("problem"), inUse->customProblem}});
                if (!context.json()) {
                    context.print(
                        QStringLiteral("%1\t%2\t%3").arg(forms::formKey(kind), forms::formTitle(kind), origin));
                }
            }
            if (context.json()) {
                context.printJson(all);
            }
            return static_cast<int>(Success);
        }
        auto kind = formArgument(positional.at(1), true);
        if (!kind) {
            return context.fail(kind.error());
        }
        if (action == QLatin1String("reset")) {
            if (Status reset = templates.reset(workflow.actor, *kind); !reset) {
                return context.fail(reset.error());
            }
            context.print(tr("%1: the shipped template is in use again.").arg(forms::formTitle(*kind)));
            return static_cast<int>(Success);
        }
        const QString path = positional.at(2);
        if (action == QLatin1String("export")) {
            if (Status exported = templates.exportTo(*kind, path); !exported) {
                return context.fail(exported.error());
            }
            context.print(tr("%1: written to %2.").arg(forms::formTitle(*kind), path));
            return static_cast<int>(Success);
        }
        if (Status loaded = templates.loadFrom(workflow.actor, *kind, path); !loaded) {
            return context.fail(loaded.error());
        }
        context.print(tr("%1: the template of %2 is in use.").arg(forms::formTitle(*kind), path));
        return static_cast<int>(Success);
    });
}

} // namespace motcua::cli
