#include "ui/intake/SupplementRequestsDialog.h"

#include "core/calendar/Explanation.h"
#include "core/forms/FormService.h"
#include "core/storage/IntakeSupplementRepository.h"
#include "ui/print/FormPreviewDialog.h"
#include "ui/widgets/WeightedColumns.h"
#include "ui/widgets/ReadOnlyTable.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace motcua::ui {

namespace {

enum Column { Number, At, Applicant, Phone, Procedure, Missing, ColumnCount };

} // namespace

SupplementRequestsDialog::SupplementRequestsDialog(const Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("supplementRequestsDialog"));
    setWindowTitle(tr("Supplement requests at the counter (Form 02)"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("supplementSearch"));
    m_search->setPlaceholderText(tr("Search: applicant's name or phone"));
    m_search->setClearButtonEnabled(true);
    auto* searchLabel = new QLabel(tr("&Find:"), this);
    searchLabel->setBuddy(m_search);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("supplementTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("No."), tr("Made at"), tr("Applicant"), tr("Phone"), tr("Procedure"), tr("Documents to bring")});
    makeReadOnlyTable(m_table, {.oneRow = true, .wrap = true, .stretchLast = false});
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    new WeightedColumns(m_table, {{Applicant, 2}, {Procedure, 3}, {Missing, 3}});

    m_reprint = new QPushButton(tr("&Print again…"), this);
    m_reprint->setObjectName(QStringLiteral("reprintButton"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    buttons->addButton(m_reprint, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reprint, &QPushButton::clicked, this, &SupplementRequestsDialog::reprint);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_reprint->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_table, &QTableWidget::cellActivated, this, [this] { reprint(); });
    // Search as the clerk types, once the typing pauses.
    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &SupplementRequestsDialog::reload);

    auto* search = new QHBoxLayout;
    search->addWidget(searchLabel);
    search->addWidget(m_search, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(search);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(1000, 520);
    reload();
    m_search->setFocus();
}

void SupplementRequestsDialog::reload()
{
    const auto records = storage::IntakeSupplementRepository(m_session.database).list(m_search->text());
    m_table->setRowCount(0);
    for (const storage::IntakeSupplementRecord& record : records.value_or({})) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{record.numberText(),
                                calendar::formatShortMoment(record.at),
                                record.applicantName,
                                record.phone,
                                QStringLiteral("%1 – %2").arg(record.procedureCode, record.procedureName),
                                record.missing.join(QStringLiteral("; "))};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, record.id);
            m_table->setItem(row, column, item);
        }
    }
    if (m_table->rowCount() > 0) {
        m_table->selectRow(0);
    }
    m_reprint->setEnabled(m_table->rowCount() > 0);
}

void SupplementRequestsDialog::reprint()
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty()) {
        return;
    }
    const qint64 id = selected.constFirst()->data(Qt::UserRole).toLongLong();
    FormPreviewDialog::previewForm(
        forms::FormService(m_session.database, m_session.clock, m_session.user).intakeSupplement(id),
        forms::FormKind::Supplement, this);
}

} // namespace motcua::ui
