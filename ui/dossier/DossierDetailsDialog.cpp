#include "ui/dossier/DossierDetailsDialog.h"

#include "core/calendar/Explanation.h"
#include "core/dossier/EventText.h"
#include "core/forms/DossierForms.h"
#include "core/workflow/DossierDetails.h"
#include "ui/dossier/ActionDialog.h"
#include "ui/print/FormPreviewDialog.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/PlainText.h"
#include "ui/widgets/WeightedColumns.h"
#include "ui/widgets/ReadOnlyTable.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace motcua::ui {

using calendar::formatShortMoment;
using calendar::WorkCalendar;
using namespace motcua::dossier;

namespace {

// A read-only table whose columns fit their contents, except the `shared` ones (column, weight), which share the
// width that is left and wrap their text.
QTableWidget* table(const QStringList& headers, QList<std::pair<int, int>> shared, QWidget* parent)
{
    auto* widget = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    widget->setHorizontalHeaderLabels(headers);
    makeReadOnlyTable(widget, {.wrap = true, .stretchLast = false});
    widget->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents); // wrapped text shows whole
    new WeightedColumns(widget, std::move(shared));
    return widget;
}

void addRow(QTableWidget* widget, const QStringList& cells)
{
    const int row = widget->rowCount();
    widget->insertRow(row);
    for (int column = 0; column < cells.size(); ++column) {
        widget->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

// The pauses (with the working time each one stopped the clock, up to `now` for one still running) and the
// extensions of a dossier, one table each.
QWidget* pausesAndExtensions(const workflow::DossierDetails& details, const WorkCalendar& calendar,
                             const QDateTime& now, QWidget* parent)
{
    auto* page = new QWidget(parent);
    auto* pauses = table({DossierDetailsDialog::tr("Reason"), DossierDetailsDialog::tr("Note"),
                          DossierDetailsDialog::tr("Paused at"), DossierDetailsDialog::tr("Resumed at"),
                          DossierDetailsDialog::tr("Working time paused"), DossierDetailsDialog::tr("Requested by")},
                         {{1, 1}}, page);
    pauses->setObjectName(QStringLiteral("pausesTable"));
    const int dayMinutes = calendar.hours().standardDayMinutes();
    for (const PauseRecord& pause : details.dossier.pauses) {
        const QDateTime end = pause.endedAt.isValid() ? pause.endedAt : std::max(now, pause.startedAt);
        const qint64 minutes =
            calendar.workingMinutesBetween(WorkCalendar::stamp(pause.startedAt), WorkCalendar::stamp(end));
        addRow(pauses,
               {pauseReasonName(pause.reason), pause.note, formatShortMoment(pause.startedAt),
                pause.endedAt.isValid() ? formatShortMoment(pause.endedAt) : DossierDetailsDialog::tr("still paused"),
                calendar::formatWorkingDuration(minutes, dayMinutes), details.userName(pause.requestedBy)});
    }
    auto* extensions = table({DossierDetailsDialog::tr("Reason"), DossierDetailsDialog::tr("Due before"),
                              DossierDetailsDialog::tr("New due"), DossierDetailsDialog::tr("Granted at"),
                              DossierDetailsDialog::tr("Apology signed by")},
                             {{0, 1}}, page);
    extensions->setObjectName(QStringLiteral("extensionsTable"));
    for (const ExtensionRecord& extension : details.dossier.extensions) {
        addRow(extensions,
               {extension.reason, formatShortMoment(extension.oldDueAt), formatShortMoment(extension.newDueAt),
                formatShortMoment(extension.grantedAt), details.userName(extension.apologyBy)});
    }
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(DossierDetailsDialog::tr("Pauses (%1)").arg(details.dossier.pauses.size()), page));
    layout->addWidget(pauses, 1);
    layout->addWidget(
        new QLabel(DossierDetailsDialog::tr("Extensions (%1)").arg(details.dossier.extensions.size()), page));
    layout->addWidget(extensions, 1);
    return page;
}

// "Quá hạn 2 ngày 3 giờ", "Còn 1 ngày 2 giờ", "Tạm dừng: …" while the clock runs or stands; empty once the
// result is ready or the dossier is closed.
QString dueBanner(const Dossier& d, const WorkCalendar& calendar, const QDateTime& now)
{
    if (isClosed(d.status) || d.status == DossierStatus::ResultReady || !d.dueAt.isValid()) {
        return {};
    }
    if (d.paused || isPaused(d.status)) {
        return DossierDetailsDialog::tr("Paused: %1 — the clock stands still").arg(statusName(d.status));
    }
    const int dayMinutes = calendar.hours().standardDayMinutes();
    const qint64 left = calendar.workingMinutesBetween(WorkCalendar::stamp(now), WorkCalendar::stamp(d.dueAt));
    if (d.dueAt < now) {
        return DossierDetailsDialog::tr("Overdue %1").arg(calendar::formatWorkingDurationShort(-left, dayMinutes));
    }
    return DossierDetailsDialog::tr("%1 left").arg(calendar::formatWorkingDurationShort(left, dayMinutes));
}

} // namespace

