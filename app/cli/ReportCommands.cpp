#include "app/cli/ReportCommands.h"

#include "app/cli/CliContext.h"
#include "core/calendar/Explanation.h"
#include "core/reports/Ii06aTable.h"
#include "core/reports/Ii06aXlsx.h"
#include "core/reports/OverdueReport.h"
#include "core/reports/PeopleReport.h"
#include "core/reports/ReportService.h"
#include "core/reports/ReportTables.h"
#include "core/storage/CatalogueRepository.h"
#include "print/ReportDocument.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

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

// --from and --to.
Result<ReportPeriod> periodOptions(const CliContext& context)
{
    auto from = dayOption(context, QStringLiteral("from"));
    if (!from) {
        return from.error();
    }
    auto to = dayOption(context, QStringLiteral("to"));
    if (!to) {
        return to.error();
    }
    return ReportPeriod{*from, *to};
}

// Rows for a terminal, each column as wide as its widest cell; the columns in `left` flush left, the others right.
void printAligned(CliContext& context, const QList<QStringList>& rows, const QList<qsizetype>& left)
{
    QList<qsizetype> widths;
    for (const QStringList& row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= c) {
                widths.append(0);
            }
            widths[c] = std::max(widths[c], row.at(c).size());
        }
    }
    for (const QStringList& row : rows) {
        QStringList cells;
        for (qsizetype c = 0; c < row.size(); ++c) {
            cells << (left.contains(c) ? row.at(c).leftJustified(widths.at(c)) : row.at(c).rightJustified(widths.at(c)));
        }
        context.print(cells.join(QStringLiteral("  ")));
    }
}

