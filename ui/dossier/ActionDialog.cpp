#include "ui/dossier/ActionDialog.h"

#include "core/common/AgencyTime.h"
#include "core/identity/Accounts.h"
#include "core/workflow/AssignmentService.h"
#include "core/workflow/ClosureService.h"
#include "core/workflow/ExtensionService.h"
#include "core/workflow/HandoverService.h"
#include "core/workflow/PauseService.h"
#include "ui/widgets/PlainText.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace motcua::ui {

using workflow::Action;

ActionDialog::ActionDialog(const Session& session, const workflow::DossierDetails& details, Action action,
                           QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_details(details)
    , m_action(action)
{
    setObjectName(QStringLiteral("actionDialog"));
    QString title = workflow::actionName(action);
    title.remove(QStringLiteral("…"));
    setWindowTitle(tr("%1 — dossier %2").arg(title, details.dossier.code));
    auto* form = new QFormLayout;
    const int current = details.dossier.currentStep;
    switch (action) {
    case Action::Assign: {
        // At the head's assignment step the choice is the specialist of the next step, and the dialog says so.
        const workflow::DossierInWork work{details.dossier, details.procedure, details.process};
        const bool handsOver = workflow::AssignmentService::isAssignmentStep(work);
        m_person = peopleFor(handsOver ? current + 1 : current, false);
        form->addRow(tr("&Person:"), m_person);
        if (handsOver) {
            auto* outcome = new QLabel(this);
            outcome->setObjectName(QStringLiteral("assignOutcome"));
            outcome->setTextFormat(Qt::PlainText);
            outcome->setWordWrap(true);
            const auto describe = [this, outcome, current] {
                const catalogue::ProcessStep& next = m_details.process.steps.at(current);
                QString person = m_person->currentText();
                person = person.left(person.lastIndexOf(QStringLiteral(" (")));
                outcome->setText(tr("Step %1 ends; the dossier moves to step %2 – %3, handled by %4.")
                                     .arg(current)
                                     .arg(current + 1)
                                     .arg(next.content, person.isEmpty() ? tr("(nobody chosen)") : person));
            };
            connect(m_person, &QComboBox::currentIndexChanged, outcome, describe);
            describe();
            form->addRow(QString(), outcome);
        }
        break;
    }
    case Action::Handover:
        m_person = peopleFor(current + 1, true);
        form->addRow(tr("&Next person:"), m_person);
        break;
    case Action::Pause:
        m_reason = new QComboBox(this);
        m_reason->setObjectName(QStringLiteral("reasonCombo"));
        for (dossier::PauseReason reason : {dossier::PauseReason::Supplement, dossier::PauseReason::Financial,
                                            dossier::PauseReason::Verification, dossier::PauseReason::Other}) {
            m_reason->addItem(dossier::pauseReasonName(reason), static_cast<int>(reason));
        }
        form->addRow(tr("&Reason:"), m_reason);
        break;
    case Action::Extend:
        m_newDue = new QDateTimeEdit(details.dossier.dueAt.addDays(7), this);
        m_newDue->setObjectName(QStringLiteral("newDueEdit"));
        m_newDue->setDisplayFormat(QStringLiteral("HH:mm dd/MM/yyyy"));
        m_newDue->setCalendarPopup(true);
        form->addRow(tr("New &due moment:"), m_newDue);
        break;
    default:
        break;
    }
    const bool needsReason =
        action == Action::Extend || action == Action::Refuse || action == Action::Stop || action == Action::Withdraw;
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("textEdit"));
    form->addRow(needsReason ? tr("Reaso&n (required):") : tr("N&ote:"), m_text);
    m_error = errorLabel(QStringLiteral("actionError"), this); // the message may name people

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(title);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ActionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

QComboBox* ActionDialog::peopleFor(int position, bool optional)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(QStringLiteral("personCombo"));
    if (optional) {
        combo->addItem(tr("(not assigned yet)"), QString());
    }
    if (position < 1 || position > m_details.process.steps.size()) {
        return combo;
    }
    const catalogue::ProcessStep& step = m_details.process.steps.at(position - 1);
    const auto users = identity::Accounts(m_session.database, m_session.clock).list();
    for (const identity::User& user : users.value_or({})) {
        if (user.active && user.departmentId == step.departmentId && user.has(step.role)) {
            combo->addItem(user.fullName + QStringLiteral(" (") + user.login + QLatin1Char(')'), user.login);
        }
    }
    return combo;
}

void ActionDialog::accept()
{
    workflow::WorkflowContext context = m_session.workflow();
    const QString code = m_details.dossier.code;
    const int version = m_details.dossier.version;
    const QString text = m_text->text().trimmed();
    Result<dossier::Dossier> result = Error::invalid(QStringLiteral("action"), QString());
    switch (m_action) {
    case Action::Assign:
        result = workflow::AssignmentService(context).assign(code, m_person->currentData().toString(), text, version);
        break;
    case Action::Handover:
        result = workflow::HandoverService(context).handover(code, text, m_person->currentData().toString(), version);
        break;
    case Action::Ready:
        result = workflow::HandoverService(context).markResultReady(code, text, version);
        break;
    case Action::Pause:
        result = workflow::PauseService(context).pause(
            code, static_cast<dossier::PauseReason>(m_reason->currentData().toInt()), text, version);
        break;
    case Action::Resume:
        result = workflow::PauseService(context).resume(code, text, version);
        break;
    case Action::Extend:
        result = workflow::ExtensionService(context).extend(code, agencyTime(m_newDue->date(), m_newDue->time()), text,
                                                            version);
        break;
    case Action::Refuse:
        result = workflow::ClosureService(context).refuse(code, text, version);
        break;
    case Action::Stop:
        result = workflow::ClosureService(context).stop(code, text, version);
        break;
    case Action::Withdraw:
        result = workflow::ClosureService(context).withdraw(code, text, version);
        break;
    case Action::Return:
        result = workflow::ClosureService(context).returnResult(code, text, version);
        break;
    case Action::Receive:
        break; // never a dossier's action: the intake form receives
    }
    if (!result) {
        m_error->setText(result.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace motcua::ui
