#include "ui/intake/DocumentChecklist.h"
#include "ui/widgets/PlainText.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemEditorFactory>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace motcua::ui {

namespace {

constexpr int kMaxCount = 100;

// The texts were written in the intake form and are translated under its name, as the .ts files have them.
class Texts {
    Q_DECLARE_TR_FUNCTIONS(motcua::ui::IntakeForm)
};

} // namespace

DocumentChecklist::DocumentChecklist(QWidget* parent)
    : QGroupBox(Texts::tr("Documents received"), parent)
{
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("documentsTable"));
    m_table->setHorizontalHeaderLabels({Texts::tr("Document"), Texts::tr("Kind"), Texts::tr("Count")});
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CountColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->setMinimumSize(m_table->fontMetrics().averageCharWidth() * 36, m_table->fontMetrics().height() * 8);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Tab leaves the table (arrows move inside it, Space checks, digits type a count).
    m_table->setTabKeyNavigation(false);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setToolTip(
        Texts::tr("Space checks a document; type a number to change its count. Bold with *: mandatory."));
    m_countEditors = std::make_unique<QItemEditorFactory>();
    m_countEditors->registerEditor(QMetaType::Int, new QStandardItemEditorCreator<QSpinBox>());
    auto* countDelegate = new QStyledItemDelegate(m_table);
    countDelegate->setItemEditorFactory(m_countEditors.get());
    m_table->setItemDelegateForColumn(CountColumn, countDelegate);
    connect(m_table, &QTableWidget::itemChanged, this, &DocumentChecklist::onItemChanged);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("documentsSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_allButton = new QPushButton(Texts::tr("Chec&k all"), this);
    m_allButton->setObjectName(QStringLiteral("allDocumentsButton"));
    m_allButton->setToolTip(Texts::tr("Check every document of the procedure (Ctrl+Shift+A)"));
    connect(m_allButton, &QPushButton::clicked, this, &DocumentChecklist::checkAll);

    auto* summary = new QHBoxLayout;
    summary->addWidget(m_summary, 1);
    summary->addWidget(m_allButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(summary);
}

DocumentChecklist::~DocumentChecklist()
{
    // The table goes after the members: a count editor it closes then must not come back here.
    m_table->disconnect(this);
}

void DocumentChecklist::setProcedure(const catalogue::Procedure* procedure)
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    m_required = procedure ? procedure->documents : QList<catalogue::RequiredDocument>();
    if (!procedure) {
        m_allButton->setEnabled(false);
        updateSummary();
        return;
    }
    m_table->setRowCount(static_cast<int>(m_required.size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const catalogue::RequiredDocument& document = m_required.at(row);
        auto* name = new QTableWidgetItem(document.mandatory ? document.name + QStringLiteral(" *") : document.name);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        name->setData(PositionRole, row + 1);
        name->setData(MandatoryRole, document.mandatory);
        name->setToolTip(
            plainToolTip(document.mandatory ? Texts::tr("Mandatory: %1").arg(document.name) : document.name));
        if (document.mandatory) {
            QFont font = name->font();
            font.setBold(true);
            name->setFont(font);
        }
        auto* kind = new QTableWidgetItem(catalogue::documentKindName(document.kind));
        kind->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        auto* count = new QTableWidgetItem;
        count->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
        count->setTextAlignment(Qt::AlignCenter);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, KindColumn, kind);
        m_table->setItem(row, CountColumn, count);
    }
    reset();
    m_allButton->setEnabled(m_table->rowCount() > 0);
    if (m_table->rowCount() > 0) {
        m_table->setCurrentCell(0, NameColumn);
    }
}

void DocumentChecklist::reset()
{
    {
        const QSignalBlocker blocker(m_table);
        for (int row = 0; row < m_table->rowCount(); ++row) {
            m_table->item(row, NameColumn)->setCheckState(Qt::Unchecked);
            m_table->item(row, CountColumn)->setData(Qt::EditRole, std::max(1, m_required.at(row).count));
        }
    }
    updateSummary();
}

QList<QPair<int, int>> DocumentChecklist::checkedDocuments() const
{
    QList<QPair<int, int>> documents;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* name = m_table->item(row, NameColumn);
        if (name->checkState() == Qt::Checked) {
            documents.append(
                {name->data(PositionRole).toInt(), m_table->item(row, CountColumn)->data(Qt::EditRole).toInt()});
        }
    }
    return documents;
}

void DocumentChecklist::focusFirstMissing()
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* name = m_table->item(row, NameColumn);
        if (name->data(MandatoryRole).toBool() && name->checkState() != Qt::Checked) {
            m_table->setCurrentCell(row, NameColumn);
            break;
        }
    }
    focusTable();
}

void DocumentChecklist::focusTable()
{
    m_table->setFocus(Qt::OtherFocusReason);
}

bool DocumentChecklist::isEditing(const QWidget* focus) const
{
    return focus && focus != m_table && m_table->isAncestorOf(focus);
}

QList<QWidget*> DocumentChecklist::tabChain() const
{
    return {m_table, m_allButton};
}

void DocumentChecklist::checkAll()
{
    {
        const QSignalBlocker blocker(m_table);
        for (int row = 0; row < m_table->rowCount(); ++row) {
            m_table->item(row, NameColumn)->setCheckState(Qt::Checked);
        }
    }
    m_table->viewport()->update();
    updateSummary();
    emit documentsChanged();
}

void DocumentChecklist::onItemChanged(QTableWidgetItem* item)
{
    if (item->column() == CountColumn) {
        const int count = item->data(Qt::EditRole).toInt();
        const int kept = std::clamp(count, 1, kMaxCount);
        if (kept != count) {
            const QSignalBlocker blocker(m_table);
            item->setData(Qt::EditRole, kept);
        }
        // A count typed in means the document is there.
        QTableWidgetItem* name = m_table->item(item->row(), NameColumn);
        if (name && name->checkState() != Qt::Checked) {
            name->setCheckState(Qt::Checked); // comes back here for the name column
            return;
        }
    }
    updateSummary();
    emit documentsChanged();
}

void DocumentChecklist::updateSummary()
{
    int checked = 0;
    int missing = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* name = m_table->item(row, NameColumn);
        if (name->checkState() == Qt::Checked) {
            ++checked;
        } else if (name->data(MandatoryRole).toBool()) {
            ++missing;
        }
    }
    if (m_table->rowCount() == 0) {
        m_summary->setText(Texts::tr("The documents appear when a procedure is chosen."));
        return;
    }
    QString text = Texts::tr("%1 of %2 documents checked").arg(checked).arg(m_table->rowCount());
    text += QStringLiteral(" \u00B7 ") + (missing > 0 ? Texts::tr("%n mandatory document(s) missing", nullptr, missing)
                                                      : Texts::tr("nothing mandatory missing"));
    m_summary->setText(text);
}

} // namespace motcua::ui
