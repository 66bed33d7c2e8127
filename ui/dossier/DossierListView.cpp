#include "ui/dossier/DossierListView.h"

#include "core/calendar/DeadlineCalculator.h"
#include "core/storage/CatalogueRepository.h"
#include "ui/dossier/DossierTableModel.h"
#include "ui/widgets/FilterDateEdit.h"
#include "ui/widgets/WeightedColumns.h"
#include "ui/widgets/ReadOnlyTable.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace motcua::ui {

using calendar::WorkCalendar;
using dossier::DossierStatus;

namespace {

constexpr int kCountdownIntervalMs = 60 * 1000;

} // namespace

DossierListView::DossierListView(const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new DossierTableModel(session, this))
{
    createWidgets();
    loadChoices();
    connectFilters();
    applyFilter();
}

void DossierListView::createWidgets()
{
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search: applicant, dossier code, identity number, phone"));
    m_searchEdit->setClearButtonEnabled(true);
    m_codeEdit = new QLineEdit(this);
    m_codeEdit->setObjectName(QStringLiteral("codeEdit"));
    m_codeEdit->setPlaceholderText(tr("Dossier code / barcode"));
    m_codeEdit->setToolTip(tr("Type or scan a dossier code and press Enter to open the dossier"));
    m_codeEdit->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000.00.00.H00-000000-0000")) + 24);
    m_codeMessage = new QLabel(tr("No dossier with this code"), this);
    m_codeMessage->setObjectName(QStringLiteral("codeMessage"));
    m_codeMessage->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_codeMessage->hide();

    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("All statuses"), 0);
    // From accepted on: a submission not yet accepted waits in the online queue (OnlineQueueView), not here.
    for (int code = static_cast<int>(DossierStatus::Accepted); code <= static_cast<int>(DossierStatus::Returned);
         ++code) {
        m_statusFilter->addItem(dossier::statusName(static_cast<DossierStatus>(code)), code);
    }
    m_departmentFilter = new QComboBox(this);
    m_departmentFilter->setObjectName(QStringLiteral("departmentFilter"));
    m_procedureFilter = new QComboBox(this);
    m_procedureFilter->setObjectName(QStringLiteral("procedureFilter"));
    m_procedureFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_procedureFilter->setMinimumContentsLength(24);

    const QDate today = m_session.clock.now().date();
    m_receivedFromCheck = new QCheckBox(tr("Received from"), this);
    m_receivedFromCheck->setObjectName(QStringLiteral("receivedFromCheck"));
    m_receivedFromEdit = filterDateEdit(QStringLiteral("receivedFromEdit"), today.addMonths(-1), this);
    m_receivedToCheck = new QCheckBox(tr("to"), this);
    m_receivedToCheck->setObjectName(QStringLiteral("receivedToCheck"));
    m_receivedToEdit = filterDateEdit(QStringLiteral("receivedToEdit"), today, this);
    m_overdueCheck = new QCheckBox(tr("Overdue"), this);
    m_overdueCheck->setObjectName(QStringLiteral("overdueCheck"));
    m_dueSoonCheck = new QCheckBox(tr("Due within 1 working day"), this);
    m_dueSoonCheck->setObjectName(QStringLiteral("dueSoonCheck"));

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_messageLabel->hide();

    m_table = readOnlyTable(QStringLiteral("dossierTable"), m_model, this, {.oneRow = true, .stretchLast = false});
    m_table->setTabKeyNavigation(false);
    // Codes, moments, statuses and names of staff keep their width; the applicant and the procedure share what
    // is left (elided, whole in the tooltip), so that every column fits a 1366-pixel office screen.
    const QFontMetrics metrics = fontMetrics();
    const auto width = [&metrics](const QString& sample) {
        return metrics.horizontalAdvance(sample) + 16;
    };
    int statusWidth = width(DossierTableModel::tr("Status"));
    for (int code = 1; code <= 10; ++code) {
        statusWidth = std::max(statusWidth, width(dossier::statusName(dossier::DossierStatus(code))));
    }
    QHeaderView* header = m_table->horizontalHeader();
    header->setMinimumSectionSize(40);
    m_table->setColumnWidth(DossierTableModel::Code, width(QStringLiteral("000.00.16.H33-261123-0000")));
    m_table->setColumnWidth(DossierTableModel::Received, width(QStringLiteral("00/00/0000 00:00")));
    m_table->setColumnWidth(DossierTableModel::Due, width(QStringLiteral("00/00/0000 00:00")));
    m_table->setColumnWidth(DossierTableModel::Status, std::min(statusWidth, width(QStringLiteral("Đang giải quyết"))));
    m_table->setColumnWidth(DossierTableModel::Step, width(DossierTableModel::tr("Step")));
    m_table->setColumnWidth(DossierTableModel::Assignee, width(QStringLiteral("Nguyễn Văn An")));
    m_table->setColumnWidth(DossierTableModel::Remaining, width(QStringLiteral("Quá hạn 12 ngày 7 giờ")));
    // The applicant and the procedure share the rest 3:2 (whole in the tooltip): the applicant is what a clerk
    // reads a row by, and a person's full name fits a 1366-pixel screen; the procedure is elided sooner.
    new WeightedColumns(m_table, {{DossierTableModel::Applicant, 3}, {DossierTableModel::Procedure, 2}}, 100,
                        WeightedColumns::Others::Keep);

    m_totalLabel = new QLabel(this);
    m_totalLabel->setObjectName(QStringLiteral("totalLabel"));

    m_newBadge = new QPushButton(this);
    m_newBadge->setObjectName(QStringLiteral("newDossiersBadge"));
    m_newBadge->setStyleSheet(QStringLiteral("QPushButton { background: #1565c0; color: white; border-radius: 10px; "
                                             "padding: 2px 10px; font-weight: bold; }"));
    m_newBadge->setToolTip(tr("Dossiers received on another computer since you last looked: click to select them."));
    m_newBadge->hide();
    connect(m_newBadge, &QPushButton::clicked, this, &DossierListView::showUnseen);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchEdit, 1);
    searchRow->addWidget(m_newBadge);
    searchRow->addWidget(m_codeEdit);
    // Two rows, and combo boxes that do not grow with the longest procedure name, so that the window fits
    // an office screen.
    for (QComboBox* combo : {m_statusFilter, m_departmentFilter, m_procedureFilter}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
    }
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_statusFilter);
    filterRow->addWidget(m_departmentFilter);
    filterRow->addWidget(m_procedureFilter, 1);
    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_receivedFromCheck);
    dateRow->addWidget(m_receivedFromEdit);
    dateRow->addWidget(m_receivedToCheck);
    dateRow->addWidget(m_receivedToEdit);
    dateRow->addSpacing(12);
    dateRow->addWidget(m_overdueCheck);
    dateRow->addWidget(m_dueSoonCheck);
    dateRow->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_codeMessage, 0, Qt::AlignRight);
    layout->addLayout(filterRow);
    layout->addLayout(dateRow);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_totalLabel);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    m_countdownTimer = new QTimer(this);
    m_countdownTimer->setInterval(kCountdownIntervalMs);
    m_countdownTimer->start();

    auto* refreshAction = new QAction(tr("Refresh"), this);
    refreshAction->setObjectName(QStringLiteral("refreshAction"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(refreshAction);
    connect(refreshAction, &QAction::triggered, this, &DossierListView::refresh);
    showTotal(-1);
}

void DossierListView::loadChoices()
{
    storage::CatalogueRepository catalogue(m_session.database);
    m_departmentFilter->addItem(tr("All departments"), QString());
    if (const auto departments = catalogue.departments()) {
        for (const catalogue::Department& department : *departments) {
            m_departmentFilter->addItem(department.name, department.code);
        }
    } else {
        showMessage(departments.error().message);
    }
    m_procedureFilter->addItem(tr("All procedures"), QString());
    if (const auto loaded = catalogue.load()) {
        for (const catalogue::Procedure& procedure : loaded->procedures) {
            m_procedureFilter->addItem(QStringLiteral("%1 — %2").arg(procedure.code, procedure.name), procedure.code);
            m_procedureFilter->setItemData(m_procedureFilter->count() - 1, procedure.name, Qt::ToolTipRole);
        }
    } else {
        showMessage(loaded.error().message);
    }
}

void DossierListView::connectFilters()
{
    for (QComboBox* combo : {m_statusFilter, m_departmentFilter, m_procedureFilter}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &DossierListView::applyFilter);
    }
    for (auto [check, edit] :
         {std::pair{m_receivedFromCheck, m_receivedFromEdit}, std::pair{m_receivedToCheck, m_receivedToEdit}}) {
        connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        connect(check, &QCheckBox::toggled, this, &DossierListView::applyFilter);
        connect(edit, &QDateEdit::dateChanged, this, [this, check = check] {
            if (check->isChecked()) {
                applyFilter();
            }
        });
    }
    connect(m_overdueCheck, &QCheckBox::toggled, this, &DossierListView::applyFilter);
    connect(m_dueSoonCheck, &QCheckBox::toggled, this, &DossierListView::applyFilter);

    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &DossierListView::applyFilter);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        // A code typed or scanned into the search box opens its dossier; any other text is searched at once.
        openTypedCode(m_searchEdit, false);
        if (m_searchTimer->isActive()) {
            m_searchTimer->stop();
            applyFilter();
        }
    });
    connect(m_codeEdit, &QLineEdit::returnPressed, this, [this] { openTypedCode(m_codeEdit, true); });
    connect(m_codeEdit, &QLineEdit::textEdited, m_codeMessage, &QWidget::hide);

    connect(m_table, &QAbstractItemView::activated, this, &DossierListView::openRow);
    connect(m_model, &DossierTableModel::totalCountChanged, this, &DossierListView::showTotal);
    connect(m_model, &DossierTableModel::loadFailed, this, &DossierListView::showMessage);
    connect(m_countdownTimer, &QTimer::timeout, m_model, &DossierTableModel::updateCountdowns);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DossierListView::checkArrivals);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DossierListView::checkArrivals);
}

