#include "app/cli/BenchCommands.h"

#include "app/cli/CliContext.h"
#include "app/cli/DatabaseCommands.h"
#include "bench/support/BenchSupport.h"
#include "bench/support/PlainSql.h"
#include "core/calendar/CalendarService.h"
#include "core/calendar/DeadlineCalculator.h"
#include "core/common/AgencyTime.h"
#include "core/demo/DemoSeeder.h"
#include "core/forms/FormService.h"
#include "core/reports/ReportService.h"
#include "core/storage/CatalogueRepository.h"
#include "core/storage/DashboardQueries.h"
#include "core/storage/DossierQueries.h"
#include "core/storage/StatementRecorder.h"
#include "core/workflow/DossierDetails.h"
#include "core/workflow/IntakeService.h"
#include "print/RegisterPainter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <functional>
#include <optional>
#include <utility>

namespace motcua::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("motcua::cli", text);
}

constexpr int kListPage = 200;    // the window's page of a list (ui::DossierTableModel::kPageSize)
constexpr int kOverdueList = 500; // the dashboard's overdue list (ui::DashboardView::kOverdueListLimit)
const char* const kCommonName = "nguyen van";

// One line of the output: an operation's times, and the same statements' own time through the engine's C API.
struct Line {
    QString key; // stable, for --json
    QString label;
    bench::Timings app;
    bench::Timings sql; // empty: not a query (a write, the seeder, the window)
    QString note;       // rows, totals, what was done
    QString error;      // not measured, and why
    QJsonObject extra;  // figures of their own (dossiers a second, memory)
};

// What the runs work on, picked from the database at start: a dossier in the middle of the list (its code,
// department, status, procedure and applicant's phone), and the last whole quarter and month.
struct Samples {
    qint64 dossiers = 0;
    storage::DossierSummary middle;
    dossier::Applicant applicant;
    reports::ReportPeriod quarter;
    reports::ReportPeriod month;
};

class Bench {
public:
    Bench(CliContext& context, storage::Database& database, const calendar::WorkCalendar& calendar,
          identity::User clerk, bench::PlainSql& plain, int runs)
        : m_context(context)
        , m_database(database)
        , m_calendar(calendar)
        , m_clerk(std::move(clerk))
        , m_workflow(workflow::WorkflowContext::forDatabase(database, context.clock(), calendar, m_clerk))
        , m_plain(plain)
        , m_runs(runs)
    {}

    Status pickSamples();
    const Samples& samples() const { return m_samples; }
    QList<Line> measureQueries();

private:
    // Runs `work` once to warm up and record its statements, then `runs` times timed, each followed by the
    // recorded statements through the C API when `queryBacked`. `work` returns a note (rows, total) or an error.
    Line measure(const QString& key, const QString& label, const std::function<Result<QString>()>& work,
                 bool queryBacked = true);
    Line registerPdf();
    Line listPage(const QString& key, const QString& label, const storage::DossierFilter& filter);
    Line listTotal(const QString& key, const QString& label, const storage::DossierFilter& filter);

    CliContext& m_context;
    storage::Database& m_database;
    const calendar::WorkCalendar& m_calendar;
    identity::User m_clerk;
    workflow::WorkflowContext m_workflow;
    bench::PlainSql& m_plain;
    int m_runs;
    Samples m_samples;
};

Status Bench::pickSamples()
{
    const storage::DossierQueries queries(m_database);
    auto total = queries.count({});
    if (!total) {
        return total.error();
    }
    m_samples.dossiers = *total;
    storage::DossierFilter middle;
    middle.limit = 1;
    middle.offset = static_cast<int>(*total / 2);
    auto rows = queries.list(middle);
    if (!rows) {
        return rows.error();
    }
    m_samples.middle = rows->value(0);
    auto details = workflow::DossierDetails::load(m_workflow, m_samples.middle.code);
    if (!details) {
        return details.error();
    }
    m_samples.applicant = details->dossier.applicant;
    const QDate today = toAgencyTime(m_context.clock().now()).date();
    m_samples.quarter = reports::ReportPeriod::quarter(reports::ReportPeriod::quarter(today).from.addDays(-1));
    m_samples.month = reports::ReportPeriod::month(QDate(today.year(), today.month(), 1).addDays(-1));
    return {};
}

