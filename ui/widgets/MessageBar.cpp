#include "ui/widgets/MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace motcua::ui {

namespace {

const QString kErrorStyle = QStringLiteral("QFrame#messageBar { background: #fdecea; border: 1px solid #e6a29a; "
                                           "border-radius: 4px; } QFrame#messageBar QLabel { color: #7a1c12; }");
const QString kInfoStyle = QStringLiteral("QFrame#messageBar { background: #e8f4e9; border: 1px solid #9ccaa1; "
                                          "border-radius: 4px; } QFrame#messageBar QLabel { color: #1e4620; }");

} // namespace

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_closeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);

    m_label->setObjectName(QStringLiteral("messageBarText"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_closeButton->setObjectName(QStringLiteral("messageBarClose"));
    m_closeButton->setText(QStringLiteral("\u00D7"));
    m_closeButton->setToolTip(tr("Close the message"));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setFocusPolicy(Qt::NoFocus);
    connect(m_closeButton, &QToolButton::clicked, this, &MessageBar::clear);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);

    hide();
}

QString MessageBar::text() const
{
    return m_label->text();
}

void MessageBar::showError(const QString& text)
{
    showMessage(Kind::Error, text);
}

void MessageBar::showInfo(const QString& text)
{
    showMessage(Kind::Info, text);
}

void MessageBar::clear()
{
    m_label->clear();
    hide();
}

void MessageBar::showMessage(Kind kind, const QString& text)
{
    m_kind = kind;
    setStyleSheet(kind == Kind::Error ? kErrorStyle : kInfoStyle);
    setAccessibleDescription(text);
    m_label->setText(text);
    show();
}

} // namespace motcua::ui