storage::DossierFilter DossierListView::currentFilter() const
{
    storage::DossierFilter filter;
    if (const int status = m_statusFilter->currentData().toInt(); status > 0) {
        filter.statuses = {static_cast<DossierStatus>(status)};
    }
    filter.departmentCode = m_departmentFilter->currentData().toString();
    filter.procedureCode = m_procedureFilter->currentData().toString();
    if (m_receivedFromCheck->isChecked()) {
        filter.receivedFrom = m_receivedFromEdit->date();
    }
    if (m_receivedToCheck->isChecked()) {
        filter.receivedTo = m_receivedToEdit->date();
    }
    if (m_overdueCheck->isChecked() || m_dueSoonCheck->isChecked()) {
        const QDateTime now = m_session.clock.now();
        const QDateTime soonEnd = calendar::DeadlineCalculator(*m_session.calendar).dueSoonEnd(now);
        if (m_overdueCheck->isChecked() && m_dueSoonCheck->isChecked()) {
            filter.overdueAt = soonEnd.addSecs(1); // both: every running dossier due by the end of that day
        } else if (m_overdueCheck->isChecked()) {
            filter.overdueAt = now;
        } else {
            filter.dueBetweenFrom = now;
            filter.dueBetweenTo = soonEnd;
        }
    }
    if (m_myWorkOnly) {
        filter.assigneeId = m_session.user.id;
    }
    filter.search = m_searchEdit->text().trimmed();
    return filter;
}

