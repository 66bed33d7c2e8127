#pragma once

#include <QLabel>

namespace motcua::ui {

// A one-line plain-text label that ends with "…" when its text is wider than it, instead of cutting it at the
// edge; text() stays the whole text (for the tooltip and for tests).
class ElidedLabel : public QLabel {
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    // What is drawn at the label's present width.
    QString displayedText() const;

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace motcua::ui
