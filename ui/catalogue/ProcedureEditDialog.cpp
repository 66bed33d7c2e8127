#include "ui/catalogue/ProcedureEditDialog.h"

#include "core/catalogue/CatalogueRules.h"
#include "ui/catalogue/CatalogueInput.h"
#include "ui/widgets/ElidedLabel.h"
#include "ui/widgets/PlainText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace motcua::ui {

using namespace motcua::catalogue;

namespace {

enum DocumentColumn { DocName, DocKind, DocCount, DocMandatory };

} // namespace

ProcedureEditDialog::ProcedureEditDialog(const QList<Department>& departments, const Procedure* existing,
                                         QWidget* parent)
    : QDialog(parent)
    , m_adding(existing == nullptr)
    , m_departments(departments)
{
    setObjectName(QStringLiteral("procedureEditDialog"));
    setWindowTitle(m_adding ? tr("New procedure") : tr("Edit the procedure %1").arg(existing->code));
    const Procedure shown = existing ? *existing : Procedure{};
    m_id = shown.id;
    m_processes = shown.processes;

    const auto lineEdit = [this](const QString& name, const QString& text) {
        auto* edit = new QLineEdit(text, this);
        edit->setObjectName(name);
        return edit;
    };
    m_code = lineEdit(QStringLiteral("procedureCodeEdit"), shown.code);
    m_code->setReadOnly(!m_adding);
    m_code->setPlaceholderText(tr("national code, e.g. 1.011442"));
    m_name = lineEdit(QStringLiteral("procedureNameEdit"), shown.name);
    m_field = lineEdit(QStringLiteral("procedureFieldEdit"), shown.field);
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("procedureLevelCombo"));
    fillLevels(m_level, shown.level);

    m_limit = lineEdit(QStringLiteral("procedureLimitEdit"), m_adding ? QString() : amountText(shown.limit.amount));
    m_limitUnit = unitCombo(QStringLiteral("procedureLimitUnitCombo"), shown.limit.unit, this);
    auto* limitBox = new QWidget(this);
    limitBox->setObjectName(QStringLiteral("procedureLimitBox"));
    auto* limitRow = new QHBoxLayout(limitBox);
    limitRow->setContentsMargins(0, 0, 0, 0);
    limitRow->addWidget(m_limit, 1);
    limitRow->addWidget(m_limitUnit);
    limitBox->setFocusProxy(m_limit);
    limitBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    m_rule = new QComboBox(this);
    m_rule->setObjectName(QStringLiteral("procedureRuleCombo"));
    m_rule->addItem(tr("Working time from the receipt (1 day = one working day of hours)"),
                    static_cast<int>(calendar::CountingRule::WorkingTime));
    m_rule->addItem(tr("Whole days, morning to morning (received in the morning, due in a morning)"),
                    static_cast<int>(calendar::CountingRule::SameSession));
    m_rule->setCurrentIndex(m_rule->findData(static_cast<int>(shown.rule)));
    m_onSupplement = new QComboBox(this);
    m_onSupplement->setObjectName(QStringLiteral("procedureSupplementCombo"));
    m_onSupplement->addItem(tr("The clock pauses and goes on"), static_cast<int>(SupplementBehaviour::Pause));
    m_onSupplement->addItem(tr("The whole limit counts again"), static_cast<int>(SupplementBehaviour::Restart));
    m_onSupplement->setCurrentIndex(m_onSupplement->findData(static_cast<int>(shown.onSupplement)));
    m_fee = lineEdit(QStringLiteral("procedureFeeEdit"), shown.fee > 0 ? QString::number(shown.fee) : QString());
    m_fee->setPlaceholderText(tr("VND; empty: no fee"));
    m_feeNote = lineEdit(QStringLiteral("procedureFeeNoteEdit"), shown.feeNote);
    m_result = lineEdit(QStringLiteral("procedureResultEdit"), shown.result);
    m_department = departmentCombo(QStringLiteral("procedureDepartmentCombo"), departments, shown.departmentCode, this);

    auto* grid = new QGridLayout;
    grid->setVerticalSpacing(2);
    grid->setColumnStretch(1, 1);
    int row = 0;
    m_fields.addRow(grid, row++, QStringLiteral("code"), tr("&Code:"), m_code);
    m_fields.addRow(grid, row++, QStringLiteral("name"), tr("&Name:"), m_name);
    m_fields.addRow(grid, row++, QStringLiteral("field"), tr("F&ield:"), m_field);
    m_fields.addRow(grid, row++, QStringLiteral("level"), tr("&Level:"), m_level);
    m_fields.addRow(grid, row++, QStringLiteral("limit"), tr("Legal &time limit:"), limitBox);
    m_fields.addRow(grid, row++, QStringLiteral("rule"), tr("Counting &rule:"), m_rule);
    m_fields.addRow(grid, row++, QStringLiteral("on_supplement"), tr("On a &supplement:"), m_onSupplement);
    m_fields.addRow(grid, row++, QStringLiteral("fee"), tr("&Fee:"), m_fee);
    m_fields.addRow(grid, row++, QStringLiteral("fee_note"), tr("Fee &note:"), m_feeNote);
    m_fields.addRow(grid, row++, QStringLiteral("result"), tr("Res&ult:"), m_result);
    m_fields.addRow(grid, row++, QStringLiteral("department"), tr("Handling &department:"), m_department);
    grid->setRowStretch(row, 1);

    m_documents = new QTableWidget(0, 4, this);
    m_documents->setObjectName(QStringLiteral("documentsTable"));
    m_documents->setHorizontalHeaderLabels({tr("Document"), tr("Kind"), tr("Count"), tr("Mandatory")});
    m_documents->horizontalHeader()->setSectionResizeMode(DocName, QHeaderView::Stretch);
    m_documents->horizontalHeader()->setSectionResizeMode(DocKind, QHeaderView::ResizeToContents);
    m_documents->horizontalHeader()->setSectionResizeMode(DocCount, QHeaderView::ResizeToContents);
    m_documents->horizontalHeader()->setSectionResizeMode(DocMandatory, QHeaderView::ResizeToContents);
    m_documents->verticalHeader()->setDefaultSectionSize(m_name->sizeHint().height() + 4);
    m_documents->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (const RequiredDocument& document : shown.documents) {
        addDocumentRow(document);
    }
    ElidedLabel* documentsError = fieldErrorLabel(QStringLiteral("documentsTableError"), this);
    m_fields.add(QStringLiteral("documents"), m_documents, documentsError);
    auto* addDocument = new QPushButton(tr("&Add a document"), this);
    addDocument->setObjectName(QStringLiteral("addDocumentButton"));
    connect(addDocument, &QPushButton::clicked, this, [this] {
        addDocumentRow({});
        m_documents->setCurrentCell(m_documents->rowCount() - 1, DocName);
        m_documents->cellWidget(m_documents->rowCount() - 1, DocName)->setFocus();
        m_fields.touch(QStringLiteral("documents"));
        revalidate();
    });
    auto* removeDocument = new QPushButton(tr("R&emove the document"), this);
    removeDocument->setObjectName(QStringLiteral("removeDocumentButton"));
    connect(removeDocument, &QPushButton::clicked, this, [this] {
        if (m_documents->currentRow() >= 0) {
            m_documents->removeRow(m_documents->currentRow());
            revalidate();
        }
    });
    auto* documentButtons = new QHBoxLayout;
    documentButtons->addWidget(addDocument);
    documentButtons->addWidget(removeDocument);
    documentButtons->addStretch(1);

    m_message = errorLabel(QStringLiteral("procedureEditMessage"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("procedureSaveButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ProcedureEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* columns = new QHBoxLayout;
    columns->addLayout(grid, 3);
    auto* documentsColumn = new QVBoxLayout;
    documentsColumn->addWidget(new QLabel(tr("Required documents:"), this));
    documentsColumn->addWidget(m_documents, 1);
    documentsColumn->addWidget(documentsError);
    documentsColumn->addLayout(documentButtons);
    columns->addLayout(documentsColumn, 4);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    watch(m_code, QStringLiteral("code"));
    watch(m_name, QStringLiteral("name"));
    watch(m_field, QStringLiteral("field"));
    watch(m_level, QStringLiteral("level"));
    watch(m_limit, QStringLiteral("limit"));
    watch(m_limitUnit, QStringLiteral("limit"));
    watch(m_rule, QStringLiteral("limit"));
    watch(m_onSupplement, QStringLiteral("on_supplement"));
    watch(m_fee, QStringLiteral("fee"));
    watch(m_feeNote, QStringLiteral("fee_note"));
    watch(m_result, QStringLiteral("result"));
    watch(m_department, QStringLiteral("department"));
    resize(1280, 640);
}

void ProcedureEditDialog::watch(QLineEdit* edit, const QString& key)
{
    connect(edit, &QLineEdit::textEdited, this, &ProcedureEditDialog::revalidate);
    connect(edit, &QLineEdit::editingFinished, this, [this, key] {
        m_fields.touch(key);
        revalidate();
    });
}

void ProcedureEditDialog::watch(QComboBox* combo, const QString& key)
{
    connect(combo, &QComboBox::currentIndexChanged, this, [this, key] {
        m_fields.touch(key);
        revalidate();
    });
}

void ProcedureEditDialog::addDocumentRow(const RequiredDocument& document)
{
    const int row = m_documents->rowCount();
    m_documents->insertRow(row);
    auto* name = new QLineEdit(document.name, m_documents);
    name->setObjectName(QStringLiteral("documentNameEdit"));
    name->setFrame(false);
    name->setCursorPosition(0);
    name->setToolTip(document.name);
    auto* kind = new QComboBox(m_documents);
    kind->setObjectName(QStringLiteral("documentKindCombo"));
    for (DocumentKind each : {DocumentKind::Original, DocumentKind::CertifiedCopy, DocumentKind::Copy}) {
        kind->addItem(documentKindName(each), static_cast<int>(each));
    }
    kind->setCurrentIndex(kind->findData(static_cast<int>(document.kind)));
    auto* count = new QSpinBox(m_documents);
    count->setObjectName(QStringLiteral("documentCountSpin"));
    count->setRange(1, 100);
    count->setValue(std::max(1, document.count));
    auto* mandatory = new QCheckBox(m_documents);
    mandatory->setObjectName(QStringLiteral("documentMandatoryCheck"));
    mandatory->setChecked(document.mandatory);
    m_documents->setCellWidget(row, DocName, name);
    m_documents->setCellWidget(row, DocKind, kind);
    m_documents->setCellWidget(row, DocCount, count);
    m_documents->setCellWidget(row, DocMandatory, mandatory);
    connect(name, &QLineEdit::textEdited, this, &ProcedureEditDialog::revalidate);
    connect(name, &QLineEdit::editingFinished, this, [this] {
        m_fields.touch(QStringLiteral("documents"));
        revalidate();
    });
}

Procedure ProcedureEditDialog::procedure() const
{
    Procedure procedure;
    procedure.id = m_id;
    procedure.code = m_code->text().trimmed();
    procedure.name = m_name->text().simplified();
    procedure.field = m_field->text().simplified();
    procedure.level = m_level->currentData().toString();
    procedure.limit.unit = static_cast<calendar::TimeLimit::Unit>(m_limitUnit->currentData().toInt());
    procedure.limit.amount = parseAmount(m_limit->text()).value_or(0);
    procedure.rule = static_cast<calendar::CountingRule>(m_rule->currentData().toInt());
    procedure.onSupplement = static_cast<SupplementBehaviour>(m_onSupplement->currentData().toInt());
    procedure.fee = parseFee(m_fee->text()).value_or(0);
    procedure.feeNote = m_feeNote->text().simplified();
    procedure.result = m_result->text().simplified();
    procedure.departmentCode = m_department->currentData().toString();
    for (const Department& department : m_departments) {
        if (department.code == procedure.departmentCode) {
            procedure.departmentId = department.id;
        }
    }
    for (int row = 0; row < m_documents->rowCount(); ++row) {
        RequiredDocument document;
        document.name = qobject_cast<QLineEdit*>(m_documents->cellWidget(row, DocName))->text().simplified();
        document.kind =
            static_cast<DocumentKind>(qobject_cast<QComboBox*>(m_documents->cellWidget(row, DocKind))->currentData().toInt());
        document.count = qobject_cast<QSpinBox*>(m_documents->cellWidget(row, DocCount))->value();
        document.mandatory = qobject_cast<QCheckBox*>(m_documents->cellWidget(row, DocMandatory))->isChecked();
        procedure.documents.append(document);
    }
    procedure.processes = m_processes;
    return procedure;
}

QList<Error> ProcedureEditDialog::errors() const
{
    QList<Error> errors;
    if (!parseAmount(m_limit->text())) {
        errors.append(Error::invalid(QStringLiteral("limit"), amountError()));
    }
    if (!parseFee(m_fee->text())) {
        errors.append(Error::invalid(QStringLiteral("fee"), tr("The fee is a whole number of đồng: 50000.")));
    }
    errors.append(checkProcedure(procedure(), m_departments));
    return errors;
}

void ProcedureEditDialog::revalidate()
{
    m_fields.show(errors(), false);
}

ProcedureEditDialog::~ProcedureEditDialog()
{
    disconnectChildren(this);
}

void ProcedureEditDialog::accept()
{
    if (m_fields.save(errors(), m_message, [this] { return m_apply ? m_apply(procedure()) : Status(); })) {
        QDialog::accept();
    }
}

} // namespace motcua::ui
