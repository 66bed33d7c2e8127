#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace motcua::ui {

// An inline message above or below a form, for recoverable errors and confirmations that need no dialog (in
// the spirit of KeePassXC's MessageWidget): a text without icon and a close button. Hidden while empty.
class MessageBar : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Info, Error };

    explicit MessageBar(QWidget* parent = nullptr);

    Kind kind() const { return m_kind; }
    QString text() const;

public slots:
    void showError(const QString& text);
    void showInfo(const QString& text);
    void clear();

private:
    void showMessage(Kind kind, const QString& text);

    QLabel* m_label = nullptr;
    QToolButton* m_closeButton = nullptr;
    Kind m_kind = Kind::Info;
};

} // namespace motcua::ui
