#pragma once

#include <QCoreApplication>
#include <QMessageBox>
#include <QString>

namespace motcua::ui {

// The one way the application asks a question or reports a blocking error in a modal box (in the spirit of
// KeePassXC's MessageBox): the standard buttons carry our own translated texts (Qt ships no Vietnamese catalogue
// for them), and a GUI test queues the answers of the next boxes so that none of them ever blocks.
// Recoverable errors belong in a MessageBar, not here.
class MessageBox {
    Q_DECLARE_TR_FUNCTIONS(motcua::ui::MessageBox)

public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button question(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = Buttons(QMessageBox::Yes | QMessageBox::No),
                           Button defaultButton = QMessageBox::No);
    static Button information(QWidget* parent, const QString& title, const QString& text,
                              Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::Ok);
    static Button warning(QWidget* parent, const QString& title, const QString& text, Buttons buttons = QMessageBox::Ok,
                          Button defaultButton = QMessageBox::Ok);
    static Button critical(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::Ok);

    // The translated text of a standard button ("&Yes", "Cancel", …).
    static QString buttonText(Button button);

    // Tests: the next box answers `answer` at once, without showing; answers queue up in order.
    static void setNextAnswer(Button answer);
    static int pendingAnswers();
    static void clearNextAnswers();
    // Tests: the text of the last box asked for, answered from the queue or shown.
    static QString lastText();

private:
    static Button ask(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                      Buttons buttons, Button defaultButton);
};

} // namespace motcua::ui
