#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace motcua::ui {

// What people typed (a citizen's name and address, a note, a reason) is shown as typed, never read as HTML: a
// QLabel and a tooltip take a text that looks like HTML ("<b>X</b>") as rich text unless told otherwise.

// A label that shows `text` as plain text.
QLabel* plainLabel(const QString& text, QWidget* parent);
// An empty label, named `name`, for a form's inline error message: plain text (the message may repeat what was
// typed), red, wrapped.
QLabel* errorLabel(const QString& name, QWidget* parent);
// A tooltip that shows `text` as typed, line breaks kept (the text itself unless Qt would take it for HTML).
QString plainToolTip(const QString& text);

} // namespace motcua::ui
