#include "ui/catalogue/ProcessVersionDialog.h"

#include "core/calendar/Deadline.h"
#include "core/catalogue/CatalogueRules.h"
#include "core/identity/Role.h"
#include "ui/catalogue/CatalogueInput.h"
#include "ui/widgets/ElidedLabel.h"
#include "ui/widgets/PlainText.h"

#include <QComboBox>
#include <QDateEdit>
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

enum StepColumn { StepContent, StepDepartment, StepRole, StepTime, StepUnit, StepOutput };

} // namespace

ProcessVersionDialog::ProcessVersionDialog(Mode mode, const Procedure& procedure, const ProcessVersion& version,
                                           const QList<Department>& departments, int dayMinutes, QWidget* parent)
    : QDialog(parent)
    , m_procedure(procedure)
    , m_id(version.id)
    , m_dayMinutes(dayMinutes)
    , m_departments(departments)
{
    setObjectName(QStringLiteral("processVersionDialog"));
    setWindowTitle(mode == Mode::Issue ? tr("Issue a new process version of %1").arg(procedure.code)
                                       : tr("Correct issue %1 of the process of %2").arg(version.issue).arg(procedure.code));
    const auto lineEdit = [this](const QString& name, const QString& text) {
        auto* edit = new QLineEdit(text, this);
        edit->setObjectName(name);
        connect(edit, &QLineEdit::textEdited, this, &ProcessVersionDialog::revalidate);
        return edit;
    };
    m_code = lineEdit(QStringLiteral("processCodeEdit"), version.code);
    m_code->setPlaceholderText(tr("e.g. QT-BCXB-01"));
    m_issue = new QSpinBox(this);
    m_issue->setObjectName(QStringLiteral("processIssueSpin"));
    m_issue->setRange(1, 1000);
    m_issue->setValue(version.issue);
    m_issue->setEnabled(mode == Mode::Issue);
    m_issuedOn = new QDateEdit(version.issuedOn, this);
    m_issuedOn->setObjectName(QStringLiteral("processIssuedOnEdit"));
    m_issuedOn->setCalendarPopup(true);
    m_issuedOn->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_preparedBy = lineEdit(QStringLiteral("processPreparedByEdit"), version.preparedBy);
    m_reviewedBy = lineEdit(QStringLiteral("processReviewedByEdit"), version.reviewedBy);
    m_approvedBy = lineEdit(QStringLiteral("processApprovedByEdit"), version.approvedBy);
    m_changeNote = lineEdit(QStringLiteral("processChangeNoteEdit"), version.changeNote);

    auto* grid = new QGridLayout;
    grid->setVerticalSpacing(2);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    auto* right = new QGridLayout;
    right->setVerticalSpacing(2);
    m_fields.addRow(grid, 0, QStringLiteral("code"), tr("Document &code:"), m_code);
    m_fields.addRow(grid, 1, QStringLiteral("issue"), tr("&Issue number:"), m_issue);
    m_fields.addRow(grid, 2, QStringLiteral("issued_on"), tr("Issue &date:"), m_issuedOn);
    m_fields.addRow(grid, 3, QStringLiteral("change_note"), tr("Change &note:"), m_changeNote);
    m_fields.addRow(right, 0, QStringLiteral("prepared_by"), tr("&Prepared by:"), m_preparedBy);
    m_fields.addRow(right, 1, QStringLiteral("reviewed_by"), tr("&Reviewed by:"), m_reviewedBy);
    m_fields.addRow(right, 2, QStringLiteral("approved_by"), tr("&Approved by:"), m_approvedBy);
    grid->setRowStretch(4, 1);
    right->setRowStretch(3, 1);
    auto* header = new QHBoxLayout;
    header->addLayout(grid, 1);
    header->addSpacing(16);
    header->addLayout(right, 1);

    m_steps = new QTableWidget(0, 6, this);
    m_steps->setObjectName(QStringLiteral("stepsTable"));
    m_steps->setHorizontalHeaderLabels(
        {tr("Step content"), tr("Department"), tr("Role"), tr("Time"), tr("Unit"), tr("Output / form")});
    m_steps->horizontalHeader()->setSectionResizeMode(StepContent, QHeaderView::Stretch);
    m_steps->horizontalHeader()->setSectionResizeMode(StepDepartment, QHeaderView::Interactive);
    m_steps->horizontalHeader()->resizeSection(StepDepartment, m_code->fontMetrics().averageCharWidth() * 26);
    m_steps->horizontalHeader()->setSectionResizeMode(StepRole, QHeaderView::ResizeToContents);
    m_steps->horizontalHeader()->setSectionResizeMode(StepTime, QHeaderView::Fixed);
    m_steps->horizontalHeader()->resizeSection(StepTime, m_code->fontMetrics().averageCharWidth() * 8);
    m_steps->horizontalHeader()->setSectionResizeMode(StepUnit, QHeaderView::ResizeToContents);
    m_steps->horizontalHeader()->setSectionResizeMode(StepOutput, QHeaderView::Interactive);
    m_steps->horizontalHeader()->resizeSection(StepOutput, m_code->fontMetrics().averageCharWidth() * 22);
    m_steps->verticalHeader()->setDefaultSectionSize(m_code->sizeHint().height() + 4);
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (const ProcessStep& step : version.steps) {
        addStepRow(step);
    }
    ElidedLabel* stepsError = fieldErrorLabel(QStringLiteral("stepsTableError"), this);
    m_fields.add(QStringLiteral("steps"), m_steps, stepsError);
    m_budget = new QLabel(this);
    m_budget->setObjectName(QStringLiteral("processBudgetLabel"));
    m_budget->setTextFormat(Qt::PlainText);

    auto* addStep = new QPushButton(tr("&Add a step"), this);
    addStep->setObjectName(QStringLiteral("addStepButton"));
    connect(addStep, &QPushButton::clicked, this, [this] {
        ProcessStep step;
        step.departmentCode = m_procedure.departmentCode;
        step.time = calendar::TimeLimit::days(0);
        addStepRow(step);
        m_steps->cellWidget(m_steps->rowCount() - 1, StepContent)->setFocus();
        revalidate();
    });
    auto* removeStep = new QPushButton(tr("R&emove the step"), this);
    removeStep->setObjectName(QStringLiteral("removeStepButton"));
    connect(removeStep, &QPushButton::clicked, this, [this] {
        if (m_steps->currentRow() >= 0) {
            m_steps->removeRow(m_steps->currentRow());
            revalidate();
        }
    });
    auto* stepButtons = new QHBoxLayout;
    stepButtons->addWidget(addStep);
    stepButtons->addWidget(removeStep);
    stepButtons->addStretch(1);
    stepButtons->addWidget(m_budget);

    m_message = errorLabel(QStringLiteral("processEditMessage"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton* save = buttons->button(QDialogButtonBox::Save);
    save->setText(mode == Mode::Issue ? tr("Issue") : tr("Save"));
    save->setObjectName(QStringLiteral("processSaveButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ProcessVersionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(plainLabel(tr("%1 — %2; legal time limit: %3")
                                     .arg(procedure.code, procedure.name, calendar::formatTimeLimit(procedure.limit)),
                                 this));
    layout->addLayout(header);
    layout->addWidget(new QLabel(tr("Steps:"), this));
    layout->addWidget(m_steps, 1);
    layout->addWidget(stepsError);
    layout->addLayout(stepButtons);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(1300, 660);
    revalidate();
}

void ProcessVersionDialog::addStepRow(const ProcessStep& step)
{
    const int row = m_steps->rowCount();
    m_steps->insertRow(row);
    auto* content = new QLineEdit(step.content, m_steps);
    content->setObjectName(QStringLiteral("stepContentEdit"));
    content->setFrame(false);
    content->setCursorPosition(0);
    content->setToolTip(step.content);
    QComboBox* department = departmentCombo(QStringLiteral("stepDepartmentCombo"), m_departments, step.departmentCode,
                                            m_steps);
    auto* role = new QComboBox(m_steps);
    role->setObjectName(QStringLiteral("stepRoleCombo"));
    for (identity::Role each : identity::allRoles()) {
        if (each != identity::Role::Admin) {
            role->addItem(identity::roleName(each), static_cast<int>(each));
        }
    }
    role->setCurrentIndex(role->findData(static_cast<int>(step.role)));
    auto* time = new QLineEdit(step.time.amount > 0 ? amountText(step.time.amount) : QString(), m_steps);
    time->setObjectName(QStringLiteral("stepTimeEdit"));
    time->setFrame(false);
    QComboBox* unit = unitCombo(QStringLiteral("stepUnitCombo"), step.time.unit, m_steps);
    auto* output = new QLineEdit(step.output, m_steps);
    output->setObjectName(QStringLiteral("stepOutputEdit"));
    output->setFrame(false);
    output->setCursorPosition(0);
    m_steps->setCellWidget(row, StepContent, content);
    m_steps->setCellWidget(row, StepDepartment, department);
    m_steps->setCellWidget(row, StepRole, role);
    m_steps->setCellWidget(row, StepTime, time);
    m_steps->setCellWidget(row, StepUnit, unit);
    m_steps->setCellWidget(row, StepOutput, output);
    for (QLineEdit* edit : {content, time, output}) {
        connect(edit, &QLineEdit::textEdited, this, &ProcessVersionDialog::revalidate);
        connect(edit, &QLineEdit::editingFinished, this, [this] {
            m_fields.touch(QStringLiteral("steps"));
            revalidate();
        });
    }
    for (QComboBox* combo : {department, role, unit}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &ProcessVersionDialog::revalidate);
    }
}

ProcessVersion ProcessVersionDialog::version() const
{
    ProcessVersion version;
    version.id = m_id;
    version.code = m_code->text().trimmed();
    version.issue = m_issue->value();
    version.issuedOn = m_issuedOn->date();
    version.preparedBy = m_preparedBy->text().simplified();
    version.reviewedBy = m_reviewedBy->text().simplified();
    version.approvedBy = m_approvedBy->text().simplified();
    version.changeNote = m_changeNote->text().simplified();
    for (int row = 0; row < m_steps->rowCount(); ++row) {
        ProcessStep step;
        step.position = row + 1;
        step.content = qobject_cast<QLineEdit*>(m_steps->cellWidget(row, StepContent))->text().simplified();
        step.departmentCode = qobject_cast<QComboBox*>(m_steps->cellWidget(row, StepDepartment))->currentData().toString();
        for (const Department& department : m_departments) {
            if (department.code == step.departmentCode) {
                step.departmentId = department.id;
            }
        }
        step.role = static_cast<identity::Role>(
            qobject_cast<QComboBox*>(m_steps->cellWidget(row, StepRole))->currentData().toInt());
        step.time.unit = static_cast<calendar::TimeLimit::Unit>(
            qobject_cast<QComboBox*>(m_steps->cellWidget(row, StepUnit))->currentData().toInt());
        step.time.amount =
            parseAmount(qobject_cast<QLineEdit*>(m_steps->cellWidget(row, StepTime))->text()).value_or(0);
        step.output = qobject_cast<QLineEdit*>(m_steps->cellWidget(row, StepOutput))->text().simplified();
        version.steps.append(step);
    }
    return version;
}

QList<Error> ProcessVersionDialog::errors() const
{
    QList<Error> errors;
    for (int row = 0; row < m_steps->rowCount(); ++row) {
        const QString typed = qobject_cast<QLineEdit*>(m_steps->cellWidget(row, StepTime))->text();
        if (!typed.trimmed().isEmpty() && !parseAmount(typed)) {
            errors.append(Error::invalid(QStringLiteral("steps[%1].time").arg(row),
                                         tr("Step %1: %2").arg(row + 1).arg(amountError())));
        }
    }
    errors.append(checkProcessVersion(version(), m_departments));
    return errors;
}

QString ProcessVersionDialog::budgetText() const
{
    return m_budget->text();
}

void ProcessVersionDialog::revalidate()
{
    m_fields.show(errors(), false);
    const StepBudget budget = stepBudget(m_procedure.limit, version().steps, m_dayMinutes);
    m_budget->setText(budget.text());
    QPalette palette = this->palette();
    if (!budget.fits()) {
        palette.setColor(QPalette::WindowText, QColor(0xa0, 0x52, 0x00));
    }
    m_budget->setPalette(palette);
}

ProcessVersionDialog::~ProcessVersionDialog()
{
    disconnectChildren(this);
}

void ProcessVersionDialog::accept()
{
    if (m_fields.save(errors(), m_message, [this] { return m_apply ? m_apply(version()) : Status(); })) {
        QDialog::accept();
    }
}

} // namespace motcua::ui