Line Bench::measure(const QString& key, const QString& label, const std::function<Result<QString>()>& work,
                    bool queryBacked)
{
    Line line{key, label, {}, {}, {}, {}, {}};
    QList<storage::RecordedStatement> statements;
    {
        const storage::StatementRecorder recorder;
        auto first = work();
        if (!first) {
            line.error = first.error().message;
            return line;
        }
        line.note = *first;
        statements = recorder.statements();
    }
    for (int run = 0; run < m_runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto done = work();
        line.app.add(bench::millis(timer));
        if (!done) {
            line.error = done.error().message;
            return line;
        }
        if (queryBacked) {
            auto plain = m_plain.run(statements);
            if (!plain) {
                line.error = plain.error().message;
                return line;
            }
            line.sql.add(*plain);
        }
    }
    return line;
}

// A figure of the process's memory in /proc/self/status ("VmRSS:", "VmHWM:"), in kB; 0 where /proc does not say.
qint64 memoryKb(const char* key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(key)) {
            return line.mid(static_cast<qsizetype>(qstrlen(key))).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return 0;
}

// Starts the peak resident memory (VmHWM) again from the present one (Linux: "5" written to clear_refs), so that
// the growth of one operation is read even after an earlier one went higher; false where that is not allowed.
bool restartPeakMemory()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

// Mẫu 07 of the last whole month streamed into a PDF, as `motcua-cli print register` writes it: once (a busy
// centre's month takes seconds), with its pages and how far the peak memory rose above the memory before it.
Line Bench::registerPdf()
{
    const reports::ReportPeriod month = m_samples.month;
    const QString label = tr("register (Mẫu 07) as PDF, month %1").arg(month.from.toString(QStringLiteral("MM/yyyy")));
    Line line{QStringLiteral("register.pdf"), label, {}, {}, {}, {}, {}};
    QTemporaryDir folder;
    const bool peakRestarted = restartPeakMemory();
    const qint64 before = memoryKb(peakRestarted ? "VmRSS:" : "VmHWM:");
    QElapsedTimer timer;
    timer.start();
    auto heading = forms::FormService(m_database, m_context.clock(), m_clerk).registerHeading(month.from, month.to);
    if (!heading) {
        line.error = heading.error().message;
        return line;
    }
    print::RegisterPainter painter(
        *heading, print::registerRows(std::make_shared<storage::RegisterReader>(m_database, month.from, month.to)));
    auto written = print::writeRegisterPdf(folder.filePath(QStringLiteral("register.pdf")), painter);
    line.app.add(bench::millis(timer));
    if (!written) {
        line.error = written.error().message;
        return line;
    }
    const qint64 peakGrowth = std::max<qint64>(0, memoryKb("VmHWM:") - before);
    line.note = tr("%1 dossiers, %2 pages, %3 kB, peak memory +%4 MB")
                    .arg(written->rows)
                    .arg(written->pages)
                    .arg(QFileInfo(folder.filePath(QStringLiteral("register.pdf"))).size() / 1024)
                    .arg(peakGrowth / 1024);
    line.extra = {{QStringLiteral("dossiers"), written->rows},
                  {QStringLiteral("pages"), written->pages},
                  {QStringLiteral("vmhwm_growth_kb"), peakGrowth}};
    return line;
}

Line Bench::listPage(const QString& key, const QString& label, const storage::DossierFilter& filter)
{
    return measure(key, label, [this, filter]() -> Result<QString> {
        auto rows = storage::DossierQueries(m_database).list(filter);
        if (!rows) {
            return rows.error();
        }
        return tr("%1 rows").arg(rows->size());
    });
}

