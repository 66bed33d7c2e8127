#include "ui/widgets/MessageBox.h"

#include <QAbstractButton>
#include <QQueue>

namespace motcua::ui {

namespace {

QQueue<MessageBox::Button>& nextAnswers()
{
    static QQueue<MessageBox::Button> answers;
    return answers;
}

QString& lastAskedText()
{
    static QString text;
    return text;
}

} // namespace

MessageBox::Button MessageBox::question(QWidget* parent, const QString& title, const QString& text, Buttons buttons,
                                        Button defaultButton)
{
    return ask(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::information(QWidget* parent, const QString& title, const QString& text, Buttons buttons,
                                           Button defaultButton)
{
    return ask(parent, QMessageBox::Information, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget* parent, const QString& title, const QString& text, Buttons buttons,
                                       Button defaultButton)
{
    return ask(parent, QMessageBox::Warning, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::critical(QWidget* parent, const QString& title, const QString& text, Buttons buttons,
                                        Button defaultButton)
{
    return ask(parent, QMessageBox::Critical, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::ask(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                                   Buttons buttons, Button defaultButton)
{
    lastAskedText() = text;
    if (!nextAnswers().isEmpty()) {
        return nextAnswers().dequeue();
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setObjectName(QStringLiteral("messageBox"));
    for (QAbstractButton* button : box.buttons()) {
        const QString translated = buttonText(box.standardButton(button));
        if (!translated.isEmpty()) {
            button->setText(translated);
        }
    }
    if (defaultButton != QMessageBox::NoButton && buttons.testFlag(defaultButton)) {
        box.setDefaultButton(defaultButton);
    }
    box.exec();
    const Button clicked = box.standardButton(box.clickedButton());
    // Escape or the window's close button on a box without a Cancel-like button gives NoButton.
    return clicked == QMessageBox::NoButton ? box.standardButton(box.escapeButton()) : clicked;
}

QString MessageBox::buttonText(Button button)
{
    switch (button) {
    case QMessageBox::Ok:
        return tr("OK");
    case QMessageBox::Cancel:
        return tr("Cancel");
    case QMessageBox::Yes:
        return tr("&Yes");
    case QMessageBox::No:
        return tr("&No");
    case QMessageBox::Close:
        return tr("&Close");
    case QMessageBox::Save:
        return tr("&Save");
    case QMessageBox::Discard:
        return tr("&Discard");
    case QMessageBox::Open:
        return tr("&Open");
    case QMessageBox::Retry:
        return tr("&Retry");
    case QMessageBox::Ignore:
        return tr("&Ignore");
    case QMessageBox::Abort:
        return tr("&Abort");
    case QMessageBox::Apply:
        return tr("&Apply");
    default:
        return {};
    }
}

void MessageBox::setNextAnswer(Button answer)
{
    nextAnswers().enqueue(answer);
}

int MessageBox::pendingAnswers()
{
    return static_cast<int>(nextAnswers().size());
}

void MessageBox::clearNextAnswers()
{
    nextAnswers().clear();
}

QString MessageBox::lastText()
{
    return lastAskedText();
}

} // namespace motcua::ui
