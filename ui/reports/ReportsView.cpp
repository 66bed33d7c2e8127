#include "ui/reports/ReportsView.h"

#include "core/reports/Ii06aTable.h"
#include "core/reports/Ii06aXlsx.h"
#include "core/reports/ReportService.h"
#include "core/reports/ReportTables.h"
#include "core/reports/TrendReport.h"
#include "core/storage/CatalogueRepository.h"
#include "print/ReportDocument.h"
#include "ui/common/DatabaseWorker.h"
#include "ui/reports/Ii06aTableModel.h"
#include "ui/reports/OnTimeChart.h"
#include "ui/print/PrinterDefaults.h"
#include "ui/reports/ReportTableModel.h"
#include "ui/reports/TrendCharts.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace motcua::ui {

using namespace motcua::reports;
using identity::Role;

ReportsView::ReportsView(const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_cancelled(std::make_shared<std::atomic_bool>(false))
    , m_monthsDone(std::make_shared<std::atomic_int>(0))
{
    const identity::User& user = m_session.user;
    // A head without a wider role sees the procedures of their own department.
    if (user.has(Role::Head) && !user.has(Role::Leader) && !user.has(Role::Admin)) {
        m_departmentId = user.departmentId;
    }
    m_worker = new DatabaseWorker(m_session.database, QStringLiteral("motcua-reports"), this);

    auto* title =
        new QLabel(tr("Reports: situation and results of handling administrative procedures (form II.06a)"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    title->setFont(titleFont);

    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("presetCombo"));
    m_preset->addItem(tr("Month"), static_cast<int>(Preset::Month));
    m_preset->addItem(tr("Quarter"), static_cast<int>(Preset::Quarter));
    m_preset->addItem(tr("Half-year"), static_cast<int>(Preset::HalfYear));
    m_preset->addItem(tr("Year"), static_cast<int>(Preset::Year));
    m_preset->addItem(tr("From – to"), static_cast<int>(Preset::Custom));
    const auto dateEdit = [this](const QString& name) {
        auto* edit = new QDateEdit(this);
        edit->setObjectName(name);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        edit->setCalendarPopup(true);
        return edit;
    };
    m_from = dateEdit(QStringLiteral("fromEdit"));
    m_to = dateEdit(QStringLiteral("toEdit"));
    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("groupingCombo"));
    m_grouping->addItem(tr("By field"), static_cast<int>(Ii06aGrouping::Field));
    m_grouping->addItem(tr("By procedure"), static_cast<int>(Ii06aGrouping::Procedure));
    m_showButton = new QPushButton(tr("&Show"), this);
    m_showButton->setObjectName(QStringLiteral("showButton"));
    m_showButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyBar"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_csvButton = new QPushButton(tr("Export &CSV…"), this);
    m_csvButton->setObjectName(QStringLiteral("csvButton"));
    m_xlsxButton = new QPushButton(tr("Export &Excel…"), this);
    m_xlsxButton->setObjectName(QStringLiteral("xlsxButton"));
    m_pdfButton = new QPushButton(tr("Export P&DF…"), this);
    m_pdfButton->setObjectName(QStringLiteral("pdfButton"));
    m_printButton = new QPushButton(tr("&Print…"), this);
    m_printButton->setObjectName(QStringLiteral("printButton"));

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("reportTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_messageBar = new MessageBar(this);
    m_model = new Ii06aTableModel(this);
    m_table = newTable(m_model, QStringLiteral("reportTable"));
    m_table->setWordWrap(true);
    m_chart = new OnTimeChart(this);
    auto* ii06aPage = new QWidget(this);
    auto* ii06aLayout = new QVBoxLayout(ii06aPage);
    ii06aLayout->addWidget(m_table, 2);
    ii06aLayout->addWidget(m_chart, 1);

    m_overdueModel = new ReportTableModel(this);
    m_peopleModel = new ReportTableModel(this);
    m_stepsModel = new ReportTableModel(this);
    m_charts = new TrendCharts(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_tabs->addTab(ii06aPage, tr("Form II.06a"));
    m_tabs->addTab(buildOverduePage(), tr("Overdue"));
    m_tabs->addTab(newTable(m_peopleModel, QStringLiteral("peopleTable")), tr("By person"));
    m_tabs->addTab(newTable(m_stepsModel, QStringLiteral("stepsTable")), tr("By process step"));
    m_tabs->addTab(m_charts, tr("Charts"));

    auto* picker = new QHBoxLayout;
    picker->addWidget(new QLabel(tr("Period:"), this));
    picker->addWidget(m_preset);
    picker->addWidget(new QLabel(tr("from"), this));
    picker->addWidget(m_from);
    picker->addWidget(new QLabel(tr("to"), this));
    picker->addWidget(m_to);
    picker->addWidget(m_grouping);
    picker->addWidget(m_showButton);
    picker->addWidget(m_busy);
    picker->addWidget(m_cancelButton);
    picker->addStretch(1);
    // The report's title, and what can be done with it, on a row of their own (a 1366-pixel screen).
    auto* outputs = new QHBoxLayout;
    outputs->addWidget(m_title, 1);
    outputs->addWidget(m_csvButton);
    outputs->addWidget(m_xlsxButton);
    outputs->addWidget(m_pdfButton);
    outputs->addWidget(m_printButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(picker);
    layout->addWidget(m_messageBar);
    layout->addLayout(outputs);
    layout->addWidget(m_tabs, 1);

    connect(m_preset, &QComboBox::activated, this,
            [this](int index) { applyPreset(static_cast<Preset>(m_preset->itemData(index).toInt())); });
    // Editing a day by hand is a from–to period.
    for (QDateEdit* edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::userDateChanged, this,
                [this] { m_preset->setCurrentIndex(m_preset->findData(static_cast<int>(Preset::Custom))); });
    }
    connect(m_showButton, &QPushButton::clicked, this, &ReportsView::showReport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ReportsView::cancel);
    connect(m_csvButton, &QPushButton::clicked, this, &ReportsView::exportCsv);
    connect(m_xlsxButton, &QPushButton::clicked, this, &ReportsView::exportXlsx);
    connect(m_pdfButton, &QPushButton::clicked, this, &ReportsView::exportPdf);
    connect(m_printButton, &QPushButton::clicked, this, &ReportsView::print);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_grouping->setEnabled(page() == Page::Ii06a);
        m_title->setText(reportTitle());
        showLoading(isLoading());
    });

    setPeriod(ReportPeriod::month(m_session.clock.now().date()));
    m_preset->setCurrentIndex(m_preset->findData(static_cast<int>(Preset::Month)));
    showLoading(false);
}

ReportsView::~ReportsView()
{
    m_cancelled->store(true); // the charts' work stops at the next month; the worker's thread is then joined
}

QWidget* ReportsView::buildOverduePage()
{
    auto* page = new QWidget(this);
    m_department = new QComboBox(page);
    m_department->setObjectName(QStringLiteral("departmentCombo"));
    m_department->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_department->setMinimumContentsLength(28);
    if (m_departmentId == 0) {
        m_department->addItem(tr("All departments"), QString());
    }
    if (auto departments = storage::CatalogueRepository(m_session.database).departments()) {
        for (const catalogue::Department& department : *departments) {
            if (m_departmentId == 0 || department.id == m_departmentId) {
                m_department->addItem(QStringLiteral("%1 – %2").arg(department.code, department.name),
                                      department.code);
            }
        }
    }
    m_withinDays = new QSpinBox(page);
    m_withinDays->setObjectName(QStringLiteral("withinDaysSpin"));
    m_withinDays->setRange(0, 30);
    m_withinDays->setSpecialValueText(tr("overdue only"));
    m_withinDays->setSuffix(tr(" working days"));
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Department:"), page));
    row->addWidget(m_department);
    row->addWidget(new QLabel(tr("and due within"), page));
    row->addWidget(m_withinDays);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(newTable(m_overdueModel, QStringLiteral("overdueTable")), 1);
    return page;
}

QTableView* ReportsView::newTable(QAbstractItemModel* model, const QString& name)
{
    auto* table = new QTableView(this);
    table->setObjectName(name);
    table->setModel(model);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (model != m_model) {
        // Each column as wide as its contents, but no text column wider than a third of a 1366-pixel screen:
        // the long ones (a procedure's name, a step's content) are cut short with their whole text as a tooltip.
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        table->setTextElideMode(Qt::ElideRight);
        table->setWordWrap(false);
        connect(model, &QAbstractItemModel::modelReset, table, [table] {
            table->resizeColumnsToContents();
            for (int c = 0; c < table->model()->columnCount(); ++c) {
                table->setColumnWidth(c, std::min(table->columnWidth(c), 360));
            }
        });
    }
    return table;
}

ReportTableModel* ReportsView::tableModel(Page which) const
{
    switch (which) {
    case Page::Overdue:
        return m_overdueModel;
    case Page::People:
        return m_peopleModel;
    case Page::Steps:
        return m_stepsModel;
    case Page::Ii06a:
    case Page::Charts:
        break;
    }
    return nullptr;
}

ReportsView::Page ReportsView::page() const
{
    return static_cast<Page>(m_tabs->currentIndex());
}

void ReportsView::setPage(Page which)
{
    m_tabs->setCurrentIndex(static_cast<int>(which));
}

ReportPeriod ReportsView::period() const
{
    return {m_from->date(), m_to->date()};
}

void ReportsView::setPeriod(const ReportPeriod& period)
{
    const QSignalBlocker fromBlocker(m_from);
    const QSignalBlocker toBlocker(m_to);
    m_from->setDate(period.from);
    m_to->setDate(period.to);
}

void ReportsView::applyPreset(Preset preset)
{
    const QDate day = m_from->date();
    m_preset->setCurrentIndex(m_preset->findData(static_cast<int>(preset)));
    switch (preset) {
    case Preset::Month:
        setPeriod(ReportPeriod::month(day));
        break;
    case Preset::Quarter:
        setPeriod(ReportPeriod::quarter(day));
        break;
    case Preset::HalfYear:
        setPeriod(ReportPeriod::halfYear(day));
        break;
    case Preset::Year:
        setPeriod(ReportPeriod::year(day));
        break;
    case Preset::Custom:
        break;
    }
}

void ReportsView::setGrouping(Ii06aGrouping grouping)
{
    m_grouping->setCurrentIndex(m_grouping->findData(static_cast<int>(grouping)));
}

void ReportsView::setOverdueDepartment(const QString& code)
{
    m_department->setCurrentIndex(std::max(0, m_department->findData(code)));
}

void ReportsView::setWithinDays(int days)
{
    m_withinDays->setValue(days);
}

bool ReportsView::isLoading() const
{
    return m_loading;
}

bool ReportsView::isWorking() const
{
    return m_worker->isBusy();
}

void ReportsView::beginJob()
{
    m_worker->newGeneration(); // a reading under way is overtaken by this one
    m_cancelled->store(true);  // and charts' work under way stops at its next month
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_monthsDone = std::make_shared<std::atomic_int>(0);
    ++m_job;
    m_busy->setRange(0, 0);
    showLoading(true);
}

void ReportsView::startJob(const DatabaseWorker::Job& job)
{
    beginJob();
    m_worker->run(job);
}

void ReportsView::showReport()
{
    const ReportPeriod chosen = period();
    const qint64 department = m_departmentId;
    const std::shared_ptr<const calendar::WorkCalendar> calendar = m_session.calendar;
    const QDateTime now = m_session.clock.now();
    const Page shown = page();
    switch (shown) {
    case Page::Ii06a: {
        const auto grouping = static_cast<Ii06aGrouping>(m_grouping->currentData().toInt());
        startJob([this, chosen, grouping, department, calendar](storage::Database& database) {
            auto report = ReportService(database, *calendar).ii06a(chosen, grouping, department);
            return std::function<void()>([this, report] { showResult(report); });
        });
        return;
    }
    case Page::Overdue: {
        const QString code = m_department->currentData().toString();
        const double hours = m_withinDays->value() * calendar->hours().standardDayMinutes() / 60.0;
        startJob([this, code, hours, now, calendar](storage::Database& database) {
            auto report = overdueReport(database, *calendar, now, code, hours);
            const Result<ReportTable> table =
                report ? Result<ReportTable>(overdueTable(*report, calendar->hours().standardDayMinutes()))
                       : Result<ReportTable>(report.error());
            return std::function<void()>([this, table] { showTable(Page::Overdue, table); });
        });
        return;
    }
    case Page::People:
        startJob([this, chosen, now, department](storage::Database& database) {
            auto report = peopleReport(database, chosen, now, department);
            const Result<ReportTable> table =
                report ? Result<ReportTable>(peopleTable(*report)) : Result<ReportTable>(report.error());
            return std::function<void()>([this, table] { showTable(Page::People, table); });
        });
        return;
    case Page::Steps:
        startJob([this, chosen, department, calendar](storage::Database& database) {
            auto report = stepsReport(database, *calendar, chosen, department);
            const Result<ReportTable> table =
                report ? Result<ReportTable>(stepsTable(*report)) : Result<ReportTable>(report.error());
            return std::function<void()>([this, table] { showTable(Page::Steps, table); });
        });
        return;
    case Page::Charts:
        break;
    }
    // The charts: one II.06a a month, the progress told after each, stopped between months by Cancel.
    beginJob();
    const std::shared_ptr<std::atomic_bool> cancelled = m_cancelled;
    const std::shared_ptr<std::atomic_int> months = m_monthsDone;
    const quint64 job = m_job;
    m_worker->run([this, chosen, now, department, calendar, cancelled, months, job](storage::Database& database) {
        auto report = trendReport(database, *calendar, chosen, now, department, [&](int done, int total) {
            months->store(done);
            QMetaObject::invokeMethod(
                this,
                [this, done, total, job] {
                    if (job == m_job) {
                        showProgress(done, total);
                    }
                },
                Qt::QueuedConnection);
            return !cancelled->load();
        });
        return std::function<void()>([this, report] {
            if (!report) {
                showFailure(report.error().message);
                return;
            }
            m_messageBar->clear();
            m_charts->setReport(*report);
            showLoading(false);
            m_title->setText(reportTitle());
            emit reportShown();
        });
    });
}

void ReportsView::cancel()
{
    m_cancelled->store(true);
    m_worker->newGeneration();
    ++m_job;
    showLoading(false);
    m_messageBar->showInfo(tr("The report was cancelled."));
    emit reportShown();
}

void ReportsView::showProgress(int done, int total)
{
    m_busy->setRange(0, total);
    m_busy->setValue(done);
}

void ReportsView::showFailure(const QString& message)
{
    showLoading(false);
    m_messageBar->showError(message);
    emit reportShown();
}

void ReportsView::showResult(const Result<Ii06aReport>& report)
{
    if (!report) {
        m_model->clear();
        m_chart->clear();
        m_title->clear();
        showFailure(report.error().message);
        return;
    }
    m_messageBar->clear();
    m_model->setReport(*report);
    m_chart->setReport(*report);
    showLoading(false);
    m_title->setText(reportTitle());
    emit reportShown();
}

void ReportsView::showTable(Page which, const Result<ReportTable>& table)
{
    ReportTableModel* model = tableModel(which);
    if (!table) {
        model->clear();
        m_title->clear();
        showFailure(table.error().message);
        return;
    }
    m_messageBar->clear();
    model->setTable(*table);
    showLoading(false);
    m_title->setText(reportTitle());
    emit reportShown();
}

QString ReportsView::reportTitle() const
{
    if (page() == Page::Ii06a) {
        return m_model->hasReport() ? QStringLiteral("%1 · %2 · %3")
                                          .arg(ii06aTitle(), ii06aPeriodLine(m_model->report().period), ii06aUnitLine())
                                    : QString();
    }
    if (page() == Page::Charts) {
        return {};
    }
    const ReportTableModel* model = tableModel(page());
    return model->hasTable() ? QStringList(QStringList{model->table().title} + model->table().lines)
                                   .join(QStringLiteral(" · "))
                             : QString();
}

bool ReportsView::hasReport() const
{
    switch (page()) {
    case Page::Ii06a:
        return m_model->hasReport();
    case Page::Charts:
        return false; // each chart has its own PNG and print buttons
    case Page::Overdue:
    case Page::People:
    case Page::Steps:
        break;
    }
    return tableModel(page())->hasTable();
}

void ReportsView::showLoading(bool loading)
{
    m_loading = loading;
    m_busy->setVisible(loading);
    m_cancelButton->setVisible(loading);
    m_showButton->setEnabled(!loading);
    const bool shown = !loading && hasReport();
    for (QPushButton* button : {m_csvButton, m_xlsxButton, m_pdfButton, m_printButton}) {
        button->setEnabled(shown);
    }
}

bool ReportsView::exportCsv()
{
    return exportTo(tr("CSV file (*.csv)"), QStringLiteral("csv"), {writeIi06aCsv, writeTableCsv});
}

bool ReportsView::exportXlsx()
{
    return exportTo(tr("Excel workbook (*.xlsx)"), QStringLiteral("xlsx"), {writeIi06aXlsx, writeTableXlsx});
}

bool ReportsView::exportPdf()
{
    const auto pdf = [this](const QString& path) {
        return print::ReportDocument(m_title->text(), printableHtml()).writePdf(path);
    };
    return exportTo(tr("PDF document (*.pdf)"), QStringLiteral("pdf"),
                    {[pdf](const Ii06aReport&, const QString& path) { return pdf(path); },
                     [pdf](const ReportTable&, const QString& path) { return pdf(path); }});
}

bool ReportsView::exportTo(const QString& filter, const QString& suffix, const Exporter& write)
{
    if (!hasReport()) {
        return false;
    }
    const QString path = FileDialog::saveFileName(this, tr("Export the report"), {}, filter, suffix);
    if (path.isEmpty()) {
        return false;
    }
    const Status written =
        page() == Page::Ii06a ? write.ii06a(m_model->report(), path) : write.table(tableModel(page())->table(), path);
    if (!written) {
        m_messageBar->showError(written.error().message);
        return false;
    }
    m_messageBar->showInfo(tr("The report was written to %1.").arg(path));
    return true;
}

QString ReportsView::printableHtml() const
{
    if (!hasReport()) {
        return {};
    }
    return page() == Page::Ii06a ? ii06aHtml(m_model->report()) : tableHtml(tableModel(page())->table());
}

void ReportsView::print()
{
    if (!hasReport()) {
        return;
    }
    const print::ReportDocument document(m_title->text(), printableHtml());
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(print::ReportDocument::pageLayout());
    applyPrinterDefaults(printer, true); // the paper of this computer's reports, in the layout's orientation
    printer.setDocName(document.title());
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print the report"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&document](QPrinter* target) { document.print(target); });
    preview.exec();
}

} // namespace motcua::ui