Line Bench::listTotal(const QString& key, const QString& label, const storage::DossierFilter& filter)
{
    return measure(key, label, [this, filter]() -> Result<QString> {
        auto total = storage::DossierQueries(m_database).count(filter);
        if (!total) {
            return total.error();
        }
        return tr("%1 dossiers").arg(*total);
    });
}

QList<Line> Bench::measureQueries()
{
    QList<Line> lines;
    storage::DossierFilter all;
    all.limit = kListPage;
    lines << listPage(QStringLiteral("list.page"), tr("all dossiers: first page"), all)
          << listTotal(QStringLiteral("list.total"), tr("all dossiers: total"), all);

    storage::DossierFilter filtered = all;
    filtered.departmentCode = m_samples.middle.departmentCode;
    filtered.statuses = {m_samples.middle.status};
    const QString filter =
        tr("department %1 + status %2").arg(filtered.departmentCode).arg(static_cast<int>(m_samples.middle.status));
    lines << listPage(QStringLiteral("filtered.page"), tr("%1: first page").arg(filter), filtered)
          << listTotal(QStringLiteral("filtered.total"), tr("%1: total").arg(filter), filtered);

    const QString rare =
        m_samples.applicant.phone.isEmpty() ? m_samples.middle.code.right(8) : m_samples.applicant.phone;
    for (const auto& [key, text] : {std::pair{QStringLiteral("search.common"), QString::fromLatin1(kCommonName)},
                                    std::pair{QStringLiteral("search.rare"), rare}}) {
        storage::DossierFilter searched = all;
        searched.search = text;
        lines << listPage(key + QStringLiteral(".page"), tr("search \"%1\": first page").arg(text), searched)
              << listTotal(key + QStringLiteral(".total"), tr("search \"%1\": total").arg(text), searched);
    }

    const QString code = m_samples.middle.code;
    lines << measure(QStringLiteral("lookup"), tr("code lookup %1").arg(code), [this, code]() -> Result<QString> {
        auto found = storage::DossierQueries(m_database).existingCode(code);
        if (!found) {
            return found.error();
        }
        return found->isEmpty() ? tr("not found") : tr("found");
    });
    lines << measure(QStringLiteral("open"), tr("open a dossier with its history"), [this, code]() -> Result<QString> {
        auto details = workflow::DossierDetails::load(m_workflow, code);
        if (!details) {
            return details.error();
        }
        return tr("%1 events").arg(details->dossier.events.size());
    });
    lines << measure(QStringLiteral("dashboard"), tr("dashboard: counts and overdue list"),
                     [this]() -> Result<QString> {
                         // What the dashboard reads (ui::DashboardView::refresh): the counts, then the overdue list and
                         // its total.
                         const QDateTime now = m_context.clock().now();
                         const calendar::DeadlineCalculator deadlines(m_calendar);
                         auto counts = storage::DashboardQueries(m_database)
                                           .counts(now, deadlines.endOfOfficeDay(now), deadlines.dueSoonEnd(now));
                         if (!counts) {
                             return counts.error();
                         }
                         storage::DossierFilter overdue;
                         overdue.limit = kOverdueList;
                         overdue.overdueAt = now;
                         const storage::DossierQueries queries(m_database);
                         auto listed = queries.list(overdue);
                         auto total = queries.count(overdue);
                         if (!listed || !total) {
                             return !listed ? listed.error() : total.error();
                         }
                         return tr("%1 groups, %2 overdue").arg(counts->size()).arg(*total);
                     });
    const reports::ReportPeriod quarter = m_samples.quarter;
    lines << measure(
        QStringLiteral("ii06a"),
        tr("form II.06a, quarter %1–%2").arg(quarter.from.toString(Qt::ISODate), quarter.to.toString(Qt::ISODate)),
        [this, quarter]() -> Result<QString> {
            auto report = reports::ReportService(m_database, m_calendar).ii06a(quarter, reports::Ii06aGrouping::Field);
            if (!report) {
                return report.error();
            }
            return tr("%1 dossiers handled").arg(report->total.received());
        });
    lines << registerPdf();

    // Intake last, so that the reads above see the database as it was given.
    auto procedure = storage::CatalogueRepository(m_database).procedure(m_samples.middle.procedureCode);
    workflow::ReceiveRequest request;
    request.procedureCode = m_samples.middle.procedureCode;
    request.applicant = m_samples.applicant;
    if (procedure) {
        for (int d = 0; d < procedure->documents.size(); ++d) {
            request.documents.append({d + 1, procedure->documents.at(d).count});
        }
        request.feePaid = procedure->fee;
    }
    lines.prepend(measure(
        QStringLiteral("intake"), tr("intake of one dossier, committed here, as %1").arg(m_clerk.login),
        [this, request, procedure]() -> Result<QString> {
            if (!procedure) {
                return procedure.error();
            }
            auto received = workflow::IntakeService(m_workflow).receive(request);
            if (!received) {
                return received.error();
            }
            return tr("%1 dossiers added").arg(m_runs + 1);
        },
        false));
    return lines;
}

