#include "app/cli/ReportCommands.h"

#include "app/cli/CliContext.h"
#include "core/reports/Ii06aTable.h"
#include "core/reports/Ii06aXlsx.h"
#include "core/reports/ReportService.h"

#include <QCoreApplication>

namespace motcua::cli {

using namespace motcua::reports;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("motcua::cli", text);
}

// A day as DD/MM/YYYY (the way the forms write it) or YYYY-MM-DD; the error names the option.
Result<QDate> dayOption(const CliContext& context, const QString& name)
{
    const QString text = context.arguments().value(name);
    QDate day = QDate::fromString(text, QStringLiteral("dd/MM/yyyy"));
    if (!day.isValid()) {
        day = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    }
    if (!day.isValid()) {
        return Error::invalid(QStringLiteral("--") + name,
                              tr("\"%1\" is not a date DD/MM/YYYY (or YYYY-MM-DD).").arg(text));
    }
    return day;
}

// The table for a terminal: the numbering row and the lines, each column as wide as its widest cell, then what
// each number stands for.
void printTable(CliContext& context, const Ii06aReport& report)
{
    const QList<QStringList> rows = ii06aTextRows(report);
    const QList<QStringList> body = rows.mid(kHeaderLevels);
    QList<qsizetype> widths;
    for (const QStringList& row : body) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= c) {
                widths.append(0);
            }
            widths[c] = std::max(widths[c], row.at(c).size());
        }
    }
    context.print(ii06aTitle());
    context.print(report.agency);
    context.print(ii06aPeriodLine(report.period) + QStringLiteral(" · ") + ii06aUnitLine());
    for (const QStringList& row : body) {
        QStringList cells;
        for (qsizetype c = 0; c < row.size(); ++c) {
            cells << (c == 1 ? row.at(c).leftJustified(widths.at(c)) : row.at(c).rightJustified(widths.at(c)));
        }
        context.print(cells.join(QStringLiteral("  ")));
    }
    const QList<Ii06aColumnInfo> columns = ii06aColumns(report.grouping);
    for (const Ii06aColumnInfo& info : columns) {
        QStringList names;
        for (const QString& header : info.headers) {
            if (!header.isEmpty()) {
                names << header;
            }
        }
        context.print(QStringLiteral("%1 %2").arg(info.number, names.join(QStringLiteral(" › "))));
    }
}

} // namespace

int runReport(CliContext& context)
{
    const Arguments& args = context.arguments();
    const QStringList positional = args.positional();
    if (positional.size() > 1 || (positional.size() == 1 && positional.at(0) != QLatin1String("ii06a"))) {
        return context.fail(Error::invalid(QStringLiteral("report"),
                                           tr("Usage: motcua-cli report [ii06a] --from DD/MM/YYYY --to DD/MM/YYYY "
                                              "[--by field|procedure] [--json | --csv FILE | --xlsx FILE]")));
    }
    auto from = dayOption(context, QStringLiteral("from"));
    if (!from) {
        return context.fail(from.error());
    }
    auto to = dayOption(context, QStringLiteral("to"));
    if (!to) {
        return context.fail(to.error());
    }
    const QString by = args.value(QStringLiteral("by"), QStringLiteral("field"));
    if (by != QLatin1String("field") && by != QLatin1String("procedure")) {
        return context.fail(Error::invalid(QStringLiteral("--by"), tr("\"%1\" is not field or procedure.").arg(by)));
    }
    // --format csv|xlsx --output FILE says the same as --csv FILE / --xlsx FILE.
    QString csv = args.value(QStringLiteral("csv"));
    QString xlsx = args.value(QStringLiteral("xlsx"));
    if (args.has(QStringLiteral("format")) || args.has(QStringLiteral("output"))) {
        const QString format = args.value(QStringLiteral("format"), QStringLiteral("table"));
        const QString output = args.value(QStringLiteral("output"));
        if (format != QLatin1String("table") && format != QLatin1String("csv") && format != QLatin1String("xlsx")) {
            return context.fail(
                Error::invalid(QStringLiteral("--format"), tr("\"%1\" is not table, csv or xlsx.").arg(format)));
        }
        if ((format == QLatin1String("table")) != output.isEmpty()) {
            return context.fail(Error::invalid(QStringLiteral("--output"),
                                               tr("--format csv or xlsx needs --output FILE, and only they do.")));
        }
        if (format == QLatin1String("csv")) {
            csv = output;
        } else if (format == QLatin1String("xlsx")) {
            xlsx = output;
        }
    }
    if (!csv.isEmpty() && !xlsx.isEmpty()) {
        return context.fail(Error::invalid(QStringLiteral("--csv"), tr("Give one output: --csv or --xlsx.")));
    }
    const Ii06aGrouping grouping = by == QLatin1String("procedure") ? Ii06aGrouping::Procedure : Ii06aGrouping::Field;
    return withWorkflow(context, [&](workflow::WorkflowContext& workflow) {
        const identity::User& actor = workflow.actor;
        if (!actor.has(identity::Role::Leader) && !actor.has(identity::Role::Admin)) {
            return context.fail(Error{ErrorCode::Forbidden,
                                      tr("%1 may not see the agency's reports: they need the role leader or "
                                         "administrator.")
                                          .arg(actor.login),
                                      QStringLiteral("--as")});
        }
        auto report = ReportService(workflow.database, workflow.calendar).ii06a({*from, *to}, grouping);
        if (!report) {
            Error error = report.error();
            if (error.field == QLatin1String("from") || error.field == QLatin1String("to")) {
                error.field = QStringLiteral("--") + error.field;
            }
            return context.fail(error);
        }
        if (!xlsx.isEmpty() || !csv.isEmpty()) {
            const Status written = xlsx.isEmpty() ? writeIi06aCsv(*report, csv) : writeIi06aXlsx(*report, xlsx);
            if (!written) {
                return context.fail(written.error());
            }
            if (context.json()) {
                context.printJson(QJsonObject{{xlsx.isEmpty() ? QStringLiteral("csv") : QStringLiteral("xlsx"),
                                               xlsx.isEmpty() ? csv : xlsx}});
            } else {
                context.print(tr("Written to %1.").arg(xlsx.isEmpty() ? csv : xlsx));
            }
        } else if (context.json()) {
            context.printJson(ii06aJson(*report));
        } else {
            printTable(context, *report);
        }
        return static_cast<int>(Success);
    });
}

} // namespace motcua::cli