// The table for a terminal: the numbering row and the lines, then what each number stands for.
void printTable(CliContext& context, const Ii06aReport& report)
{
    context.print(ii06aTitle());
    context.print(report.agency);
    context.print(ii06aPeriodLine(report.period) + QStringLiteral(" · ") + ii06aUnitLine());
    printAligned(context, ii06aTextRows(report).mid(kHeaderLevels), {1});
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

// Where a report goes: --csv FILE, --xlsx FILE, --pdf FILE (or --format csv|xlsx --output FILE); none: the
// terminal (or --json).
struct Output {
    QString kind; // csv | xlsx | pdf; empty: the terminal
    QString file;
};

Result<Output> outputOption(const CliContext& context)
{
    const Arguments& args = context.arguments();
    QString csv = args.value(QStringLiteral("csv"));
    QString xlsx = args.value(QStringLiteral("xlsx"));
    if (args.has(QStringLiteral("format")) || args.has(QStringLiteral("output"))) {
        const QString format = args.value(QStringLiteral("format"), QStringLiteral("table"));
        const QString output = args.value(QStringLiteral("output"));
        if (format != QLatin1String("table") && format != QLatin1String("csv") && format != QLatin1String("xlsx")) {
            return Error::invalid(QStringLiteral("--format"), tr("\"%1\" is not table, csv or xlsx.").arg(format));
        }
        if ((format == QLatin1String("table")) != output.isEmpty()) {
            return Error::invalid(QStringLiteral("--output"),
                                  tr("--format csv or xlsx needs --output FILE, and only they do."));
        }
        if (format == QLatin1String("csv")) {
            csv = output;
        } else if (format == QLatin1String("xlsx")) {
            xlsx = output;
        }
    }
    const QString pdf = args.value(QStringLiteral("pdf"));
    if (int(!csv.isEmpty()) + int(!xlsx.isEmpty()) + int(!pdf.isEmpty()) > 1) {
        return Error::invalid(QStringLiteral("--csv"), tr("Give one output: --csv, --xlsx or --pdf."));
    }
    if (!csv.isEmpty()) {
        return Output{QStringLiteral("csv"), csv};
    }
    if (!xlsx.isEmpty()) {
        return Output{QStringLiteral("xlsx"), xlsx};
    }
    if (!pdf.isEmpty()) {
        return Output{QStringLiteral("pdf"), pdf};
    }
    return Output{};
}

// Says where the file was written (as JSON with --json).
int written(CliContext& context, const Output& output, const Status& status)
{
    if (!status) {
        return context.fail(status.error());
    }
    if (context.json()) {
        context.printJson(QJsonObject{{output.kind, output.file}});
    } else {
        context.print(tr("Written to %1.").arg(output.file));
    }
    return static_cast<int>(Success);
}

// A report that is one table: to its file, as JSON, or through `print` on the terminal.
int emitTable(CliContext& context, const Output& output, const ReportTable& table, const QJsonObject& json,
              const std::function<void()>& print)
{
    if (output.kind == QLatin1String("csv")) {
        return written(context, output, writeTableCsv(table, output.file));
    }
    if (output.kind == QLatin1String("xlsx")) {
        return written(context, output, writeTableXlsx(table, output.file));
    }
    if (output.kind == QLatin1String("pdf")) {
        return written(context, output, print::ReportDocument(table.title, tableHtml(table)).writePdf(output.file));
    }
    if (context.json()) {
        context.printJson(json);
    } else {
        print();
    }
    return static_cast<int>(Success);
}

// A report of a period to an output: --from, --to and the output checked first, then `run` in a workflow.
int withPeriodReport(CliContext& context,
                     const std::function<int(workflow::WorkflowContext&, const ReportPeriod&, const Output&)>& run)
{
    auto period = periodOptions(context);
    if (!period) {
        return context.fail(period.error());
    }
    auto output = outputOption(context);
    if (!output) {
        return context.fail(output.error());
    }
    return withWorkflow(context,
                        [&](workflow::WorkflowContext& workflow) { return run(workflow, *period, *output); });
}

// A report's error; one about the period names its option.
int failReport(CliContext& context, Error error)
{
    if (error.field == QLatin1String("from") || error.field == QLatin1String("to")) {
        error.field = QStringLiteral("--") + error.field;
    }
    return context.fail(error);
}

// report overdue [--department CODE] [--within HOURS]: a head sees their own department.
int runOverdue(CliContext& context)
{
    const Arguments& args = context.arguments();
    bool okHours = true;
    const double within = args.value(QStringLiteral("within"), QStringLiteral("0")).toDouble(&okHours);
    if (!okHours || within < 0) {
        return context.fail(Error::invalid(QStringLiteral("--within"), tr("A number of working hours, 0 or more.")));
    }
    auto output = outputOption(context);
    if (!output) {
        return context.fail(output.error());
    }
    return withWorkflow(context, [&](workflow::WorkflowContext& workflow) {
        const identity::User& actor = workflow.actor;
        QString department = args.value(QStringLiteral("department"));
        if (!actor.has(identity::Role::Leader) && !actor.has(identity::Role::Admin)) {
            auto own = actor.has(identity::Role::Head) && actor.departmentId != 0
                           ? storage::CatalogueRepository(workflow.database).department(actor.departmentId)
                           : Result<catalogue::Department>(Error{ErrorCode::Forbidden, {}, {}});
            if (!own || (!department.isEmpty() && department != own->code)) {
                return context.fail(
                    Error{ErrorCode::Forbidden,
                          tr("%1 may see the overdue dossiers of their own department only.").arg(actor.login),
                          QStringLiteral("--as")});
            }
            department = own->code;
        }
        auto report = overdueReport(workflow.database, workflow.calendar, workflow.now(), department, within);
        if (!report) {
            return context.fail(report.error());
        }
        const int dayMinutes = workflow.calendar.hours().standardDayMinutes();
        if (context.json() || !output->kind.isEmpty()) {
            return emitTable(context, *output, overdueTable(*report, dayMinutes), overdueJson(*report), [] {});
        }
        context.print(tr("Overdue and due soon at %1: %2 overdue, %3 due within %4 working hours")
                          .arg(report->now.toString(QStringLiteral("HH:mm dd/MM/yyyy")))
                          .arg(report->overdue)
                          .arg(report->dueSoon)
                          .arg(within));
        for (const OverdueGroup& group : report->groups) {
            context.print(tr("B%1 · %2")
                              .arg(group.step)
                              .arg(group.assigneeName.isEmpty() ? tr("not assigned") : group.assigneeName));
            for (const OverdueLine& line : group.lines) {
                context.print(QStringLiteral("  %1  %2  %3  %4")
                                  .arg(line.dossier.code,
                                       line.dossier.dueAt.toString(QStringLiteral("HH:mm dd/MM/yyyy")),
                                       line.overdue ? tr("late %1").arg(calendar::formatWorkingDurationShort(
                                                          line.workingMinutesLate, dayMinutes))
                                                    : tr("%1 left").arg(calendar::formatWorkingDurationShort(
                                                          line.workingMinutesLeft, dayMinutes)),
                                       line.dossier.applicantName));
            }
        }
        return static_cast<int>(Success);
    });
}

// report people --from D --to D: leaders and administrators only.
int runPeople(CliContext& context)
{
    return withPeriodReport(context, [&](workflow::WorkflowContext& workflow, const ReportPeriod& period,
                                         const Output& output) {
        const identity::User& actor = workflow.actor;
        if (!actor.has(identity::Role::Leader) && !actor.has(identity::Role::Admin)) {
            return context.fail(Error{ErrorCode::Forbidden,
                                      tr("%1 may not see the per-person report: it needs the role leader or "
                                         "administrator.")
                                          .arg(actor.login),
                                      QStringLiteral("--as")});
        }
        auto report = peopleReport(workflow.database, period, workflow.now());
        if (!report) {
            return failReport(context, report.error());
        }
        if (context.json() || !output.kind.isEmpty()) {
            return emitTable(context, output, peopleTable(*report), peopleJson(*report), [] {});
        }
        context.print(tr("Steps finished from %1 to %2 (late), and dossiers overdue now, by person")
                          .arg(report->period.from.toString(QStringLiteral("dd/MM/yyyy")),
                               report->period.to.toString(QStringLiteral("dd/MM/yyyy"))));
        for (const storage::PersonCount& person : report->people) {
            context.print(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                              .arg(person.login, person.fullName)
                              .arg(person.stepsFinished)
                              .arg(person.stepsLate)
                              .arg(person.overdueNow));
        }
        return static_cast<int>(Success);
    });
}

// The roles that see the agency's reports: leaders and administrators all procedures (department 0), a head those
// of their department; anyone else is refused.
Result<qint64> reportDepartment(const identity::User& actor)
{
    if (actor.has(identity::Role::Leader) || actor.has(identity::Role::Admin)) {
        return qint64{0};
    }
    if (!actor.has(identity::Role::Head)) {
        return Error{ErrorCode::Forbidden,
                     tr("%1 may not see the agency's reports: they need the role head, leader or administrator.")
                         .arg(actor.login),
                     QStringLiteral("--as")};
    }
    return actor.departmentId;
}

// report steps --from D --to D: each process step, the steps where lateness starts first.
int runSteps(CliContext& context)
{
    return withPeriodReport(context, [&](workflow::WorkflowContext& workflow, const ReportPeriod& period,
                                         const Output& output) {
        auto department = reportDepartment(workflow.actor);
        if (!department) {
            return context.fail(department.error());
        }
        auto report = stepsReport(workflow.database, workflow.calendar, period, *department);
        if (!report) {
            return failReport(context, report.error());
        }
        const ReportTable table = stepsTable(*report);
        return emitTable(context, output, table, stepsJson(*report), [&] {
            context.print(table.title);
            for (const QString& line : table.lines) {
                context.print(line);
            }
            printAligned(context, table.textRows(), {1, 3, 4});
        });
    });
}

int runIi06a(CliContext& context)
{
    const Arguments& args = context.arguments();
    auto period = periodOptions(context);
    if (!period) {
        return context.fail(period.error());
    }
    const QString by = args.value(QStringLiteral("by"), QStringLiteral("field"));
    if (by != QLatin1String("field") && by != QLatin1String("procedure")) {
        return context.fail(Error::invalid(QStringLiteral("--by"), tr("\"%1\" is not field or procedure.").arg(by)));
    }
    // --format csv|xlsx --output FILE says the same as --csv FILE / --xlsx FILE.
    auto output = outputOption(context);
    if (!output) {
        return context.fail(output.error());
    }
    const Ii06aGrouping grouping = by == QLatin1String("procedure") ? Ii06aGrouping::Procedure : Ii06aGrouping::Field;
    return withWorkflow(context, [&](workflow::WorkflowContext& workflow) {
        // Leaders and administrators see every procedure, a head those of their department.
        auto department = reportDepartment(workflow.actor);
        if (!department) {
            return context.fail(department.error());
        }
        auto report = ReportService(workflow.database, workflow.calendar).ii06a(*period, grouping, *department);
        if (!report) {
            return failReport(context, report.error());
        }
        if (output->kind == QLatin1String("csv")) {
            return written(context, *output, writeIi06aCsv(*report, output->file));
        }
        if (output->kind == QLatin1String("xlsx")) {
            return written(context, *output, writeIi06aXlsx(*report, output->file));
        }
        if (output->kind == QLatin1String("pdf")) {
            return written(context, *output,
                           print::ReportDocument(ii06aTitle(), ii06aHtml(*report)).writePdf(output->file));
        }
        if (context.json()) {
            context.printJson(ii06aJson(*report));
        } else {
            printTable(context, *report);
        }
        return static_cast<int>(Success);
    });
}

} // namespace

int runReport(CliContext& context)
{
    const QStringList positional = context.arguments().positional();
    const QString which = positional.value(0, QStringLiteral("ii06a"));
    if (positional.size() <= 1 && which == QLatin1String("ii06a")) {
        return runIi06a(context);
    }
    if (positional.size() == 1 && which == QLatin1String("overdue")) {
        return runOverdue(context);
    }
    if (positional.size() == 1 && which == QLatin1String("people")) {
        return runPeople(context);
    }
    if (positional.size() == 1 && which == QLatin1String("steps")) {
        return runSteps(context);
    }
    return context.fail(
        Error::invalid(QStringLiteral("report"),
                       tr("Usage: motcua-cli report [ii06a] --from DD/MM/YYYY --to DD/MM/YYYY "
                          "[--by field|procedure] [--json | --csv FILE | --xlsx FILE | --pdf FILE] | report overdue "
                          "[--department CODE] [--within HOURS] | report people|steps --from D --to D; overdue, people and steps "
                          "take --json, --csv FILE, --xlsx FILE or --pdf FILE too")));
}

} // namespace motcua::cli