// seed-demo of `dossiers` into a new SQLite file in a temporary folder: the dossiers a second.
Line seedThroughput(const Clock& clock, int dossiers)
{
    Line line{QStringLiteral("seed"),
              tr("seed-demo: %1 dossiers into a new temporary SQLite file").arg(dossiers),
              {},
              {},
              {},
              {},
              {}};
    const QTemporaryDir folder;
    auto opened = storage::Database::open(folder.filePath(QStringLiteral("seed.sqlite")), clock);
    Status ready = opened ? installShippedData(**opened, clock) : Status(opened.error());
    std::shared_ptr<const calendar::WorkCalendar> calendar;
    if (ready) {
        auto loaded = calendar::CalendarService(**opened, clock).workCalendar();
        if (loaded) {
            calendar = *loaded;
        } else {
            ready = loaded.error();
        }
    }
    if (!ready) {
        line.error = ready.error().message;
        return line;
    }
    demo::SeedOptions options;
    options.dossiers = dossiers;
    QElapsedTimer timer;
    timer.start();
    auto report = demo::DemoSeeder(**opened, *calendar, clock).seed(options);
    const double ms = bench::millis(timer);
    if (!report) {
        line.error = report.error().message;
        return line;
    }
    line.app.add(ms);
    const double perSecond = report->dossiers / (ms / 1000.0);
    line.note = tr("%1 dossiers/s").arg(perSecond, 0, 'f', 0);
    line.extra = {{QStringLiteral("dossiers_per_s"), perSecond}};
    return line;
}