void DossierListView::setMyWorkOnly(bool myWorkOnly)
{
    if (m_myWorkOnly != myWorkOnly) {
        m_myWorkOnly = myWorkOnly;
        applyFilter();
    }
}

void DossierListView::refresh()
{
    if (m_overdueCheck->isChecked() || m_dueSoonCheck->isChecked()) {
        applyFilter(); // the limits are moments computed from now
    } else {
        m_model->refresh();
    }
}

QSet<qint64> DossierListView::loadedIds() const
{
    QSet<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        ids.insert(m_model->summary(row).id);
    }
    return ids;
}

void DossierListView::noteChangedElsewhere(const QSet<qint64>& dossierIds)
{
    m_loadedBefore = loadedIds();
    m_arriving = dossierIds;
    refresh();
}

void DossierListView::checkArrivals()
{
    if (!m_arriving.isEmpty()) {
        int arrived = 0;
        for (qint64 id : loadedIds()) {
            if (m_arriving.contains(id) && !m_loadedBefore.contains(id) && !m_unseen.contains(id)) {
                m_unseen.insert(id);
                ++arrived;
            }
        }
        if (arrived > 0) {
            emit newDossiersArrived(arrived);
        }
    }
    updateBadge();
}

int DossierListView::unseenCount() const
{
    return static_cast<int>((m_unseen & loadedIds()).size());
}

void DossierListView::updateBadge()
{
    const int unseen = unseenCount();
    m_newBadge->setText(tr("%n new dossier(s)", nullptr, unseen));
    m_newBadge->setVisible(unseen > 0);
}

void DossierListView::showUnseen()
{
    m_table->clearSelection();
    int first = -1;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_unseen.contains(m_model->summary(row).id)) {
            m_table->selectionModel()->select(m_model->index(row, 0),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
            first = first < 0 ? row : first;
        }
    }
    if (first >= 0) {
        m_table->scrollTo(m_model->index(first, 0));
        m_table->setFocus();
    }
    m_unseen.clear();
    m_arriving.clear();
    updateBadge();
}

void DossierListView::applyFilter()
{
    m_searchTimer->stop();
    m_messageLabel->hide();
    m_model->setFilter(currentFilter());
}

void DossierListView::openTypedCode(QLineEdit* edit, bool showMissing)
{
    const QString typed = edit->text().trimmed();
    if (typed.isEmpty()) {
        return;
    }
    const auto code = storage::DossierQueries(m_session.database).existingCode(typed);
    if (!code) {
        showMessage(code.error().message);
        return;
    }
    if (code->isEmpty()) {
        if (showMissing) {
            m_codeMessage->show();
            edit->selectAll(); // the next scan replaces it
        }
        return;
    }
    m_codeMessage->hide();
    if (edit == m_codeEdit) {
        edit->clear();
    }
    emit openDossierRequested(*code);
}

void DossierListView::openRow(const QModelIndex& index)
{
    if (index.isValid()) {
        emit openDossierRequested(index.data(DossierTableModel::CodeRole).toString());
    }
}

void DossierListView::showTotal(qint64 total)
{
    m_totalLabel->setText(total < 0
                              ? tr("Counting…")
                              : tr("%Ln dossier(s)", nullptr, static_cast<int>(std::min<qint64>(total, INT_MAX))));
}

void DossierListView::showMessage(const QString& message)
{
    m_messageLabel->setText(message);
    m_messageLabel->setVisible(!message.isEmpty());
}

} // namespace motcua::ui
