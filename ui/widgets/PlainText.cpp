#include "ui/widgets/PlainText.h"

#include <QLabel>
#include <QTextDocument>

namespace motcua::ui {

QLabel* plainLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    return label;
}

QLabel* errorLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setWordWrap(true);
    return label;
}

QString plainToolTip(const QString& text)
{
    // A tooltip has no text format of its own: a text Qt would take for HTML goes as rich text that says it escaped.
    return Qt::mightBeRichText(text) ? Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal) : text;
}

} // namespace motcua::ui
