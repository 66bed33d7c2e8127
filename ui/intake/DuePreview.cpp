#include "ui/intake/DuePreview.h"

#include "core/calendar/DeadlineCalculator.h"
#include "core/calendar/Explanation.h"
#include "ui/widgets/PlainText.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace motcua::ui {

namespace {

// The texts were written in the intake form and are translated under its name, as the .ts files have them.
class Texts {
    Q_DECLARE_TR_FUNCTIONS(motcua::ui::IntakeForm)
};

} // namespace

DuePreview::DuePreview(const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    m_dueLabel = new QLabel(this);
    m_dueLabel->setObjectName(QStringLiteral("dueLabel"));
    m_dueLabel->setTextFormat(Qt::PlainText);
    QFont dueFont = m_dueLabel->font();
    dueFont.setBold(true);
    m_dueLabel->setFont(dueFont);
    m_whyButton = new QToolButton(this);
    m_whyButton->setObjectName(QStringLiteral("whyButton"));
    m_whyButton->setText(Texts::tr("&Why this date?"));
    m_whyButton->setCheckable(true);
    m_whyButton->setToolTip(
        Texts::tr("Show the rule, the days off skipped and how the due moment follows (Ctrl+Shift+D)"));
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("explanationLabel"));
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setContentsMargins(12, 0, 0, 0);
    m_explanation->hide();
    connect(m_whyButton, &QToolButton::toggled, m_explanation, &QLabel::setVisible);

    auto* dueRow = new QHBoxLayout;
    dueRow->addWidget(m_dueLabel, 1);
    dueRow->addWidget(m_whyButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(dueRow);
    layout->addWidget(m_explanation);
}

void DuePreview::showDue(const catalogue::Procedure* procedure)
{
    m_dueLabel->setToolTip(QString());
    m_explanation->clear();
    if (!procedure) {
        m_dueLabel->setText(Texts::tr("Result due: choose a procedure"));
        m_whyButton->setChecked(false);
        m_whyButton->setEnabled(false);
        return;
    }
    calendar::DeadlineRequest request;
    request.received = m_session.workflow().now();
    request.limit = procedure->limit;
    request.rule = procedure->rule;
    const auto deadline = calendar::DeadlineCalculator(*m_session.calendar).compute(request, true);
    if (!deadline) {
        m_dueLabel->setText(Texts::tr("Result due: cannot be computed (%1)").arg(deadline.error().message));
        m_whyButton->setChecked(false);
        m_whyButton->setEnabled(false);
        return;
    }
    QStringList lines;
    for (const calendar::ExplanationFact& fact : deadline->explanation) {
        lines << fact.text();
    }
    m_dueLabel->setText(Texts::tr("Result due: %1 (%2)")
                            .arg(calendar::formatMoment(deadline->due), calendar::formatTimeLimit(procedure->limit)));
    m_dueLabel->setToolTip(plainToolTip(lines.join(QLatin1Char('\n'))));
    m_explanation->setText(QStringLiteral("\u2022 ") + lines.join(QStringLiteral("\n\u2022 ")));
    m_whyButton->setEnabled(true);
}

void DuePreview::toggleExplanation()
{
    if (m_whyButton->isEnabled()) {
        m_whyButton->toggle();
    }
}

QWidget* DuePreview::whyButton() const
{
    return m_whyButton;
}

} // namespace motcua::ui