// `motcua --bench-startup LOGIN` `runs` times: the time from starting it to its list's first page, and its memory
// once the dashboard has read too.
QList<Line> guiStartup(const QString& location, const QString& login, int runs)
{
    Line startup{QStringLiteral("gui.startup"),
                 tr("window start-up to the list's first page, as %1").arg(login),
                 {},
                 {},
                 {},
                 {},
                 {}};
    Line memory{QStringLiteral("gui.memory"), tr("window memory after the list and the dashboard"), {}, {}, {}, {}, {}};
    const QString program = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("motcua"));
    qint64 rss = 0;
    qint64 hwm = 0;
    for (int run = 0; run < runs && startup.error.isEmpty(); ++run) {
        QProcess gui;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM"))) {
            environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        }
        gui.setProcessEnvironment(environment);
        gui.setProcessChannelMode(QProcess::SeparateChannels);
        QElapsedTimer timer;
        timer.start();
        gui.start(program, {QStringLiteral("--db"), location, QStringLiteral("--bench-startup"), login});
        std::optional<double> ready;
        while (gui.state() != QProcess::NotRunning || gui.canReadLine()) {
            if (!gui.canReadLine() && !gui.waitForReadyRead(60'000)) {
                gui.kill(); // waiting for something (a dialog): not a start-up
                break;
            }
            while (gui.canReadLine()) {
                const QByteArray text = gui.readLine().trimmed();
                if (text.startsWith("list-ready")) {
                    ready = bench::millis(timer);
                } else if (text.startsWith("memory ")) {
                    const QList<QByteArray> figures = text.split(' ');
                    rss = figures.value(1).toLongLong();
                    hwm = figures.value(2).toLongLong();
                }
            }
        }
        gui.waitForFinished(30'000);
        if (!ready || gui.exitCode() != 0) {
            const QStringList said = QString::fromUtf8(gui.readAllStandardError()).split(QLatin1Char('\n'));
            const QStringList why = said.filter(QStringLiteral("--bench-startup"));
            startup.error = !why.isEmpty() ? why.constLast().trimmed()
                            : gui.error() == QProcess::FailedToStart
                                ? tr("%1 did not start (%2)").arg(program, gui.errorString())
                                : tr("%1 showed no list within 60 s").arg(program);
            break;
        }
        startup.app.add(*ready);
    }
    if (!startup.error.isEmpty()) {
        memory.error = startup.error;
    } else {
        memory.note = tr("VmRSS %1 MB, VmHWM %2 MB").arg(rss / 1024).arg(hwm / 1024);
        memory.extra = {{QStringLiteral("vmrss_kb"), rss}, {QStringLiteral("vmhwm_kb"), hwm}};
    }
    return {startup, memory};
}

QString figure(double ms)
{
    return QString::number(ms, 'f', ms >= 100 ? 0 : ms >= 1 ? 1 : 2);
}

void print(CliContext& context, const Line& line)
{
    if (!line.error.isEmpty()) {
        context.print(
            QStringLiteral("%1  %2").arg(line.label.leftJustified(56), tr("not measured: %1").arg(line.error)));
        return;
    }
    QString text = line.label.leftJustified(56);
    if (!line.app.isEmpty() && line.key != QLatin1String("seed")) {
        text += QStringLiteral(" %1 %2").arg(figure(line.app.median()).rightJustified(8),
                                             figure(line.app.percentile(99)).rightJustified(8));
    } else {
        text += QString(18, QLatin1Char(' '));
    }
    if (!line.sql.isEmpty()) {
        text += QStringLiteral(" %1 %2").arg(
            figure(line.sql.median()).rightJustified(8),
            QString::number(line.app.median() / std::max(line.sql.median(), 0.001), 'f', 2).rightJustified(6));
    } else {
        text +=
            QStringLiteral(" %1 %2").arg(QStringLiteral("—").rightJustified(8), QStringLiteral("—").rightJustified(6));
    }
    context.print(text + QStringLiteral("  ") + line.note);
}

QJsonObject toJson(const Line& line)
{
    QJsonObject object = line.extra;
    object.insert(QStringLiteral("key"), line.key);
    object.insert(QStringLiteral("label"), line.label);
    if (!line.error.isEmpty()) {
        object.insert(QStringLiteral("error"), line.error);
        return object;
    }
    object.insert(QStringLiteral("note"), line.note);
    if (!line.app.isEmpty()) {
        object.insert(QStringLiteral("median_ms"), line.app.median());
        object.insert(QStringLiteral("p99_ms"), line.app.percentile(99));
    }
    if (!line.sql.isEmpty()) {
        object.insert(QStringLiteral("sql_median_ms"), line.sql.median());
        object.insert(QStringLiteral("ratio"), line.app.median() / std::max(line.sql.median(), 0.001));
    }
    return object;
}

Result<int> positiveOption(const Arguments& args, const QString& name, int fallback, int maximum)
{
    bool ok = false;
    const int value = args.value(name, QString::number(fallback)).toInt(&ok);
    if (!ok || value < 1 || value > maximum) {
        return Error::invalid(QStringLiteral("--") + name, tr("From 1 to %1.").arg(maximum));
    }
    return value;
}

} // namespace

