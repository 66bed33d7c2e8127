#include "ui/reports/ReportsView.h"

#include "core/reports/Ii06aTable.h"
#include "core/reports/Ii06aXlsx.h"
#include "core/reports/ReportService.h"
#include "print/ReportDocument.h"
#include "ui/common/DatabaseWorker.h"
#include "ui/reports/Ii06aTableModel.h"
#include "ui/reports/OnTimeChart.h"
#include "ui/print/PrinterDefaults.h"
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
#include <QTableView>
#include <QVBoxLayout>

namespace motcua::ui {

using namespace motcua::reports;
using identity::Role;

ReportsView::ReportsView(const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
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
    m_printButton = new QPushButton(tr("&Print…"), this);
    m_printButton->setObjectName(QStringLiteral("printButton"));

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("reportTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_messageBar = new MessageBar(this);
    m_model = new Ii06aTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

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
    picker->addWidget(m_csvButton);
    picker->addWidget(m_xlsxButton);
    picker->addWidget(m_printButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(picker);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_title);
    m_chart = new OnTimeChart(this);
    layout->addWidget(m_table, 2);
    layout->addWidget(m_chart, 1);

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
    connect(m_printButton, &QPushButton::clicked, this, &ReportsView::print);

    setPeriod(ReportPeriod::month(m_session.clock.now().date()));
    m_preset->setCurrentIndex(m_preset->findData(static_cast<int>(Preset::Month)));
    showLoading(false);
}

ReportsView::~ReportsView() = default;

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

bool ReportsView::isLoading() const
{
    return m_worker->isBusy();
}

void ReportsView::showReport()
{
    const ReportPeriod chosen = period();
    const auto grouping = static_cast<Ii06aGrouping>(m_grouping->currentData().toInt());
    const qint64 department = m_departmentId;
    const std::shared_ptr<const calendar::WorkCalendar> calendar = m_session.calendar;
    m_worker->newGeneration(); // a reading under way is overtaken by this one
    showLoading(true);
    m_worker->run([this, chosen, grouping, department, calendar](storage::Database& database) {
        auto report = ReportService(database, *calendar).ii06a(chosen, grouping, department);
        return std::function<void()>([this, report] { showResult(report); });
    });
}

void ReportsView::cancel()
{
    m_worker->newGeneration();
    showLoading(false);
    m_messageBar->showInfo(tr("The report was cancelled."));
    emit reportShown();
}

void ReportsView::showResult(const Result<Ii06aReport>& report)
{
    if (!report) {
        m_model->clear();
        m_chart->clear();
        showLoading(false);
        m_title->clear();
        m_messageBar->showError(report.error().message);
    } else {
        m_messageBar->clear();
        m_model->setReport(*report);
        m_chart->setReport(*report);
        showLoading(false);
        m_title->setText(
            QStringLiteral("%1 · %2 · %3").arg(ii06aTitle(), ii06aPeriodLine(report->period), ii06aUnitLine()));
    }
    emit reportShown();
}

void ReportsView::showLoading(bool loading)
{
    m_busy->setVisible(loading);
    m_cancelButton->setVisible(loading);
    m_showButton->setEnabled(!loading);
    const bool shown = !loading && m_model->hasReport();
    m_csvButton->setEnabled(shown);
    m_xlsxButton->setEnabled(shown);
    m_printButton->setEnabled(shown);
}

bool ReportsView::exportCsv()
{
    return exportTo(tr("CSV file (*.csv)"), QStringLiteral("csv"), writeIi06aCsv);
}

bool ReportsView::exportXlsx()
{
    return exportTo(tr("Excel workbook (*.xlsx)"), QStringLiteral("xlsx"), writeIi06aXlsx);
}

bool ReportsView::exportTo(const QString& filter, const QString& suffix,
                           const std::function<Status(const Ii06aReport&, const QString&)>& write)
{
    if (!m_model->hasReport()) {
        return false;
    }
    const QString path = FileDialog::saveFileName(this, tr("Export the report"), {}, filter, suffix);
    if (path.isEmpty()) {
        return false;
    }
    if (Status written = write(m_model->report(), path); !written) {
        m_messageBar->showError(written.error().message);
        return false;
    }
    m_messageBar->showInfo(tr("The report was written to %1.").arg(path));
    return true;
}

QString ReportsView::printableHtml() const
{
    return m_model->hasReport() ? ii06aHtml(m_model->report()) : QString();
}

void ReportsView::print()
{
    if (!m_model->hasReport()) {
        return;
    }
    const print::ReportDocument document(ii06aTitle(), printableHtml());
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