DossierDetailsDialog::DossierDetailsDialog(const Session& session, const QString& code, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("dossierDetailsDialog"));
    setWindowTitle(tr("Dossier %1").arg(code));
    auto* layout = new QVBoxLayout(this);
    auto details = workflow::DossierDetails::load(session.workflow(), code);
    if (!details) {
        layout->addWidget(plainLabel(details.error().message, this));
    } else {
        m_loaded = true;
        m_details = *details;
        const Dossier& d = details->dossier;
        // The banner: how late the dossier is, or how long it has left, at a glance.
        auto* banner = plainLabel(dueBanner(d, *session.calendar, session.clock.now()), this);
        banner->setObjectName(QStringLiteral("dueBanner"));
        banner->setVisible(!banner->text().isEmpty());
        const bool late =
            !d.paused && !isClosed(d.status) && d.status != DossierStatus::ResultReady && d.dueAt < session.clock.now();
        banner->setStyleSheet(
            QStringLiteral("QLabel { padding: 6px 10px; border-radius: 4px; font-weight: bold; background: %1; }")
                .arg(late ? QStringLiteral("#ffcdd2") : QStringLiteral("#e3ecf7")));
        layout->addWidget(banner);

        // What a head asks first, in two columns: who filed it, and where it stands.
        const auto value = [this](const QString& text, const QString& name) {
            auto* label = plainLabel(text.isEmpty() ? QStringLiteral("—") : text, this);
            label->setObjectName(name);
            label->setWordWrap(true);
            return label;
        };
        auto* who = new QFormLayout;
        auto* codeValue = value(d.code, QStringLiteral("codeValue"));
        QFont bold = codeValue->font();
        bold.setBold(true);
        codeValue->setFont(bold);
        who->addRow(tr("Code:"), codeValue);
        // Every value is shown as typed: a name such as "<b>X</b>" is not HTML.
        who->addRow(tr("Applicant:"), value(d.applicant.name, QStringLiteral("applicantValue")));
        const bool organisation = d.applicant.kind == Applicant::Kind::Organisation;
        who->addRow(
            organisation ? tr("Tax code:") : tr("Identity number:"),
            value(organisation ? d.applicant.taxCode : d.applicant.identityNumber, QStringLiteral("identityValue")));
        if (organisation) {
            who->addRow(tr("Representative:"),
                        value(d.applicant.representative, QStringLiteral("representativeValue")));
        } else {
            who->addRow(tr("Date of birth:"), value(d.applicant.birthDate.toString(QStringLiteral("dd/MM/yyyy")),
                                                    QStringLiteral("birthDateValue")));
        }
        who->addRow(tr("Address:"), value(d.applicant.address, QStringLiteral("addressValue")));
        who->addRow(tr("Phone:"), value(d.applicant.phone, QStringLiteral("phoneValue")));
        who->addRow(tr("E-mail:"), value(d.applicant.email, QStringLiteral("emailValue")));

        auto* where = new QFormLayout;
        where->addRow(tr("Status:"), value(statusName(d.status), QStringLiteral("statusValue")));
        where->addRow(tr("Procedure:"),
                      value(QStringLiteral("%1 — %2").arg(details->procedure.code, details->procedure.name),
                            QStringLiteral("procedureValue")));
        // The version the dossier was received under: a later issue never moves it.
        QString process = tr("%1, issue %2 of %3")
                              .arg(details->process.code)
                              .arg(details->process.issue)
                              .arg(details->process.issuedOn.toString(QStringLiteral("dd/MM/yyyy")));
        int latest = details->process.issue;
        for (const catalogue::ProcessVersion& version : details->procedure.processes) {
            latest = std::max(latest, version.issue);
        }
        if (latest > details->process.issue) {
            process += tr(" (issue %1 is newer; this dossier keeps its version)").arg(latest);
        }
        where->addRow(tr("Process:"), value(process, QStringLiteral("processValue")));
        where->addRow(tr("Channel:"), value(channelName(d.channel), QStringLiteral("channelValue")));
        where->addRow(tr("Fee paid:"),
                      value(tr("%1 VND").arg(QLocale().toString(d.feePaid)), QStringLiteral("feeValue")));
        where->addRow(tr("Received:"), value(formatShortMoment(d.receivedAt), QStringLiteral("receivedValue")));
        auto* due = value(formatShortMoment(d.dueAt), QStringLiteral("dueValue"));
        due->setToolTip(plainToolTip(details->dueExplanation.join(QLatin1Char('\n'))));
        where->addRow(tr("Due:"), due);
        QString handler;
        if (!isClosed(d.status)) {
            handler = details->departmentName(d.departmentId);
            handler +=
                QStringLiteral(" — ") + (d.assigneeId > 0 ? details->userName(d.assigneeId) : tr("not assigned yet"));
        }
        where->addRow(tr("Handled by:"), value(handler, QStringLiteral("handlerValue")));
        auto* summary = new QHBoxLayout;
        summary->addLayout(who, 1);
        summary->addSpacing(16);
        summary->addLayout(where, 1);
        layout->addLayout(summary);

        auto* tabs = new QTabWidget(this);
        auto* documents = table({tr("Document"), tr("Kind"), tr("Count")}, {{0, 1}}, tabs);
        for (const ReceivedDocument& document : d.documents) {
            addRow(documents,
                   {document.name, catalogue::documentKindName(document.kind), QString::number(document.count)});
        }
        tabs->addTab(documents, tr("Documents"));
        auto* steps =
            table({tr("Step"), tr("Unit"), tr("Person"), tr("Started"), tr("Due"), tr("Finished"), tr("Result")},
                  {{0, 3}, {1, 2}}, tabs);
        steps->setObjectName(QStringLiteral("stepsTable"));
        for (const StepInstance& step : d.steps) {
            const QString content = step.position <= details->process.steps.size()
                                        ? details->process.steps.at(step.position - 1).content
                                        : QString();
            addRow(steps, {QStringLiteral("B%1. %2").arg(step.position).arg(content),
                           details->departmentName(step.departmentId), details->userName(step.assigneeId),
                           formatShortMoment(step.startedAt), formatShortMoment(step.dueAt),
                           formatShortMoment(step.finishedAt), outcomeName(step.outcome)});
        }
        tabs->addTab(steps, tr("Process control"));
        auto* paused = pausesAndExtensions(*details, *session.calendar, session.clock.now(), tabs);
        paused->setObjectName(QStringLiteral("pausesPage"));
        tabs->addTab(paused, tr("Pauses and extensions"));
        auto* why = new QListWidget(tabs);
        why->addItems(details->dueExplanation);
        tabs->addTab(why, tr("Why this date"));
        auto* history = table({tr("Time"), tr("Who"), tr("Action"), tr("Details")}, {{3, 1}}, tabs);
        history->setObjectName(QStringLiteral("historyTable"));
        for (const Event& event : d.events) {
            addRow(history, {formatShortMoment(event.at), event.actorName, eventName(event.action),
                             eventDetails(event.details)});
        }
        tabs->addTab(history, tr("History"));
        layout->addWidget(tabs, 1);

        // The actions the signed-in person may take now.
        auto* actions = new QHBoxLayout;
        const workflow::DossierInWork work{details->dossier, details->procedure, details->process};
        for (workflow::Action action : workflow::availableActions(session.workflow(), work)) {
            auto* button = new QPushButton(icons::action(action), workflow::actionName(action), this);
            button->setObjectName(QStringLiteral("action_") + workflow::actionKey(action));
            connect(button, &QPushButton::clicked, this, [this, action] { runAction(action); });
            actions->addWidget(button);
        }
        actions->addStretch(1);
        // The forms of this dossier that can be printed now (Mẫu 01–06), each previewed before it prints.
        auto* print = new QPushButton(tr("Print &forms"), this);
        print->setObjectName(QStringLiteral("printButton"));
        auto* printMenu = new QMenu(print);
        for (forms::FormKind kind : forms::formsFor(details->dossier)) {
            QAction* form = printMenu->addAction(forms::formTitle(kind));
            form->setObjectName(QStringLiteral("print_") + forms::formKey(kind));
            connect(form, &QAction::triggered, this, [this, kind] {
                FormPreviewDialog::previewDossierForm(m_session, kind, m_details->dossier.code, this);
            });
        }
        print->setMenu(printMenu);
        actions->addWidget(print);
        layout->addLayout(actions);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(980, 620);
}

void DossierDetailsDialog::runAction(workflow::Action action)
{
    ActionDialog dialog(m_session, *m_details, action, this);
    if (dialog.exec() == QDialog::Accepted) {
        Q_EMIT dossierChanged(m_details->dossier.code);
        accept();
    }
}

} // namespace motcua::ui