int runBench(CliContext& context)
{
    const Arguments& args = context.arguments();
    if (!args.positional().isEmpty() || !args.has(QStringLiteral("db"))) {
        return context.fail(
            Error::invalid(QStringLiteral("arguments"), tr("Usage: motcua-cli bench --db FILE|URL [--runs N] "
                                                           "[--dossiers N] [--as LOGIN] [--gui-as LOGIN] [--json]")));
    }
    auto runs = positiveOption(args, QStringLiteral("runs"), 10, 10'000);
    auto seeded = positiveOption(args, QStringLiteral("dossiers"), 2000, 1'000'000);
    if (!runs || !seeded) {
        return context.fail(!runs ? runs.error() : seeded.error());
    }
    auto database = context.database();
    if (!database) {
        return context.fail(database.error());
    }
    auto dossiers = storage::DossierQueries(**database).count({});
    if (!dossiers) {
        return context.fail(dossiers.error());
    }
    if (*dossiers == 0) {
        return context.fail(
            Error::invalid(QStringLiteral("--db"), tr("There is no dossier to measure (motcua-cli seed-demo).")));
    }
    // The intake is a clerk's (clerk.vp of the demo), signed in like every command (MOTCUA_PASSWORD).
    auto clerk = context.actor(false, QStringLiteral("clerk.vp"));
    auto calendar = context.workCalendar();
    auto plain = bench::PlainSql::open(**database);
    if (!clerk || !calendar || !plain) {
        return context.fail(!clerk ? clerk.error() : !calendar ? calendar.error() : plain.error());
    }
    Bench measured(context, **database, **calendar, *clerk, **plain, *runs);
    if (Status picked = measured.pickSamples(); !picked) {
        return context.fail(picked.error());
    }
    const QString started = context.clock().now().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    // The machine's load when the runs start (other work shares the cores): figures are read with it.
    QFile loadFile(QStringLiteral("/proc/loadavg"));
    const QString load = loadFile.open(QIODevice::ReadOnly)
                             ? QString::fromLatin1(loadFile.readAll()).section(QLatin1Char(' '), 0, 0)
                             : QStringLiteral("?");
    const QString heading = tr("%1: %2 dossiers, %3, %4 runs, %5, load %6 on %7 cores")
                                .arg((*database)->displayName())
                                .arg(measured.samples().dossiers)
                                .arg((*plain)->engine())
                                .arg(*runs)
                                .arg(started, load)
                                .arg(QThread::idealThreadCount());
    if (!context.json()) {
        context.print(heading);
        context.print(QStringLiteral("%1 %2 %3 %4 %5  %6")
                          .arg(tr("operation").leftJustified(56), tr("median").rightJustified(8),
                               tr("p99").rightJustified(8), tr("SQL").rightJustified(8),
                               tr("app÷SQL").rightJustified(6),
                               tr("(ms; SQL: the same statements through the C API)")));
    }
    QList<Line> lines;
    const auto show = [&](const QList<Line>& more) {
        for (const Line& line : more) {
            if (!context.json()) {
                print(context, line);
            }
            lines << line;
        }
    };
    show(measured.measureQueries());
    show({seedThroughput(context.clock(), *seeded)});
    show(guiStartup((*database)->location().openText(),
                    args.value(QStringLiteral("gui-as"), QStringLiteral("leader.bgd")), *runs));
    bool failed = false;
    QJsonArray operations;
    for (const Line& line : lines) {
        failed = failed || !line.error.isEmpty();
        operations.append(toJson(line));
    }
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("database"), (*database)->displayName()},
                                      {QStringLiteral("dossiers"), measured.samples().dossiers},
                                      {QStringLiteral("engine"), (*plain)->engine()},
                                      {QStringLiteral("runs"), *runs},
                                      {QStringLiteral("started"), started},
                                      {QStringLiteral("load"), load.toDouble()},
                                      {QStringLiteral("cores"), QThread::idealThreadCount()},
                                      {QStringLiteral("operations"), operations}});
    }
    return failed ? Failure : Success;
}

} // namespace motcua::cli
